import { GraphQLError } from "graphql";
import { createGraphQLError, maskError as yogaMaskError } from "graphql-yoga";
import { TIMEOUT_MESSAGE } from "../http/execution-deadline.ts";
import { sqlStateOf } from "./describe-error.ts";

/** PostgreSQL's SQLSTATE for a statement cancelled by `statement_timeout`. */
const QUERY_CANCELED = "57014";

/**
 * What a client sees of an error we did not expect: "Unexpected error." and a code, whatever
 * NODE_ENV says (Yoga adds the original error and its stack in development; we never do). A
 * statement stopped by the database's timeout says so, like the execution deadline does.
 */
export function maskError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (sqlStateOf(original) === QUERY_CANCELED) {
    return createGraphQLError(TIMEOUT_MESSAGE, {
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: { code: "TIMEOUT" },
    });
  }
  return yogaMaskError(error, message, false);
}
