import type { trustVerifications } from "@atlas/db/schema";
import { dateBetween } from "./dates.ts";
import type { DemoClock } from "./demo-clock.ts";
import type { Random } from "./random.ts";
import type { TrustDocumentVersionRow } from "./trust-documents.ts";

export type TrustVerificationRow = typeof trustVerifications.$inferInsert & {
  id: string;
  at: Date;
};

/** Share of the trusts with a published profile that the demo curator has verified. */
const verifiedShare = 0.45;

/** The lead contact a profile names, whom the curator confirmed the listing with. */
function leadContactOf(version: TrustDocumentVersionRow | undefined): string | null {
  const content = version?.content as { contacts?: { name?: string }[] } | undefined;
  return content?.contacts?.[0]?.name ?? null;
}

/**
 * The demo curator's verifications: the demo administrator's trust and about half of the other
 * trusts with a published profile, checked against the register and with the profile's lead
 * contact on a day in the year before; the second demo trust is left unverified, so both states show.
 */
export function buildVerifications(
  r: Random,
  input: {
    versions: readonly TrustDocumentVersionRow[];
    sectorBodyId: string;
    curator: { userId: string; name: string };
    verifiedTrustId: string;
    unverifiedTrustId: string;
    clock: DemoClock;
  },
): TrustVerificationRow[] {
  // Over the year before the demo's today (written against the anchor: see demo-clock.ts).
  const checkedFrom = input.clock.day("2025-02-03");
  const checkedUntil = input.clock.day("2025-12-19");
  const newestProfile = new Map<string, TrustDocumentVersionRow>();
  for (const version of input.versions) {
    if (version.kind !== "PROFILE") continue;
    const known = newestProfile.get(version.trustId);
    if (!known || known.number < version.number) newestProfile.set(version.trustId, version);
  }
  const rows: TrustVerificationRow[] = [];
  for (const [trustId, profile] of newestProfile) {
    if (trustId === input.unverifiedTrustId) continue;
    if (trustId !== input.verifiedTrustId && !r.chance(verifiedShare)) continue;
    const checkedOn = dateBetween(r, checkedFrom, checkedUntil);
    rows.push({
      id: r.uuid(),
      trustId,
      sectorBodyId: input.sectorBodyId,
      verifiedBy: input.curator.userId,
      verifiedByName: input.curator.name,
      registerMatch: true,
      contactConfirmed: true,
      contactName: leadContactOf(profile) ?? "The chief executive",
      checkedOn,
      notes: null,
      at: new Date(`${checkedOn}T15:00:00Z`),
    });
  }
  return rows;
}
