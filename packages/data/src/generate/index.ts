import {
  buildAccounts,
  buildSectorBody,
  type RoleGrantRow,
  type SectorBodyRow,
  type UserRow,
} from "./accounts.ts";
import { buildCollections, type CollectionEntryRow, type CollectionRow } from "./collections.ts";
import type { IsoDate } from "./dates.ts";
import { demoAnchor, demoClock } from "./demo-clock.ts";
import {
  addMoves,
  currentMemberships,
  type MembershipRow,
  mergeClosedTrusts,
  type TrustWithSchools,
} from "./memberships.ts";
import {
  buildPartnerships,
  type PartnershipEventRow,
  type PartnershipRow,
} from "./partnerships.ts";
import { areaOf, areas } from "./places.ts";
import { createRandom } from "./random.ts";
import { type ScaleName, scales } from "./scales.ts";
import {
  allocatePlaces,
  buildSchool,
  type Registers,
  type SchoolRow,
  trustProvisions,
  unattachedProvision,
} from "./schools.ts";
import {
  buildTrustDocuments,
  type TrustDocumentDraftRow,
  type TrustDocumentVersionRow,
} from "./trust-documents.ts";
import { buildTrustRows, openedOn, type TrustRow } from "./trust-rows.ts";
import { demoTrust, otherDemoTrust, placeTrusts, planTrusts, type TrustPlan } from "./trusts.ts";
import { buildVerifications, type TrustVerificationRow } from "./verifications.ts";

export type { RoleGrantRow, SectorBodyRow, UserRow } from "./accounts.ts";
export type { CollectionEntryRow, CollectionRow } from "./collections.ts";
export { demoAnchor, demoTodayAt } from "./demo-clock.ts";
export type { MembershipRow } from "./memberships.ts";
export type { PartnershipEventRow, PartnershipRow } from "./partnerships.ts";
export type { SchoolRow } from "./schools.ts";
export type {
  SchemeContent,
  TrustDocumentContent,
  TrustDocumentDraftRow,
  TrustDocumentVersionRow,
} from "./trust-documents.ts";
export type { TrustRow } from "./trust-rows.ts";
export { demoTrust, otherDemoTrust } from "./trusts.ts";
export type { TrustVerificationRow } from "./verifications.ts";

/** The maintained school of the `school` demo account: a community primary in Leeds. */
export const demoSchool = {
  name: "Riverside Community Primary School",
  laCode: "383",
} as const;

/** Share of the academies in trusts that were in another trust before. */
const movedShare = 0.05;

/** Every row of the demo data set, in the order it is inserted, with the demo accounts' places. */
export interface DemoData {
  seed: number;
  sectorBodies: SectorBodyRow[];
  trusts: TrustRow[];
  schools: SchoolRow[];
  memberships: MembershipRow[];
  users: UserRow[];
  roleGrants: RoleGrantRow[];
  /** Working copies of the open trusts' profiles and schemes of delegation (one per kind at most). */
  trustDocumentDrafts: TrustDocumentDraftRow[];
  /** Their published versions, numbered from 1 per trust and kind, oldest first. */
  trustDocumentVersions: TrustDocumentVersionRow[];
  /** Trust Partnerships in every state, between open trusts and schools in no trust. */
  partnerships: PartnershipRow[];
  /** Their histories: the request, then one row per step, numbered from 1. */
  partnershipEvents: PartnershipEventRow[];
  /** The sector body's curated collections: one published, one a draft. */
  collections: CollectionRow[];
  /** Their trusts, in order, with the curator's notes. */
  collectionEntries: CollectionEntryRow[];
  /** The demo curator's checks of trusts: the demo trust and about half of those with a profile. */
  trustVerifications: TrustVerificationRow[];
  /** The organisations the demo accounts belong to. */
  demo: {
    trustAdminTrust: { id: string; groupUid: number; name: string };
    otherTrustAdminTrust: { id: string; groupUid: number; name: string };
    school: { id: string; urn: number; name: string };
    sectorBody: { id: string; slug: string; name: string };
  };
}

export interface GenerateOptions {
  /** Same seed, same data (ids included). Default 2026. */
  seed?: number;
  /** `demo` (default, 340 trusts) or `england` (about 2,300 trusts and 22,000 schools). */
  scale?: ScaleName;
  /**
   * The set's today, a Monday: its partnerships, documents, verifications and collections are
   * dated in the weeks and months before it. Default the anchor, 5 January 2026, so the same
   * seed gives the same rows; `demoTodayAt(new Date())` for a set that looks current.
   */
  today?: IsoDate;
}

/**
 * The demo data set, shaped like the register: 340 trusts (a quarter single-academy trusts, most
 * MATs of 2–9 schools, five of more than 30, four closed by mergers) and about 3,700 schools in
 * all 153 local authorities, 40% of them maintained and about 240 academies in no trust. Pure
 * and deterministic: the same seed gives deep-equal rows, ids included.
 */
