import type { CombinedError } from "@urql/core";
import { graphql } from "../gql";
import {
  createApiClient,
  dataOf,
  isBadUserInput,
  type RequestArgs,
} from "../graphql/client.server.ts";
import type { Comparison } from "./groups.ts";
import type { CompareRequest } from "./ids.ts";
import { listOf } from "./words.ts";

/**
 * The comparison and, for the chart, each trust's autonomy as numbers (the rows have it only in
 * words). Shared by the page and its CSV, so both show exactly the same rows.
 */
const CompareTrustsQuery = graphql(`
  query CompareTrusts($ids: [ID!]!) {
    compareTrusts(ids: $ids) {
      trusts {
        id
        name
        schemeOfDelegation {
          autonomy {
            area
            index
          }
        }
      }
      rows {
        group
        key
        label
        values
        differs
      }
    }
  }
`);

export type ComparisonLoad = { ok: true; comparison: Comparison } | { ok: false; problem: string };

interface Issue {
  path?: unknown;
}

/** Which position of the link (0-based) an API issue blames, if it names one. */
function positionOf(issue: Issue): number | null {
  if (!Array.isArray(issue.path) || issue.path[0] !== "ids") return null;
  const position = Number(issue.path[1]);
  return Number.isInteger(position) && position >= 0 ? position : null;
}

/**
 * What the API refused, in words a visitor can act on: one message, so the page has one thing
 * to fix. The raw IDs are not repeated (they are unreadable); their places in the link say which.
 */
function problemOf(error: CombinedError): string {
  const positions = new Set<number>();
  for (const e of error.graphQLErrors) {
    const issues = e.extensions.issues;
    if (!Array.isArray(issues)) continue;
    for (const issue of issues as Issue[]) {
      const position = positionOf(issue);
      if (position !== null) positions.add(position);
    }
  }
  const places = [...positions].sort((a, b) => a - b).map((p) => String(p + 1));
  if (places.length === 0) {
    return "This link does not name trusts we can compare. Choose the trusts again.";
  }
  const which =
    places.length === 1
      ? `Trust ${places[0]} in this link is not an open trust`
      : `Trusts ${listOf(places)} in this link are not open trusts`;
  return `${which} on Trust Atlas: a trust may have closed, or the link may be incomplete. Choose the trusts again.`;
}

/**
 * The comparison the link asks for, or what to fix first. The count is checked here before
 * asking (the API would refuse it too, in less helpful words); a refused ID is the visitor's
 * to fix, so it comes back as a problem, not an error page. Anything else (the API down) is
 * the error page's, as everywhere else.
 */
export async function loadComparison(
  args: RequestArgs,
  request: CompareRequest,
): Promise<ComparisonLoad> {
  if (request.problem !== null) return { ok: false, problem: request.problem };
  const api = createApiClient(args);
  const result = await api.queryResult(CompareTrustsQuery, { ids: request.ids });
  if (result.error && !result.error.networkError && isBadUserInput(result.error)) {
    return { ok: false, problem: problemOf(result.error) };
  }
  return { ok: true, comparison: dataOf(result).compareTrusts };
}
