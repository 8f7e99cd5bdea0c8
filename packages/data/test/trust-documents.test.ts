import {
  delegationDecisions,
  localAuthorityByCode,
  modelScheme,
  profileDiff,
  schemeDiff,
  schemeOfDelegationInputSchema,
  storedGrid,
  type TrustProfileInput,
  trustProfileInputSchema,
} from "@atlas/domain";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type DemoData,
  generateDemoData,
  type SchemeContent,
  type TrustDocumentDraftRow,
  type TrustDocumentVersionRow,
} from "../src/index.ts";

let data: DemoData;
beforeAll(() => {
  data = generateDemoData();
});

type Kind = "PROFILE" | "SCHEME_OF_DELEGATION";
const kinds: readonly Kind[] = ["PROFILE", "SCHEME_OF_DELEGATION"];

const openTrusts = (d: DemoData) => d.trusts.filter((t) => t.status !== "CLOSED");
const versionsOf = (d: DemoData, trustId: string, kind: Kind) =>
  d.trustDocumentVersions.filter((v) => v.trustId === trustId && v.kind === kind);
const draftOf = (d: DemoData, trustId: string, kind: Kind) =>
  d.trustDocumentDrafts.find((x) => x.trustId === trustId && x.kind === kind);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const profileOf = (row: TrustDocumentVersionRow | TrustDocumentDraftRow): TrustProfileInput => {
  if (row.kind !== "PROFILE") throw new Error("not a profile");
  return row.content;
};
const cellsOf = (row: TrustDocumentVersionRow | TrustDocumentDraftRow): SchemeContent["cells"] => {
  if (row.kind !== "SCHEME_OF_DELEGATION") throw new Error("not a scheme");
  return row.content.cells;
};

/** How many open trusts are in each state for one kind of document. */
function tally(d: DemoData, kind: Kind) {
  const counts = { published: 0, draftAhead: 0, draftOnly: 0, nothing: 0 };
  for (const t of openTrusts(d)) {
    const versions = versionsOf(d, t.id, kind);
    const draft = draftOf(d, t.id, kind);
    const last = versions.at(-1);
    if (last) {
      counts.published++;
      if (draft && !same(draft.content, last.content)) counts.draftAhead++;
    } else if (draft) counts.draftOnly++;
    else counts.nothing++;
  }
  return counts;
}

/** Schools each trust runs now. */
function schoolsByTrust(d: DemoData) {
  const bySchool = new Map(d.schools.map((s) => [s.id, s]));
  const result = new Map<string, DemoData["schools"]>();
  for (const m of d.memberships.filter((x) => !x.leftOn)) {
    const school = bySchool.get(m.schoolId);
    if (school) result.set(m.trustId, [...(result.get(m.trustId) ?? []), school]);
  }
  return result;
}

