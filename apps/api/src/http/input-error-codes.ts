import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * graphql-js reports variables it cannot coerce (an unknown enum value, a string for an Int)
 * as errors without a code. Give them BAD_USER_INPUT, like our own input errors, so clients
 * treat every "fix your input" answer alike.
 */
export function useInputErrorCodes(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || !result.errors || ("data" in result && result.data)) return;
          const errors = result.errors.map((error) =>
            error.path === undefined && !error.extensions?.code
              ? new GraphQLError(error.message, {
                  nodes: error.nodes,
                  source: error.source,
                  positions: error.positions,
                  extensions: { ...error.extensions, code: "BAD_USER_INPUT" },
                })
              : error,
          );
          setResult({ ...result, errors });
        },
      };
    },
  };
}
