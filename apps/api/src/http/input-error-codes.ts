import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}

/** The limits graphql-armor enforces word their refusals "… limit of N exceeded …". */
const limitRefusal = /limit of \d+ exceeded/i;

/**
 * Every refusal carries an `extensions.code`, so clients can tell "fix your input" from "ask
 * for less" without reading messages:
 * - operations over a depth, alias, token or directive limit: QUERY_TOO_COMPLEX (like the cost
 *   limit);
 * - other invalid operations: GRAPHQL_PARSE_FAILED (not GraphQL) or GRAPHQL_VALIDATION_FAILED
 *   (unknown fields, wrong argument types);
 * - variables graphql-js cannot coerce (an unknown enum value, a string for an Int):
 *   BAD_USER_INPUT, like our own input errors.
 */
export function useInputErrorCodes(): Plugin {
  return {
    onParse() {
      // The token limit refuses while parsing, before validation.
      return ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError && !result.extensions?.code) {
          replaceParseResult(
            withCode(
              result,
              limitRefusal.test(result.message) ? "QUERY_TOO_COMPLEX" : "GRAPHQL_PARSE_FAILED",
            ),
          );
        }
      };
    },
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length === 0) return;
        setResult(
          result.map((error) =>
            error.extensions?.code
              ? error
              : withCode(
                  error,
                  limitRefusal.test(error.message)
                    ? "QUERY_TOO_COMPLEX"
                    : "GRAPHQL_VALIDATION_FAILED",
                ),
          ),
        );
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || !result.errors || ("data" in result && result.data)) return;
          const errors = result.errors.map((error) =>
            error.path === undefined && !error.extensions?.code
              ? withCode(error, "BAD_USER_INPUT")
              : error,
          );
          setResult({ ...result, errors });
        },
      };
    },
  };
}
