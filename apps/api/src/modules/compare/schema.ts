import {
  type ComparableTrust,
  comparisonGroups,
  comparisonRows,
  MAX_COMPARED,
  MIN_COMPARED,
  type SchemeGrid,
} from "@atlas/domain";
import { getSchemaConfig, queryFromInfo } from "@pothos/plugin-drizzle";
import { builder } from "../../builder.ts";
import { badUserInput } from "../../shared/errors.ts";
import { rowIdOf } from "../../shared/global-id.ts";
import { TrustRef } from "../trusts/schema.ts";
import { trustPhaseCounts, trustPupilCount, trustRegions } from "../trusts/sql.ts";
import { liveSchemeCells, publishedFactsJson } from "./sql.ts";

const ComparisonGroupEnum = builder.enumType("ComparisonGroup", {
  description: "The part of a comparison a row belongs to.",
  values: Object.fromEntries(comparisonGroups.map((g) => [g, { value: g }])) as Record<
    (typeof comparisonGroups)[number],
    { value: (typeof comparisonGroups)[number] }
  >,
});

const ComparisonRowRef = builder
  .objectRef<ReturnType<typeof comparisonRows>[number]>("ComparisonRow")
  .implement({
    description: "One dimension of the trusts compared, a value for each, in words.",
    fields: (t) => ({
      group: t.field({ type: ComparisonGroupEnum, resolve: (r) => r.group }),
      key: t.exposeString("key", { description: "Stable, e.g. scheme.APPOINT_HEADTEACHER." }),
      label: t.exposeString("label"),
      values: t.stringList({
        description: "One per trust, in the order of `trusts`.",
        resolve: (r) => [...r.values],
      }),
      differs: t.exposeBoolean("differs", { description: "Whether the trusts differ on it." }),
    }),
  });

interface Comparison {
  trusts: unknown[];
  rows: ReturnType<typeof comparisonRows>;
}

const TrustComparisonRef = builder.objectRef<Comparison>("TrustComparison").implement({
  description: "Two to four trusts side by side: every dimension row by row, differences marked.",
  fields: (t) => ({
    trusts: t.field({ type: [TrustRef], resolve: (c) => c.trusts as never }),
    rows: t.field({ type: [ComparisonRowRef], resolve: (c) => c.rows }),
  }),
});

interface Facts {
  values: ComparableTrust["values"];
  church: ComparableTrust["churchGovernanceLevel"];
  growth: ComparableTrust["growthStage"];
  open: boolean | null;
  min: number | null;
  max: number | null;
  gag: boolean | null;
  autonomy: ComparableTrust["autonomy"];
  profile: boolean;
  scheme: boolean;
}

function comparable(row: Record<string, unknown>): ComparableTrust {
  const facts = (
    typeof row.cmpFacts === "string" ? JSON.parse(row.cmpFacts) : row.cmpFacts
  ) as Facts | null;
  const cells = typeof row.cmpScheme === "string" ? JSON.parse(row.cmpScheme) : row.cmpScheme;
  const profile = facts?.profile ? facts : null;
  return {
    schoolCount: Number(row.schoolCount),
    pupilCount: Number(row.cmpPupils),
    phaseCounts: (row.cmpPhases ?? []) as ComparableTrust["phaseCounts"],
    regions: (row.cmpRegions ?? []) as ComparableTrust["regions"],
    values: profile ? (profile.values ?? []) : null,
    churchGovernanceLevel: profile?.church ?? null,
    growthStage: profile?.growth ?? null,
    openToPartnerships: profile?.open ?? null,
    contribution:
      profile && profile.min !== null && profile.max !== null
        ? { min: profile.min, max: profile.max }
        : null,
    gagPooling: profile?.gag ?? null,
    autonomy: facts?.scheme ? (facts.autonomy ?? []) : null,
    scheme: Array.isArray(cells) ? (cells as SchemeGrid) : null,
  };
}

builder.queryFields((t) => ({
  compareTrusts: t.field({
    type: TrustComparisonRef,
    description: `${MIN_COMPARED} to ${MAX_COMPARED} trusts side by side, in the order given: one statement.`,
    args: { ids: t.arg.idList({ required: true, description: "The trusts' IDs (Trust.id)." }) },
    resolve: async (_parent, args, ctx, info) => {
      const ids = args.ids.map((id, i) => {
        const rowId = rowIdOf(String(id), "Trust");
        if (rowId === null)
          throw badUserInput("This is not a trust ID: use the id field of a Trust.", [
            "ids",
            String(i),
          ]);
        return rowId;
      });
      if (new Set(ids).size !== ids.length)
        throw badUserInput("Give each trust only once.", ["ids"]);
      if (ids.length < MIN_COMPARED || ids.length > MAX_COMPARED)
        throw badUserInput(`Compare from ${MIN_COMPARED} to ${MAX_COMPARED} trusts.`, ["ids"]);
      const selection = queryFromInfo({
        config: getSchemaConfig(builder),
        context: ctx,
        info,
        typeName: "Trust",
        path: ["trusts"],
      }) as { extras?: Record<string, unknown>; columns?: Record<string, unknown> };
      const rows = (await ctx.db.query.trusts.findMany({
        ...(selection as object),
        columns: { ...selection.columns, id: true, schoolCount: true, status: true },
        where: { id: { in: ids } },
        extras: {
          ...selection.extras,
          cmpPupils: trustPupilCount,
          cmpPhases: trustPhaseCounts,
          cmpRegions: trustRegions,
          cmpFacts: publishedFactsJson,
          cmpScheme: liveSchemeCells,
        } as never,
      })) as unknown as Record<string, unknown>[];
      const byId = new Map(rows.map((r) => [String(r.id), r]));
      const ordered = ids.map((id, i) => {
        const row = byId.get(id);
        if (!row || row.status === "CLOSED")
          throw badUserInput("There is no open trust with this ID.", ["ids", String(i)]);
        return row;
      });
      return { trusts: ordered, rows: comparisonRows(ordered.map(comparable)) };
    },
  }),
}));
