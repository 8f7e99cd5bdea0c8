import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PAGE_SIZE_MESSAGE } from "@atlas/domain";
import {
  type DocumentNode,
  type GraphQLOutputType,
  getNamedType,
  Kind,
  type TypeNode,
} from "graphql";
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

interface Estimate {
  complexity: number;
  refused: string[];
}

function namedTypeOf(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedTypeOf(type.type);
}

/**
 * The variables an estimate can depend on: page sizes are `Int`s and `@include`/`@skip` take
 * `Boolean`s; ids, filters and text never change the cost.
 */
const costVariables = new WeakMap<DocumentNode, string[]>();
function costVariablesOf(document: DocumentNode): string[] {
  let names = costVariables.get(document);
  if (!names) {
    names = document.definitions.flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION
        ? (definition.variableDefinitions ?? [])
            .filter((v) => ["Int", "Boolean"].includes(namedTypeOf(v.type)))
            .map((v) => v.variable.name.value)
        : [],
    );
    costVariables.set(document, names);
  }
  return names;
}

/**
 * Estimates per document (Yoga's parser cache hands the same object for the same text) and per
 * value of the variables the cost depends on, so the same operation is not walked again for
 * each request. Bounded: a document's table is emptied when it reaches `perDocument` entries.
 */
const estimates = new WeakMap<DocumentNode, Map<string, Estimate>>();
const perDocument = 64;

/**
 * Before anything runs: refuses page sizes outside 0–100 anywhere in the operation, and
 * operations whose estimated cost is over `maximum`.
 */
export function useComplexityLimit(maximum: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const key = JSON.stringify([
        args.operationName ?? null,
        ...costVariablesOf(args.document).map((name) => variables[name] ?? null),
      ]);
      let known = estimates.get(args.document);
      let estimate = known?.get(key);
      if (!estimate) {
        const refused: string[] = [];
        try {
          const complexity = getComplexity({
            schema: args.schema,
            query: args.document,
            operationName: args.operationName ?? undefined,
            variables,
            estimators: [connectionEstimator(refused), simpleEstimator({ defaultComplexity: 1 })],
          });
          estimate = { complexity, refused };
        } catch {
          // Variables that do not coerce: execution itself reports them, with a clearer error.
          return;
        }
        if (!known) {
          known = new Map();
          estimates.set(args.document, known);
        }
        if (known.size >= perDocument) known.clear();
        known.set(key, estimate);
      }
      const { complexity, refused } = estimate;
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
