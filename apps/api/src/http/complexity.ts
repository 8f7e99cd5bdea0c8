import { DEFAULT_PAGE_SIZE } from "@atlas/domain";
import { type GraphQLOutputType, getNamedType } from "graphql";
import { type ComplexityEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import type { Plugin } from "graphql-yoga";
import { createGraphQLError } from "graphql-yoga";

/**
 * A connection field costs its page size times what each node costs, so
 * `trusts(first: 50) { schools(first: 20) { … } }` counts 50 × 20 school nodes.
 */
const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!isConnection(field.type)) return undefined;
  const size =
    typeof args.first === "number"
      ? args.first
      : typeof args.last === "number"
        ? args.last
        : DEFAULT_PAGE_SIZE;
  return 1 + size * Math.max(childComplexity, 1);
};

/** Connections are the types named `…Connection` (the relay plugin's convention). */
function isConnection(type: GraphQLOutputType): boolean {
  return /Connection$/.test(getNamedType(type).name);
}

/** Refuses operations whose estimated cost is over `maximum`, before anything runs. */
export function useComplexityLimit(maximum: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let complexity: number;
      try {
        complexity = getComplexity({
          schema: args.schema,
          query: args.document,
          operationName: args.operationName ?? undefined,
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
          estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
        });
      } catch {
        // Variables that do not coerce: execution itself reports them, with a clearer error.
        return;
      }
      if (complexity > maximum) {
        setResultAndStopExecution({
          errors: [
            createGraphQLError(
              `This query is too costly (${complexity}, the limit is ${maximum}): ask for fewer items per page or fewer fields.`,
              { extensions: { code: "QUERY_TOO_COMPLEX", complexity, maximum } },
            ),
          ],
        });
      }
    },
  };
}
