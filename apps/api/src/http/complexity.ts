import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PAGE_SIZE_MESSAGE } from "@atlas/domain";
import { type GraphQLOutputType, getNamedType } from "graphql";
import { type ComplexityEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import type { Plugin } from "graphql-yoga";
import { createGraphQLError } from "graphql-yoga";

/** Connections are the types named `…Connection` (the relay plugin's convention). */
function isConnection(type: GraphQLOutputType): boolean {
  return /Connection$/.test(getNamedType(type).name);
}

function isPageSize(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_PAGE_SIZE;
}

/**
 * A connection field costs its page size times what each node costs, so
 * `trusts(first: 50) { schools(first: 20) { … } }` counts 50 × 20 school nodes. A size outside
 * 0–100 is recorded as refused and counted as the largest page: a negative `first` must never
 * lower the estimate of the rest of the operation.
 */
function connectionEstimator(refused: string[]): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    if (!isConnection(field.type)) return undefined;
    let size = DEFAULT_PAGE_SIZE;
    for (const name of ["first", "last"] as const) {
      const value: unknown = args[name];
      if (value === undefined || value === null) continue;
      if (isPageSize(value)) size = value;
      else {
        refused.push(`${field.name}(${name}: ${String(value)})`);
        size = MAX_PAGE_SIZE;
      }
    }
    return 1 + size * Math.max(childComplexity, 1);
  };
}

/**
 * Before anything runs: refuses page sizes outside 0–100 anywhere in the operation, and
 * operations whose estimated cost is over `maximum`.
 */
export function useComplexityLimit(maximum: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refused: string[] = [];
      let complexity: number;
      try {
        complexity = getComplexity({
          schema: args.schema,
          query: args.document,
          operationName: args.operationName ?? undefined,
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
          estimators: [connectionEstimator(refused), simpleEstimator({ defaultComplexity: 1 })],
        });
      } catch {
        // Variables that do not coerce: execution itself reports them, with a clearer error.
        return;
      }
      if (refused.length > 0) {
        setResultAndStopExecution({
          errors: [
            createGraphQLError(`${PAGE_SIZE_MESSAGE} Refused: ${refused.join(", ")}.`, {
              extensions: {
                code: "BAD_USER_INPUT",
                issues: refused.map((at) => ({ path: [at], message: PAGE_SIZE_MESSAGE })),
              },
            }),
          ],
        });
      } else if (complexity > maximum) {
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
