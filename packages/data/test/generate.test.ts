import {
  isAcademyType,
  localAuthorityByCode,
  localAuthorityList,
  type ReligiousCharacter,
  regions,
} from "@atlas/domain";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type DemoData,
  demoAccounts,
  demoSchool,
  demoTrust,
  generateDemoData,
  otherDemoTrust,
  toNationalGrid,
} from "../src/index.ts";

let data: DemoData;
beforeAll(() => {
  data = generateDemoData();
});

const share = (part: number, whole: number) => part / whole;
const currentOf = (d: DemoData) => d.memberships.filter((m) => !m.leftOn);
const schoolCounts = (d: DemoData) => {
  const counts = new Map<string, number>();
  for (const m of currentOf(d)) counts.set(m.trustId, (counts.get(m.trustId) ?? 0) + 1);
  return counts;
};

describe("generateDemoData", () => {
  it("is deterministic: the same seed gives the same rows, ids included", () => {
    expect(generateDemoData({ seed: 2026 })).toEqual(data);
    const other = generateDemoData({ seed: 7 });
    expect(other.trusts[2]?.name).not.toEqual(data.trusts[2]?.name);
    expect(other.schools[0]?.id).not.toEqual(data.schools[0]?.id);
    expect(other.trustDocumentVersions[0]?.id).not.toEqual(data.trustDocumentVersions[0]?.id);
    expect(other.seed).toBe(7);
    // The documents are made of plain JSON and fixed moments: generating again gives equal rows.
    const again = generateDemoData({ seed: 2026 });
    expect(again.trustDocumentDrafts).toEqual(data.trustDocumentDrafts);
    expect(again.trustDocumentVersions).toEqual(data.trustDocumentVersions);
    expect(JSON.stringify(again.trustDocumentVersions)).toBe(
      JSON.stringify(data.trustDocumentVersions),
    );
  });

  it("makes well-formed, unique identifiers", () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const ids = [
      ...data.sectorBodies,
      ...data.trusts,
      ...data.schools,
      ...data.memberships,
      ...data.users,
      ...data.roleGrants,
      ...data.trustDocumentVersions,
    ].map((row) => row.id);
    for (const id of ids) expect(id).toMatch(uuid);
    expect(new Set(ids).size).toBe(ids.length);

    const urns = data.schools.map((s) => s.urn);
    expect(new Set(urns).size).toBe(urns.length);
    for (const urn of urns) expect(urn >= 100_000 && urn <= 999_999).toBe(true);

    const ukprns = [...data.schools, ...data.trusts].map((row) => row.ukprn);
    for (const ukprn of ukprns) expect(ukprn).toMatch(/^1\d{7}$/);
    expect(new Set(ukprns).size).toBe(ukprns.length);

    expect(new Set(data.trusts.map((t) => t.groupUid)).size).toBe(data.trusts.length);
    expect(new Set(data.trusts.map((t) => t.groupId)).size).toBe(data.trusts.length);
    expect(new Set(data.trusts.map((t) => t.companiesHouseNumber)).size).toBe(data.trusts.length);
    expect(new Set(data.trusts.map((t) => t.name)).size).toBe(data.trusts.length);
    for (const t of data.trusts) {
      expect(t.groupId).toMatch(/^TR0\d{4}$/);
      expect(t.companiesHouseNumber).toMatch(/^\d{8}$/);
      expect(t.groupUid).toBeGreaterThanOrEqual(2000);
      expect(t.groupUid).toBeLessThanOrEqual(20000);
    }
  });

  it("has trusts of every size, like the register", () => {
    const counts = schoolCounts(data);
    expect(data.trusts.length).toBeGreaterThanOrEqual(330);
    const sats = data.trusts.filter((t) => t.type === "SINGLE_ACADEMY_TRUST");
    expect(share(sats.length, data.trusts.length)).toBeGreaterThan(0.2);
    expect(share(sats.length, data.trusts.length)).toBeLessThan(0.3);
    for (const t of sats) expect(counts.get(t.id)).toBe(1);

    const mats = data.trusts.filter(
      (t) => t.type === "MULTI_ACADEMY_TRUST" && t.status !== "CLOSED",
    );
    const sizes = mats.map((t) => counts.get(t.id) ?? 0);
    for (const n of sizes) expect(n).toBeGreaterThanOrEqual(2);
    expect(share(sizes.filter((n) => n <= 9).length, sizes.length)).toBeGreaterThan(0.7);
    expect(sizes.filter((n) => n >= 10 && n <= 30).length).toBeGreaterThanOrEqual(20);
    expect(sizes.filter((n) => n > 30).length).toBeGreaterThanOrEqual(4);

    // The largest trusts reach beyond one region.
    const inTrust = new Map(currentOf(data).map((m) => [m.schoolId, m.trustId]));
    for (const t of mats.filter((m) => (counts.get(m.id) ?? 0) > 30)) {
      const regionsOfTrust = new Set(
        data.schools.filter((s) => inTrust.get(s.id) === t.id).map((s) => s.region),
      );
      expect(regionsOfTrust.size).toBeGreaterThanOrEqual(2);
    }

    for (const t of data.trusts) {
      expect(t.openedOn && t.openedOn >= "2011-01-01" && t.openedOn <= "2024-12-31").toBe(true);
      expect(t.headOfficePostcode).toMatch(/^[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}$/);
    }
    expect(
      share(data.trusts.filter((t) => t.status === "OPEN").length, data.trusts.length),
    ).toBeGreaterThan(0.95);
  });

  it("puts the demo trusts first: a mixed MAT of 6 to 12 schools in one region", () => {
    const counts = schoolCounts(data);
    const [first, second] = data.trusts;
    expect(first?.name).toBe(demoTrust.name);
    expect(first?.type).toBe("MULTI_ACADEMY_TRUST");
    expect(counts.get(first?.id ?? "")).toBe(demoTrust.size);
    expect(second?.name).toBe(otherDemoTrust.name);
    const inFirst = new Set(
      currentOf(data)
        .filter((m) => m.trustId === first?.id)
        .map((m) => m.schoolId),
    );
    const schools = data.schools.filter((s) => inFirst.has(s.id));
    expect(new Set(schools.map((s) => s.region))).toEqual(new Set([first?.region]));
    expect(schools.filter((s) => s.phase === "SECONDARY")).toHaveLength(2);
    expect(data.demo.trustAdminTrust.id).toBe(first?.id);
    expect(data.demo.otherTrustAdminTrust.id).toBe(second?.id);
  });

  it("spreads at least 3,000 schools over every region and local authority", () => {
    expect(data.schools.length).toBeGreaterThanOrEqual(3200);
    const byRegion = new Map<string, number>();
    for (const s of data.schools) byRegion.set(s.region, (byRegion.get(s.region) ?? 0) + 1);
    for (const region of regions.keys) expect(byRegion.get(region) ?? 0).toBeGreaterThan(100);
    const biggest = [...byRegion]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([r]) => r);
    expect(biggest).toEqual(expect.arrayContaining(["LONDON", "SOUTH_EAST", "NORTH_WEST"]));
    const laCodes = new Set(data.schools.map((s) => String(s.laCode)));
    for (const la of localAuthorityList) expect(laCodes.has(la.code)).toBe(true);
  });

  it("keeps each school in its local authority's region, inside England", () => {
    for (const s of data.schools) {
      const la = localAuthorityByCode(s.laCode);
      expect(la?.region).toBe(s.region);
      expect(la?.name).toBe(s.laName);
      const { latitude, longitude, easting, northing } = s;
      if (latitude == null || longitude == null || easting == null || northing == null) {
        throw new Error(`${s.name} has no location`);
      }
      expect(latitude).toBeGreaterThanOrEqual(49.9);
      expect(latitude).toBeLessThanOrEqual(55.8);
      expect(longitude).toBeGreaterThanOrEqual(-6.4);
      expect(longitude).toBeLessThanOrEqual(1.8);
      expect(easting).toBeGreaterThan(0);
      expect(easting).toBeLessThan(700_000);
      expect(northing).toBeGreaterThan(0);
      expect(northing).toBeLessThan(1_300_000);
      expect(toNationalGrid(latitude, longitude)).toEqual({ easting, northing });
      expect(s.postcode).toMatch(/^[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}$/);
    }
  });

  it("has a realistic mix of phases and types", () => {
    const n = data.schools.length;
    const phase = (p: string) => data.schools.filter((s) => s.phase === p).length;
    expect(share(phase("PRIMARY"), n)).toBeGreaterThan(0.68);
    expect(share(phase("PRIMARY"), n)).toBeLessThan(0.82);
    expect(share(phase("SECONDARY"), n)).toBeGreaterThan(0.1);
    expect(share(phase("SECONDARY"), n)).toBeLessThan(0.2);
    for (const p of [
      "NURSERY",
      "SIXTEEN_PLUS",
      "ALL_THROUGH",
      "MIDDLE_DEEMED_PRIMARY",
      "NOT_APPLICABLE",
    ]) {
      expect(phase(p)).toBeGreaterThan(0);
    }
    const special = [
      "COMMUNITY_SPECIAL",
      "ACADEMY_SPECIAL_CONVERTER",
      "FREE_SCHOOL_SPECIAL",
    ] as const;
    for (const type of special) {
      const ofType = data.schools.filter((s) => s.establishmentType === type);
      expect(ofType.length).toBeGreaterThan(0);
      for (const s of ofType) expect(s.phase).toBe("NOT_APPLICABLE");
    }
    for (const s of data.schools) {
      const { pupils, capacity } = s;
      if (pupils == null || capacity == null) throw new Error(`${s.name} has no roll`);
      if (s.phase === "PRIMARY") {
        expect(capacity).toBeGreaterThanOrEqual(60);
        expect(capacity).toBeLessThanOrEqual(840);
      }
      if (
        s.phase === "SECONDARY" &&
        s.establishmentType !== "UNIVERSITY_TECHNICAL_COLLEGE" &&
        s.establishmentType !== "STUDIO_SCHOOL"
      ) {
        expect(capacity).toBeGreaterThanOrEqual(600);
        expect(capacity).toBeLessThanOrEqual(2000);
      }
    }
    const within = data.schools.filter((s) => (s.pupils ?? 0) <= (s.capacity ?? 0)).length;
    expect(share(within, n)).toBeGreaterThan(0.8);
  });

  it("has religious characters in about the register's shares, with dioceses", () => {
    const n = data.schools.length;
    const rc = (...keys: ReligiousCharacter[]) =>
      data.schools.filter((s) => keys.includes(s.religiousCharacter ?? "DOES_NOT_APPLY"));
    expect(share(rc("CHURCH_OF_ENGLAND").length, n)).toBeGreaterThan(0.2);
    expect(share(rc("CHURCH_OF_ENGLAND").length, n)).toBeLessThan(0.3);
    expect(share(rc("ROMAN_CATHOLIC", "CATHOLIC").length, n)).toBeGreaterThan(0.06);
    expect(share(rc("ROMAN_CATHOLIC", "CATHOLIC").length, n)).toBeLessThan(0.12);
    for (const faith of ["METHODIST", "JEWISH", "MUSLIM", "SIKH", "HINDU"] as const) {
      expect(rc(faith).length).toBeGreaterThan(0);
    }
    for (const s of rc("CHURCH_OF_ENGLAND")) expect(s.diocese).toMatch(/^Diocese of [A-Z][a-z]/);
    for (const s of rc("ROMAN_CATHOLIC", "CATHOLIC")) expect(s.diocese).toMatch(/diocese of /i);
    for (const s of rc("DOES_NOT_APPLY", "NONE", "JEWISH", "MUSLIM", "SIKH", "HINDU")) {
      expect(s.diocese).toBeNull();
    }
    // Leeds has an Anglican and a Catholic diocese of the same name; the register tells them apart.
    const leeds = data.schools.filter((s) => s.laCode === 383);
    expect(leeds.some((s) => s.diocese === "Diocese of Leeds")).toBe(true);
    for (const s of leeds.filter((x) => x.religiousCharacter === "ROMAN_CATHOLIC")) {
      expect(s.diocese).toBe("Diocese of Leeds (rc)");
    }
  });

  it("keeps Catholic trusts to Catholic schools of one diocese, and diocesan trusts mostly CofE", () => {
    const bySchool = new Map(data.schools.map((s) => [s.id, s]));
    const schoolsOf = (trustId: string) =>
      currentOf(data)
        .filter((m) => m.trustId === trustId)
        .flatMap((m) => bySchool.get(m.schoolId) ?? []);
    const catholic = data.trusts.filter(
      (t) => t.type === "MULTI_ACADEMY_TRUST" && /Catholic/.test(t.name),
    );
    expect(catholic.length).toBeGreaterThanOrEqual(10);
    for (const t of catholic) {
      const schools = schoolsOf(t.id);
      for (const s of schools)
        expect(["ROMAN_CATHOLIC", "CATHOLIC"]).toContain(s.religiousCharacter);
      expect(new Set(schools.map((s) => s.diocese)).size).toBe(1);
    }
    const diocesan = data.trusts.filter(
      (t) => /Diocese of|Diocesan/.test(t.name) && !/Catholic/.test(t.name),
    );
    expect(diocesan.length).toBeGreaterThan(0);
    for (const t of diocesan) {
      const schools = schoolsOf(t.id);
      const cofe = schools.filter((s) => s.religiousCharacter?.startsWith("CHURCH_OF_ENGLAND"));
      expect(share(cofe.length, schools.length)).toBeGreaterThanOrEqual(0.5);
    }
  });

  it("runs only academies in trusts, and leaves maintained schools and some academies out", () => {
    const bySchool = new Map(data.schools.map((s) => [s.id, s]));
    const everInTrust = new Set(data.memberships.map((m) => m.schoolId));
    const nowInTrust = new Set(currentOf(data).map((m) => m.schoolId));
    for (const m of data.memberships) {
      const school = bySchool.get(m.schoolId);
      expect(school && isAcademyType(school.establishmentType)).toBe(true);
    }
    const maintained = data.schools.filter((s) => !isAcademyType(s.establishmentType));
    for (const s of maintained) expect(everInTrust.has(s.id)).toBe(false);
    expect(share(maintained.length, data.schools.length)).toBeGreaterThanOrEqual(0.35);
    expect(share(maintained.length, data.schools.length)).toBeLessThanOrEqual(0.45);
    const standalone = data.schools.filter(
      (s) => isAcademyType(s.establishmentType) && !nowInTrust.has(s.id),
    );
    expect(standalone.length).toBeGreaterThanOrEqual(100);
    expect(standalone.length).toBeLessThan(600);

    const school = bySchool.get(data.demo.school.id);
    expect(school?.name).toBe(demoSchool.name);
    expect(school?.establishmentType).toBe("COMMUNITY");
    expect(String(school?.laCode)).toBe(demoSchool.laCode);
    expect(everInTrust.has(data.demo.school.id)).toBe(false);
  });

  it("keeps memberships consistent: one current per school, dates in order", () => {
    const trusts = new Map(data.trusts.map((t) => [t.id, t]));
    const current = currentOf(data);
    const currentBySchool = new Map<string, (typeof current)[number]>();
    for (const m of current) {
      expect(currentBySchool.has(m.schoolId)).toBe(false);
      currentBySchool.set(m.schoolId, m);
    }
    for (const m of data.memberships) {
      const trust = trusts.get(m.trustId);
      expect(trust).toBeDefined();
      expect(m.joinedOn >= (trust?.openedOn ?? "")).toBe(true);
      expect(m.joinedOn <= "2025-12-31").toBe(true);
      if (m.leftOn) {
        expect(m.leftOn >= m.joinedOn).toBe(true);
        const now = currentBySchool.get(m.schoolId);
        expect(now).toBeDefined();
        expect(m.leftOn < (now?.joinedOn ?? "")).toBe(true);
        expect(m.trustId).not.toBe(now?.trustId);
      }
    }
    for (const t of data.trusts.filter((x) => x.status === "CLOSED")) {
      expect(current.some((m) => m.trustId === t.id)).toBe(false);
      expect(data.memberships.some((m) => m.trustId === t.id)).toBe(true);
    }
    const past = data.memberships.filter((m) => m.leftOn);
    expect(share(past.length, current.length)).toBeGreaterThan(0.03);
    expect(share(past.length, current.length)).toBeLessThan(0.08);
    // The first trust's history shows a school that came from another trust.
    const first = data.trusts[0];
    const firstSchools = new Set(
      current.filter((m) => m.trustId === first?.id).map((m) => m.schoolId),
    );
    expect(past.some((m) => firstSchools.has(m.schoolId))).toBe(true);
  });

  it("gives each open trust the region most of its schools are in", () => {
    const bySchool = new Map(data.schools.map((s) => [s.id, s]));
    for (const t of data.trusts.filter((x) => x.status !== "CLOSED")) {
      const tally = new Map<string, number>();
      for (const m of currentOf(data).filter((x) => x.trustId === t.id)) {
        const region = bySchool.get(m.schoolId)?.region ?? "";
        tally.set(region, (tally.get(region) ?? 0) + 1);
      }
      const top = Math.max(...tally.values());
      expect(tally.get(t.region ?? "")).toBe(top);
    }
  });

  it("has the sector body and the demo accounts with their roles", () => {
    expect(data.sectorBodies).toEqual([
      expect.objectContaining({
        slug: "national-trust-association",
        name: "National Association of School Trusts (demo)",
      }),
    ]);
    expect(data.users.map((u) => u.email)).toEqual(demoAccounts.map((a) => a.email));
    for (const u of data.users) {
      expect(u.email).toBe(u.email.toLowerCase());
      expect(u.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    }
    const grantOf = (email: string) => {
      const user = data.users.find((u) => u.email === email);
      return data.roleGrants.find((g) => g.userId === user?.id);
    };
    expect(grantOf("trust-admin@demo.trustatlas.test")).toMatchObject({
      role: "TRUST_ADMIN",
      trustId: data.trusts[0]?.id,
    });
    expect(grantOf("other-trust-admin@demo.trustatlas.test")).toMatchObject({
      role: "TRUST_ADMIN",
      trustId: data.trusts[1]?.id,
    });
    expect(grantOf("school@demo.trustatlas.test")).toMatchObject({
      role: "SCHOOL_MEMBER",
      schoolId: data.demo.school.id,
    });
    expect(grantOf("curator@demo.trustatlas.test")).toMatchObject({
      role: "CURATOR",
      sectorBodyId: data.sectorBodies[0]?.id,
    });
  });

  it.each([1, 42, 99_999])("keeps its shape with seed %i", (seed) => {
    const other = generateDemoData({ seed });
    const counts = schoolCounts(other);
    expect(other.trusts.length).toBeGreaterThanOrEqual(330);
    expect(other.schools.length).toBeGreaterThanOrEqual(3200);
    expect(other.trusts.filter((t) => (counts.get(t.id) ?? 0) > 30).length).toBeGreaterThanOrEqual(
      4,
    );
    expect(counts.get(other.trusts[0]?.id ?? "")).toBe(demoTrust.size);
    expect(new Set(currentOf(other).map((m) => m.schoolId)).size).toBe(currentOf(other).length);
  });
});