describe("the demo trusts' documents", () => {
  it("gives every profile content the profile schema accepts as it stands", () => {
    const profiles = [...data.trustDocumentVersions, ...data.trustDocumentDrafts].filter(
      (row) => row.kind === "PROFILE",
    );
    expect(profiles.length).toBeGreaterThan(300);
    for (const row of profiles) {
      // What the API would store for it is the very same content: nothing to trim or drop.
      expect(trustProfileInputSchema.parse(row.content)).toEqual(row.content);
    }
  });

  it("gives every scheme a grid the scheme rules accept, stored as the API stores one", () => {
    const schemes = [...data.trustDocumentVersions, ...data.trustDocumentDrafts].filter(
      (row) => row.kind === "SCHEME_OF_DELEGATION",
    );
    expect(schemes.length).toBeGreaterThan(250);
    for (const row of schemes) {
      const cells = cellsOf(row);
      expect(schemeOfDelegationInputSchema.safeParse(cells).error?.issues ?? []).toEqual([]);
      // The filled cells in decision then tier order, as the API stores a saved scheme.
      expect(cells).toEqual(storedGrid(cells));
      expect(cells.length).toBeLessThan(delegationDecisions.keys.length * 6);
      expect(Object.keys(row.content)).toEqual(["cells"]);
    }
  });

  it("numbers versions from 1 per trust and kind, publishes them in order, and drafts after", () => {
    const keys = new Set(data.trustDocumentVersions.map((v) => `${v.trustId}/${v.kind}`));
    const trusts = new Map(data.trusts.map((t) => [t.id, t]));
    for (const key of keys) {
      const [trustId = "", kind] = key.split("/") as [string, Kind];
      const versions = versionsOf(data, trustId, kind);
      expect(versions.map((v) => v.number)).toEqual(versions.map((_, i) => i + 1));
      expect(versions.length).toBeLessThanOrEqual(3);
      for (const [i, v] of versions.entries()) {
        expect(v.changeSummary.trim().length).toBeGreaterThan(0);
        expect(v.changeSummary.length).toBeLessThanOrEqual(500);
        expect(v.unpublishedAt).toBeNull();
        expect(v.unpublishedBy).toBeNull();
        expect(v.unpublishReason).toBeNull();
        expect(v.publishedAt.toISOString() >= "2024-01-01").toBe(true);
        expect(v.publishedAt.toISOString() < "2026-01-01").toBe(true);
        // Published after the trust opened, and on a working day.
        expect(
          v.publishedAt.toISOString().slice(0, 10) > (trusts.get(trustId)?.openedOn ?? ""),
        ).toBe(true);
        expect([1, 2, 3, 4, 5]).toContain(v.publishedAt.getUTCDay());
        const before = versions[i - 1];
        if (before) {
          expect(v.publishedAt.getTime()).toBeGreaterThan(before.publishedAt.getTime());
          expect(v.draftVersion).toBeGreaterThan(before.draftVersion);
          // Each version changed something real, so the history shows a diff.
          const changes =
            kind === "PROFILE"
              ? profileDiff(before.content, v.content)
              : schemeDiff(cellsOf(before), cellsOf(v));
          expect(changes.length).toBeGreaterThan(0);
        } else {
          expect(v.draftVersion).toBeGreaterThanOrEqual(1);
        }
      }
      // Publishing takes a draft, so there is one, at or past the last version published.
      const draft = draftOf(data, trustId, kind);
      const last = versions.at(-1);
      expect(draft).toBeDefined();
      if (!draft || !last) continue;
      expect(draft.version).toBeGreaterThanOrEqual(last.draftVersion);
      if (same(draft.content, last.content)) {
        expect(draft.version).toBe(last.draftVersion);
        expect(draft.savedAt.getTime()).toBeLessThan(last.publishedAt.getTime());
      } else {
        expect(draft.version).toBeGreaterThan(last.draftVersion);
        expect(draft.savedAt.getTime()).toBeGreaterThan(last.publishedAt.getTime());
      }
    }
    // One draft per trust and kind, and ids unique.
    const draftKeys = data.trustDocumentDrafts.map((x) => `${x.trustId}/${x.kind}`);
    expect(new Set(draftKeys).size).toBe(draftKeys.length);
    const ids = data.trustDocumentVersions.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const x of data.trustDocumentDrafts) {
      expect(x.version).toBeGreaterThan(0);
      expect(x.savedAt.toISOString() < "2026-01-05").toBe(true);
    }
  });

  it("has about 80% of trusts with a published profile, 70% with a scheme, some drafts ahead", () => {
    const n = openTrusts(data).length;
    const profile = tally(data, "PROFILE");
    const scheme = tally(data, "SCHEME_OF_DELEGATION");
    expect(profile.published / n).toBeGreaterThan(0.75);
    expect(profile.published / n).toBeLessThan(0.85);
    expect(scheme.published / n).toBeGreaterThan(0.65);
    expect(scheme.published / n).toBeLessThan(0.75);
    for (const counts of [profile, scheme]) {
      expect(counts.draftAhead / counts.published).toBeGreaterThan(0.1);
      expect(counts.draftAhead / counts.published).toBeLessThan(0.2);
      expect(counts.draftOnly / n).toBeGreaterThan(0.03);
      expect(counts.draftOnly / n).toBeLessThan(0.08);
    }
    // Mostly the same trusts publish both; a tenth or so have neither document at all.
    const withProfile = new Set(
      data.trustDocumentVersions.filter((v) => v.kind === "PROFILE").map((v) => v.trustId),
    );
    const withScheme = [
      ...new Set(
        data.trustDocumentVersions
          .filter((v) => v.kind === "SCHEME_OF_DELEGATION")
          .map((v) => v.trustId),
      ),
    ];
    expect(
      withScheme.filter((id) => withProfile.has(id)).length / withScheme.length,
    ).toBeGreaterThan(0.9);
    const anything = new Set(data.trustDocumentDrafts.map((x) => x.trustId));
    expect((n - anything.size) / n).toBeGreaterThan(0.08);
    expect((n - anything.size) / n).toBeLessThan(0.18);
    // Versions are spread: some trusts published once, some two or three times.
    const counts = [...withProfile].map((id) => versionsOf(data, id, "PROFILE").length);
    for (const k of [1, 2, 3]) expect(counts.filter((c) => c === k).length).toBeGreaterThan(20);
    // No closed trust has documents.
    const closed = new Set(data.trusts.filter((t) => t.status === "CLOSED").map((t) => t.id));
    expect(data.trustDocumentDrafts.some((x) => closed.has(x.trustId))).toBe(false);
  });

  it("gives the trust-admin's trust two or more versions of each, with drafts equal to the newest", () => {
    const { trustAdminTrust, otherTrustAdminTrust } = data.demo;
    const admins = new Map(
      data.roleGrants.flatMap((g) =>
        g.role === "TRUST_ADMIN" && g.trustId ? [[g.trustId, g.userId] as const] : [],
      ),
    );
    for (const kind of kinds) {
      const versions = versionsOf(data, trustAdminTrust.id, kind);
      expect(versions.length).toBeGreaterThanOrEqual(2);
      const last = versions.at(-1);
      const draft = draftOf(data, trustAdminTrust.id, kind);
      expect(draft?.content).toEqual(last?.content);
      expect(draft?.version).toBe(last?.draftVersion);
      expect(versionsOf(data, otherTrustAdminTrust.id, kind).length).toBeGreaterThanOrEqual(1);
      expect(draftOf(data, otherTrustAdminTrust.id, kind)).toBeDefined();
    }
    // Written by each trust's demo administrator; no one is named for the other trusts.
    for (const row of [...data.trustDocumentVersions, ...data.trustDocumentDrafts]) {
      const by = "publishedBy" in row ? row.publishedBy : row.savedBy;
      expect(by).toBe(admins.get(row.trustId) ?? null);
    }
    expect(admins.get(trustAdminTrust.id)).toBeDefined();
  });

  it("writes each profile from the trust's own schools, size and faith", () => {
    const schools = schoolsByTrust(data);
    const trusts = new Map(data.trusts.map((t) => [t.id, t]));
    const profiles = data.trustDocumentVersions.filter((v) => v.kind === "PROFILE");
    const levels = new Map<string, number>();
    for (const v of profiles) {
      const p = profileOf(v);
      const own = schools.get(v.trustId) ?? [];
      const trust = trusts.get(v.trustId);
      const slug = p.finance?.accountsUrl?.match(
        /^https:\/\/www\.([a-z0-9-]+)\.org\.uk\/accounts$/,
      )?.[1];
      expect(new Set(p.geography?.regions)).toEqual(new Set(own.map((s) => s.region)));
      expect(new Set(p.geography?.localAuthorityCodes)).toEqual(
        new Set(own.map((s) => String(s.laCode))),
      );
      for (const code of p.geography?.localAuthorityCodes ?? []) {
        expect(localAuthorityByCode(code)).toBeDefined();
      }
      const stage = own.length <= 3 ? "STARTING" : own.length <= 14 ? "GROWING" : "ESTABLISHED";
      expect(p.growth?.stage).toBe(stage);
      expect(p.values?.length).toBeGreaterThanOrEqual(3);
      expect(p.values?.length).toBeLessThanOrEqual(6);
      const pillars = Object.keys(p.qualityStatements ?? {}).length;
      if (p.qualityStatements) expect(pillars).toBeGreaterThanOrEqual(3);
      expect(p.centralServices?.length).toBeGreaterThanOrEqual(4);
      expect(p.centralServices?.length).toBeLessThanOrEqual(10);
      const c = p.finance?.contribution;
      if (c?.kind === "FLAT") {
        expect(c.percent).toBeGreaterThanOrEqual(3);
        expect(c.percent).toBeLessThanOrEqual(7);
      } else if (c) expect(c.minPercent).toBeLessThan(c.maxPercent);
      const target = p.finance?.reserves.targetPercent ?? 0;
      expect(target >= 3 && target <= 8).toBe(true);
      expect(p.governance?.members).toBeGreaterThanOrEqual(3);
      expect(p.governance?.members).toBeLessThanOrEqual(7);
      expect(p.governance?.trustees).toBeGreaterThanOrEqual(7);
      expect(p.governance?.trustees).toBeLessThanOrEqual(12);
      const contacts = p.governance?.contacts ?? [];
      expect(contacts.length === 1 || contacts.length === 2).toBe(true);
      const domain = contacts[0]?.email.split("@")[1];
      expect(domain).toMatch(/^[a-z0-9-]{1,63}\.org\.uk$/);
      if (slug) expect(domain).toBe(`${slug}.org.uk`);
      for (const contact of contacts) expect(contact.email.endsWith(`@${domain}`)).toBe(true);

      // Church governance follows the schools' religious characters and dioceses.
      const church = own.filter((s) =>
        /CHURCH_OF_ENGLAND|CATHOLIC|METHODIST/.test(s.religiousCharacter ?? ""),
      );
      const level = p.faith?.churchGovernanceLevel ?? "NONE";
      levels.set(level, (levels.get(level) ?? 0) + 1);
      if (church.length * 2 >= own.length) expect(level).toBe("MAJORITY");
      else if (church.length === 0) expect(level).toBe("NONE");
      else expect(["MINORITY", "NONE"]).toContain(level);
      const dioceses = new Set(church.flatMap((s) => (s.diocese ? [s.diocese] : [])));
      if (level === "NONE") expect(p.faith?.dioceses).toEqual([]);
      else {
        expect(p.faith?.dioceses.length).toBeGreaterThan(0);
        for (const d of p.faith?.dioceses ?? []) expect(dioceses.has(d)).toBe(true);
      }
      if (/Catholic/.test(trust?.name ?? "") && level === "MAJORITY") {
        expect(p.faith?.faithDesignation).toBe("Roman Catholic");
      }
    }
    for (const level of ["MAJORITY", "MINORITY", "NONE"]) {
      expect(levels.get(level) ?? 0).toBeGreaterThan(0);
    }
  });

  it("starts each scheme from the profile's governance model, varied a little", () => {
    const profiles = new Map(
      data.trustDocumentVersions
        .filter((v) => v.kind === "PROFILE")
        .map((v) => [v.trustId, profileOf(v)]),
    );
    let checked = 0;
    for (const v of data.trustDocumentVersions.filter(
      (x) => x.kind === "SCHEME_OF_DELEGATION" && x.number === 1,
    )) {
      const profile = profiles.get(v.trustId);
      if (!profile?.governance) continue;
      const model = profile.governance.localGovernanceModel;
      // Varied, not the model itself, and never a reserved matter moved off the members.
      const changes = schemeDiff(modelScheme(model), cellsOf(v));
      expect(changes.length).toBeGreaterThan(0);
      for (const change of changes) {
        expect(
          delegationDecisions.isReservedToMembers(
            change.decision as (typeof delegationDecisions.keys)[number],
          ),
        ).toBe(false);
      }
      // Close to the model: only a handful of decisions moved.
      expect(new Set(changes.map((c) => c.decision)).size).toBeLessThanOrEqual(4);
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });

  it.each([1, 42])("keeps its proportions and the demo trust's documents with seed %i", (seed) => {
    const other = generateDemoData({ seed });
    const n = openTrusts(other).length;
    expect(tally(other, "PROFILE").published / n).toBeCloseTo(0.8, 1);
    expect(tally(other, "SCHEME_OF_DELEGATION").published / n).toBeCloseTo(0.7, 1);
    for (const kind of kinds) {
      expect(versionsOf(other, other.demo.trustAdminTrust.id, kind).length).toBeGreaterThanOrEqual(
        2,
      );
    }
    for (const row of other.trustDocumentVersions) {
      if (row.kind === "PROFILE") trustProfileInputSchema.parse(row.content);
      else schemeOfDelegationInputSchema.parse(row.content.cells);
    }
  });
});
