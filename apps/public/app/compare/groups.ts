import {
  comparisonGroups,
  type DelegationDecision,
  decisionAreas,
  delegationDecisions,
} from "@atlas/domain";
import type { CompareTrustsQuery } from "../gql/graphql.ts";

export type Comparison = CompareTrustsQuery["compareTrusts"];
export type ComparedTrust = Comparison["trusts"][number];
export type ComparisonRow = Comparison["rows"][number];
export type ComparisonGroup = ComparisonRow["group"];

/** Each part of a comparison in words, as the trust page names the same parts. */
export const GROUP_LABEL: Record<ComparisonGroup, string> = {
  AT_A_GLANCE: "At a glance",
  VALUES: "Values",
  GROWTH: "Growth",
  FAITH: "Faith",
  FINANCE: "Finance",
  AUTONOMY: "Local autonomy",
  SCHEME: "Scheme of delegation",
};

/** What a part's rows are rows of: the scheme's are decisions, the rest facts. */
export const GROUP_ROW_NOUN: Record<ComparisonGroup, string> = {
  AT_A_GLANCE: "Fact",
  VALUES: "Fact",
  GROWTH: "Fact",
  FAITH: "Fact",
  FINANCE: "Fact",
  AUTONOMY: "Decision area",
  SCHEME: "Decision",
};

/** A run of rows under one heading inside a table (a decision area of the scheme). */
export interface RowSection {
  key: string;
  /** Null for a part whose rows need no heading of their own. */
  label: string | null;
  rows: ComparisonRow[];
}

export interface GroupOfRows {
  group: ComparisonGroup;
  label: string;
  /** Id of the part's heading, to link to. */
  id: string;
  sections: RowSection[];
  /** Rows before any filter: a part with none left says so rather than vanishing. */
  total: number;
}

/** The decision a scheme row is of (its key is `scheme.<DECISION>`), or null. */
function decisionOf(row: ComparisonRow): DelegationDecision | null {
  const decision = row.key.startsWith("scheme.") ? row.key.slice("scheme.".length) : "";
  return delegationDecisions.has(decision) ? decision : null;
}

/**
 * The scheme's rows by decision area, in the vocabulary's order: the rows already come decision
 * by decision in it, so each area's run is contiguous. A decision this build does not know (a
 * newer API) goes last, under "Other decisions", rather than being dropped.
 */
function schemeSections(rows: readonly ComparisonRow[]): RowSection[] {
  const sections = decisionAreas.keys.map(
    (area): RowSection => ({ key: area, label: decisionAreas.label(area), rows: [] }),
  );
  const other: RowSection = { key: "OTHER", label: "Other decisions", rows: [] };
  for (const row of rows) {
    const decision = decisionOf(row);
    const area = decision === null ? null : delegationDecisions.area(decision);
    (sections.find((s) => s.key === area) ?? other).rows.push(row);
  }
  return [...sections, other].filter((s) => s.rows.length > 0);
}

/**
 * The rows part by part, in the domain's order (facts, then autonomy, then the scheme); a part
 * the API adds later comes after them under its own name. `keep` filters the rows shown.
 */
export function groupRows(
  rows: readonly ComparisonRow[],
  keep: (row: ComparisonRow) => boolean = () => true,
): GroupOfRows[] {
  const order: string[] = [...comparisonGroups];
  for (const row of rows) if (!order.includes(row.group)) order.push(row.group);
  return order.flatMap((group): GroupOfRows[] => {
    const all = rows.filter((row) => row.group === group);
    if (all.length === 0) return [];
    const kept = all.filter(keep);
    const g = group as ComparisonGroup;
    return [
      {
        group: g,
        label: GROUP_LABEL[g] ?? group,
        id: `compare-${group.toLowerCase().replaceAll("_", "-")}`,
        sections:
          g === "SCHEME"
            ? schemeSections(kept)
            : kept.length > 0
              ? [{ key: group, label: null, rows: kept }]
              : [],
        total: all.length,
      },
    ];
  });
}
