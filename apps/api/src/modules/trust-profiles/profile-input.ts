import type { FieldIssue } from "../../shared/errors.ts";

/** A value with every null field left out: GraphQL's "not given" is the domain's undefined. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  }
  return value;
}

/**
 * The profile as the domain's schema reads it, from the GraphQL input: nulls left out, and the
 * quality statements (a list in GraphQL, which has no maps) keyed by pillar. A pillar given
 * twice is an issue here, since keying would otherwise keep one silently.
 */
export function profileFromInput(
  input: Record<string, unknown>,
  at: string[],
): { profile: unknown; issues: FieldIssue[] } {
  const profile = withoutNulls(input) as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  const statements = profile.qualityStatements;
  if (Array.isArray(statements)) {
    const byPillar: Record<string, unknown> = {};
    statements.forEach((s: { pillar: string; statement?: unknown }, i) => {
      if (s.pillar in byPillar) {
        issues.push({
          path: [...at, "qualityStatements", String(i)],
          message: "Give one statement for each quality pillar: this pillar has two.",
        });
      }
      byPillar[s.pillar] = s.statement;
    });
    profile.qualityStatements = byPillar;
  }
  return { profile, issues };
}