export function generateDemoData({
  seed = 2026,
  scale = "demo",
  today = demoAnchor,
}: GenerateOptions = {}): DemoData {
  const clock = demoClock(today);
  const sizes = scales[scale];
  const random = createRandom(seed);
  const plans = planTrusts(random.fork("plans"), sizes.trusts);
  const openPlans = plans.filter((p) => p.size > 0);
  const closedPlans = plans.filter((p) => p.size === 0);
  const trustSchoolCount = openPlans.reduce((s, p) => s + p.size, 0);

  const places = allocatePlaces(
    random.fork("places"),
    trustSchoolCount,
    sizes.standaloneAcademies,
    sizes.academyShare,
  );
  const capacity = new Map(places.academies);
  placeTrusts(random.fork("placement"), plans, capacity);

  // Schools: the trusts' first, then academies in no trust, then maintained schools.
  const sr = random.fork("schools");
  const registers: Registers = { urns: new Set(), ukprns: new Set() };
  const names = new Map<string, Set<string>>();
  const schoolsOf = new Map<number, SchoolRow[]>();
  const dioceseOf = (plan: TrustPlan): string | null =>
    plan.kind === "CATHOLIC"
      ? (plan.home?.catholicDiocese ?? null)
      : plan.kind === "COFE"
        ? (plan.home?.cofeDiocese ?? null)
        : null;
  for (const plan of openPlans) {
    const provisions = trustProvisions(sr, plan);
    const runner = { by: "TRUST" as const, plan, diocese: dioceseOf(plan) };
    schoolsOf.set(
      plan.index,
      plan.laCodes.map((code, i) =>
        buildSchool(
          sr,
          {
            area: areaOf(code),
            provision: provisions[i] ?? "PRIMARY",
            runner,
            cofeWeight: sizes.cofeWeight,
          },
          registers,
          names,
        ),
      ),
    );
  }
  const standalone: SchoolRow[] = [];
  for (const area of areas) {
    for (let i = 0; i < (capacity.get(area.code) ?? 0); i++) {
      const provision = unattachedProvision(sr, false);
      standalone.push(
        buildSchool(
          sr,
          { area, provision, runner: { by: "STANDALONE" }, cofeWeight: sizes.cofeWeight },
          registers,
          names,
        ),
      );
    }
  }
  const demoSchoolRow = buildSchool(
    sr,
    {
      area: areaOf(demoSchool.laCode),
      provision: "PRIMARY",
      runner: { by: "MAINTAINED" },
      name: demoSchool.name,
      faith: "DOES_NOT_APPLY",
      establishmentType: "COMMUNITY",
    },
    registers,
    names,
  );
  const maintained: SchoolRow[] = [demoSchoolRow];
  for (const area of areas) {
    const count =
      (places.schools.get(area.code) ?? 0) -
      (places.academies.get(area.code) ?? 0) -
      (area.code === demoSchool.laCode ? 1 : 0);
    for (let i = 0; i < count; i++) {
      const provision = unattachedProvision(sr, true);
      maintained.push(
        buildSchool(
          sr,
          { area, provision, runner: { by: "MAINTAINED" }, cofeWeight: sizes.cofeWeight },
          registers,
          names,
        ),
      );
    }
  }

  // Trusts: dates first, since a closed trust merged into an open one old enough to take it.
  const tr = random.fork("trusts");
  const opened = new Map<number, IsoDate>(plans.map((p) => [p.index, openedOn(tr, p)]));
  const absorbers = tr.shuffle(
    openPlans.filter(
      (p) =>
        !p.demo &&
        p.kind === "GENERAL" &&
        p.type === "MULTI_ACADEMY_TRUST" &&
        p.status === "OPEN" &&
        p.size >= 5 &&
        (opened.get(p.index) ?? "9999") <= "2021-12-31",
    ),
  );
  const mergedInto = new Map<number, TrustPlan>();
  closedPlans.forEach((plan, i) => {
    const absorber = absorbers[i];
    if (!absorber) throw new Error("no trust for a closed trust to merge into");
    plan.home = absorber.home;
    mergedInto.set(plan.index, absorber);
  });
  const trustRows = buildTrustRows(
    tr,
    plans.map((plan) => ({
      plan,
      schools: schoolsOf.get(plan.index) ?? [],
      openedOn: opened.get(plan.index) ?? "2015-01-01",
      diocese: dioceseOf(plan),
    })),
    registers,
    [demoTrust.name, otherDemoTrust.name],
  );
  const withSchools: TrustWithSchools[] = plans.flatMap((plan, i) => {
    const trust = trustRows[i];
    return trust ? [{ plan, trust, schools: schoolsOf.get(plan.index) ?? [] }] : [];
  });
  const openTrusts = withSchools.filter((t) => t.schools.length > 0);
  const byPlan = new Map(withSchools.map((t) => [t.plan.index, t]));

  // Memberships: now, then the merged trusts' and other earlier ones.
  const mr = random.fork("memberships");
  const current = currentMemberships(mr, openTrusts);
  const merges = closedPlans.flatMap((plan) => {
    const closed = byPlan.get(plan.index);
    const absorber = byPlan.get(mergedInto.get(plan.index)?.index ?? -1);
    if (closed && absorber) closed.trust.region = absorber.trust.region;
    return closed && absorber ? [{ closed: closed.trust, absorber }] : [];
  });
  const merged = mergeClosedTrusts(mr, merges, current);
  const moved = addMoves(mr, openTrusts, current, merged, movedShare);

  const ar = random.fork("accounts");
  const sectorBody = buildSectorBody(ar);
  const first = byPlan.get(0)?.trust;
  const other = byPlan.get(1)?.trust;
  if (!first || !other) throw new Error("the demo trusts are missing");
  const accounts = buildAccounts(
    ar,
    {
      trustAdminTrustId: first.id,
      otherTrustAdminTrustId: other.id,
      schoolId: demoSchoolRow.id,
      sectorBodyId: sectorBody.id,
    },
    clock,
  );

  // Documents: written by each trust's demo administrator where it has one.
  const editorOf = new Map(
    accounts.roleGrants.flatMap((g) =>
      g.role === "TRUST_ADMIN" && g.trustId ? [[g.trustId, g.userId] as const] : [],
    ),
  );
  const documents = buildTrustDocuments(random.fork("documents"), {
    shares: sizes.documents,
    trusts: openTrusts,
    editorOf,
    trustAdminTrustId: first.id,
    otherTrustAdminTrustId: other.id,
    clock,
  });

  const partnerships = buildPartnerships(
    random.fork("partnerships"),
    {
      trusts: partnershipTrusts(openTrusts, documents.versions, first.id),
      schools: [...standalone, ...maintained].filter((s) => s.id !== demoSchoolRow.id),
      demoTrust: {
        id: first.id,
        region: first.region ?? null,
        contact: null,
        admin: userOf(accounts.users, "trust-admin"),
      },
      demoSchool: { school: demoSchoolRow, member: userOf(accounts.users, "school") },
    },
    clock,
  );

  const curated = buildCollections(random.fork("collections"), {
    trusts: openTrusts,
    sectorBodyId: sectorBody.id,
    curatorId: userOf(accounts.users, "curator").userId,
    clock,
  });

  const verifications = buildVerifications(random.fork("verifications"), {
    versions: documents.versions,
    sectorBodyId: sectorBody.id,
    curator: userOf(accounts.users, "curator"),
    verifiedTrustId: first.id,
    unverifiedTrustId: other.id,
    clock,
  });

  return {
    seed,
    sectorBodies: [sectorBody],
    trusts: trustRows,
    schools: [...openTrusts.flatMap((t) => t.schools), ...standalone, ...maintained],
    memberships: [...merged, ...moved, ...current],
    users: accounts.users,
    roleGrants: accounts.roleGrants,
    trustDocumentDrafts: documents.drafts,
    trustDocumentVersions: documents.versions,
    partnerships: partnerships.partnerships,
    partnershipEvents: partnerships.partnershipEvents,
    collections: curated.collections,
    collectionEntries: curated.collectionEntries,
    trustVerifications: verifications,
    demo: {
      trustAdminTrust: { id: first.id, groupUid: first.groupUid, name: first.name },
      otherTrustAdminTrust: { id: other.id, groupUid: other.groupUid, name: other.name },
      school: { id: demoSchoolRow.id, urn: demoSchoolRow.urn, name: demoSchoolRow.name },
      sectorBody: { id: sectorBody.id, slug: sectorBody.slug, name: sectorBody.name },
    },
  };
}

