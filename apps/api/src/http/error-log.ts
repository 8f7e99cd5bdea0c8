import { GraphQLError, getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import { describeError } from "../shared/describe-error.ts";

interface LoggingContext {
  requestId?: string;
  logger?: { error(object: object, message: string): void };
}

/** An error whose cause is not one of ours: a GraphQLError thrown on purpose is expected. */
function isUnexpected(error: GraphQLError): boolean {
  return error.originalError !== undefined && !(error.originalError instanceof GraphQLError);
}

/**
 * Logs each unexpected error of an operation once, on the request's logger (so it carries the
 * request id), with the field path and the SQL text but never the SQL parameters. Must run
 * before Yoga masks the errors: registered among our plugins, its hook sees them first.
 */
export function useErrorLog(): Plugin {
  return {
    onExecute({ args }) {
      const context = args.contextValue as LoggingContext;
      return {
        onExecuteDone({ result }) {
          if (!("errors" in result) || !result.errors) return;
          for (const error of result.errors) {
            if (!(error instanceof GraphQLError) || !isUnexpected(error)) continue;
            context.logger?.error(
              {
                requestId: context.requestId,
                operationName:
                  getOperationAST(args.document, args.operationName)?.name?.value ?? null,
                path: error.path,
                error: describeError(error.originalError),
              },
              "unexpected error",
            );
          }
        },
      };
    },
  };
}
