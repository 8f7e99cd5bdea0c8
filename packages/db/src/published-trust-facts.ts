import { type LooseSchemeCell, publishedTrustFacts, type TrustProfileInput } from "@atlas/domain";
import { inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "./client.ts";
import { executeRows } from "./execute-rows.ts";
import { trustPublishedFacts } from "./schema/trust-published-facts.ts";

/** Facts are written in batches this size: one insert per batch, well under the parameter limit. */
const BATCH = 500;

/**
 * Rewrites the published facts of these trusts (or of every trust) from their newest live
 * profile and scheme versions: two statements and one insert per batch. Run it in the
 * transaction that publishes or unpublishes, so facts and versions change together. The
 * content was checked by the domain's schema when it was saved, so it is read as such.
 *
 * The trusts' rows are locked first (against changes to them, not against rows naming them), so
 * two transactions refreshing one trust (a publish and a curator's decision, say) take turns,
 * and the second reads what the first committed instead of writing facts from an older view.
 */
export async function refreshPublishedTrustFacts(
  db: DbOrTx,
  trustIds: readonly string[] | "all",
): Promise<void> {
  if (trustIds !== "all" && trustIds.length === 0) return;
  const only =
    trustIds === "all" ? sql`true` : sql`v.trust_id = any(${sql.param([...trustIds])}::uuid[])`;
  if (trustIds !== "all") {
    await executeRows(
      db,
      sql`select id from trusts where id = any(${sql.param([...trustIds])}::uuid[])
          order by id for no key update`,
    );
  }
  const rows = await executeRows(
    db,
    sql`select distinct on (v.trust_id, v.kind) v.trust_id, v.kind, v.id, v.content
        from trust_document_versions v
        where v.unpublished_at is null and not v.held and ${only}
        order by v.trust_id, v.kind, v.number desc`,
  );
  const byTrust = new Map<
    string,
    { profile?: { id: string; content: unknown }; scheme?: { id: string; content: unknown } }
  >();
  for (const row of rows) {
    const trustId = String(row.trust_id);
    const entry = byTrust.get(trustId) ?? {};
    const version = {
      id: String(row.id),
      content: typeof row.content === "string" ? JSON.parse(row.content) : row.content,
    };
    if (row.kind === "PROFILE") entry.profile = version;
    else entry.scheme = version;
    byTrust.set(trustId, entry);
  }
  if (trustIds === "all") await db.delete(trustPublishedFacts);
  else
    await db.delete(trustPublishedFacts).where(inArray(trustPublishedFacts.trustId, [...trustIds]));
  const values = [...byTrust].map(([trustId, { profile, scheme }]) => {
    const facts = publishedTrustFacts(
      (profile?.content as TrustProfileInput | undefined) ?? null,
      // A scheme is stored as `{ cells }` (the API's SchemeContent).
      (scheme?.content as { cells?: LooseSchemeCell[] } | undefined)?.cells ?? null,
    );
    return {
      trustId,
      profileVersionId: profile?.id ?? null,
      schemeVersionId: scheme?.id ?? null,
      ...facts,
      values: [...facts.values],
      dioceses: [...facts.dioceses],
      autonomy: [...facts.autonomy],
    };
  });
  for (let i = 0; i < values.length; i += BATCH) {
    await db.insert(trustPublishedFacts).values(values.slice(i, i + BATCH));
  }
}
