import { createHash } from "node:crypto";
import { isAcademyType, localAuthorityList, regions } from "@atlas/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { areaOf } from "../src/generate/places.ts";
import { type DemoData, demoTrust, generateDemoData, otherDemoTrust } from "../src/index.ts";

let data: DemoData;
beforeAll(() => {
  data = generateDemoData({ scale: "england" });
});

const kmBetween = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
  const deg = Math.PI / 180;
  const x = (b.lon - a.lon) * deg * Math.cos(((a.lat + b.lat) / 2) * deg);
  const y = (b.lat - a.lat) * deg;
  return Math.sqrt(x * x + y * y) * 6371;
};

describe("the England-scale data set", () => {
  it("has the register's trusts: about 1,320 MATs of mostly 2–9 schools, averaging about 8, and 1,000 SATs", () => {
    const current = new Map<string, number>();
    for (const m of data.memberships) {
      if (!m.leftOn) current.set(m.trustId, (current.get(m.trustId) ?? 0) + 1);
    }
    const mats = data.trusts
      .filter((t) => t.type === "MULTI_ACADEMY_TRUST" && (current.get(t.id) ?? 0) > 0)
      .map((t) => current.get(t.id) ?? 0);
    const sats = data.trusts.filter((t) => t.type === "SINGLE_ACADEMY_TRUST");
    expect(mats.length).toBeGreaterThan(1_250);
    expect(mats.length).toBeLessThan(1_400);
    expect(sats.length).toBeGreaterThan(950);
    expect(sats.length).toBeLessThan(1_050);
    const average = mats.reduce((a, b) => a + b, 0) / mats.length;
    expect(average).toBeGreaterThan(7);
    expect(average).toBeLessThan(9);
    expect(mats.filter((n) => n <= 9).length / mats.length).toBeGreaterThan(0.7);
    expect(Math.max(...mats)).toBeGreaterThan(85);
    expect(Math.max(...mats)).toBeLessThanOrEqual(100);
  });

  it("has about 22,000 schools, 11,300 academies and 10,700 maintained, in all 153 local authorities", () => {
    expect(data.schools.length).toBeGreaterThan(21_000);
    expect(data.schools.length).toBeLessThan(23_000);
    const academies = data.schools.filter((s) => isAcademyType(s.establishmentType)).length;
    expect(academies).toBeGreaterThan(10_800);
    expect(academies).toBeLessThan(11_800);
    expect(new Set(data.schools.map((s) => s.laCode)).size).toBe(localAuthorityList.length);
    expect(new Set(data.schools.map((s) => s.region))).toEqual(new Set(regions.keys));
  });

  it("has about 4,600 Church of England and 2,000 Catholic schools, Catholic academies in Catholic trusts", () => {
    const cofe = data.schools.filter((s) => s.religiousCharacter === "CHURCH_OF_ENGLAND");
    const catholic = data.schools.filter(
      (s) => s.religiousCharacter === "ROMAN_CATHOLIC" || s.religiousCharacter === "CATHOLIC",
    );
    expect(cofe.length).toBeGreaterThan(4_100);
    expect(cofe.length).toBeLessThan(5_100);
    expect(catholic.length).toBeGreaterThan(1_700);
    expect(catholic.length).toBeLessThan(2_400);
    const trustOf = new Map(
      data.memberships.filter((m) => !m.leftOn).map((m) => [m.schoolId, m.trustId]),
    );
    const catholicTrusts = new Set(
      data.trusts.filter((t) => /catholic|\bRC\b/i.test(t.name)).map((t) => t.id),
    );
    const catholicAcademies = catholic.filter((s) => isAcademyType(s.establishmentType));
    const inCatholicTrusts = catholicAcademies.filter((s) =>
      catholicTrusts.has(trustOf.get(s.id) ?? ""),
    );
    expect(inCatholicTrusts.length / catholicAcademies.length).toBeGreaterThan(0.9);
  });

  it("places each school within its local authority's extent", () => {
    // Each local authority is modelled as a disc around its centre (places.ts): the point must
    // lie inside it (a little slack for rounding to six decimals).
    for (const s of data.schools) {
      const area = areaOf(String(s.laCode));
      if (s.latitude == null || s.longitude == null) throw new Error(`${s.name} has no location`);
      expect(kmBetween(area, { lat: s.latitude, lon: s.longitude })).toBeLessThanOrEqual(
        area.km + 0.05,
      );
    }
  });

  it("has profiles and schemes published by about 60% of trusts, some with drafts ahead", () => {
    const open = data.trusts.filter((t) => t.status !== "CLOSED").length;
    const withVersions = (kind: string) =>
      new Set(data.trustDocumentVersions.filter((v) => v.kind === kind).map((v) => v.trustId))
        .size / open;
    expect(withVersions("PROFILE")).toBeGreaterThan(0.55);
    expect(withVersions("PROFILE")).toBeLessThan(0.7);
    expect(withVersions("SCHEME_OF_DELEGATION")).toBeGreaterThan(0.5);
    expect(withVersions("SCHEME_OF_DELEGATION")).toBeLessThan(0.7);
    const published = new Set(data.trustDocumentVersions.map((v) => `${v.trustId}:${v.kind}`));
    const ahead = data.trustDocumentDrafts.filter((d) => published.has(`${d.trustId}:${d.kind}`));
    expect(ahead.length).toBeGreaterThan(100);
  });

  it("keeps the demo trusts and accounts of the demo set", () => {
    expect(data.trusts.slice(0, 2).map((t) => t.name)).toEqual([
      demoTrust.name,
      otherDemoTrust.name,
    ]);
    expect(data.users.map((u) => u.email).sort()).toEqual(
      generateDemoData()
        .users.map((u) => u.email)
        .sort(),
    );
  });

  // Two more England-scale sets: about 3 s alone, but CI runs every package's tests at once
  // on two cores, and it took over 30 s there.
  it("is deterministic by seed", { timeout: 120_000 }, () => {
    const digest = (d: DemoData) =>
      createHash("sha256")
        .update(JSON.stringify([d.trusts, d.schools.slice(0, 2_000), d.memberships]))
        .digest("hex");
    expect(digest(generateDemoData({ scale: "england" }))).toBe(digest(data));
    expect(digest(generateDemoData({ scale: "england", seed: 7 }))).not.toBe(digest(data));
  });
});