/** A demo account's user, by the start of its email address, as one who acts on partnerships. */
function userOf(users: readonly UserRow[], mailbox: string) {
  const user = users.find((u) => u.email.startsWith(`${mailbox}@`));
  if (!user) throw new Error(`no demo user ${mailbox}`);
  return { name: user.name, userId: user.id };
}

/**
 * The trusts schools ask for partnerships: the open ones (the demo trust aside) whose newest
 * published profile says they are open to partnerships, with its lead contact; every open one
 * when none says so.
 */
function partnershipTrusts(
  trusts: readonly TrustWithSchools[],
  versions: readonly TrustDocumentVersionRow[],
  demoTrustId: string,
) {
  const newest = new Map<string, TrustDocumentVersionRow>();
  for (const v of versions)
    if (v.kind === "PROFILE" && v.number > (newest.get(v.trustId)?.number ?? 0))
      newest.set(v.trustId, v);
  const all = trusts
    .filter((t) => t.trust.id !== demoTrustId && t.trust.status !== "CLOSED")
    .map(({ trust }) => {
      const version = newest.get(trust.id);
      const profile = version?.kind === "PROFILE" ? version.content : undefined;
      return {
        id: trust.id,
        region: trust.region ?? null,
        contact: profile?.governance?.contacts[0]?.name ?? null,
        open: profile?.growth?.openToPartnerships === true,
      };
    });
  const open = all.filter((t) => t.open);
  return (open.length > 0 ? open : all).map(({ open: _, ...t }) => t);
}
