import { centralServices, regions } from "@atlas/domain";
import { describe, expect, it } from "vitest";
import {
  capacityText,
  contributionText,
  gagPoolingText,
  httpsHref,
  labelsOf,
  listText,
  mailtoHref,
  mapSchoolsOf,
  paragraphsOf,
  percentText,
  phaseMixOf,
  provisionOf,
  pupilsPerSchoolOf,
  reservesText,
  schoolConditionAllocationLine,
  specialistProvisionLine,
  typesByCount,
  versionLine,
} from "./format.ts";
import type { CentralContribution, TrustSchool } from "./types.ts";

const flat = (percent: number | null): CentralContribution => ({
  kind: "FLAT",
  percent,
  minPercent: null,
  maxPercent: null,
  variesBy: null,
});
const range = (
  minPercent: number | null,
  maxPercent: number | null,
  variesBy: string | null,
): CentralContribution => ({ kind: "RANGE", percent: null, minPercent, maxPercent, variesBy });

describe("contributionText", () => {
  it.each([
    [flat(5), "5%"],
    [flat(4.5), "4.5%"],
    [flat(0), "0%"],
    [flat(null), "Not stated"],
    [range(3, 5, "school size"), "3–5%, varies by school size"],
    [range(3, 5, "  pupil numbers "), "3–5%, varies by pupil numbers"],
    [range(2.5, 4.75, null), "2.5–4.75%"],
    [range(3, 5, "   "), "3–5%"],
    [range(4, 4, "phase"), "4%, varies by phase"],
    [range(null, 6, null), "6%"],
    [range(null, null, "size"), "Not stated"],
  ])("%o reads %s", (contribution, expected) => {
    expect(contributionText(contribution)).toBe(expected);
  });
});

describe("schoolConditionAllocationLine", () => {
  it.each([
    [
      true,
      "Large enough for a School Condition Allocation (5 or more academies and more than 3,000 pupils): the trust gets capital funding for its buildings each year, without bidding.",
    ],
    [
      false,
      "Not large enough for a School Condition Allocation (5 or more academies and more than 3,000 pupils): its schools bid to the Condition Improvement Fund for capital funding.",
    ],
  ])("eligible %s: one line", (eligible, expected) => {
    expect(schoolConditionAllocationLine(eligible)).toBe(expected);
  });
});

describe("versionLine", () => {
  it.each([
    [
      "Profile",
      { number: 3, publishedAt: "2026-03-04T10:30:00.000Z", changeSummary: "New growth plans." },
      "Profile version 3, published 4 March 2026: New growth plans.",
    ],
    [
      "Scheme of delegation",
      { number: 1, publishedAt: "2025-12-31T23:59:00Z", changeSummary: "  First scheme " },
      "Scheme of delegation version 1, published 31 December 2025: First scheme",
    ],
    [
      "Profile",
      { number: 2, publishedAt: "2026-01-01T00:00:00Z", changeSummary: " " },
      "Profile version 2, published 1 January 2026",
    ],
  ])("%s %o", (what, version, expected) => {
    expect(versionLine(what, version)).toBe(expected);
  });
});

describe("the other finance and growth wording", () => {
  it.each([
    [percentText(5), "5%"],
    [percentText(12.345), "12.35%"],
    [gagPoolingText(true), "Pooled: the trust holds its schools' General Annual Grant together"],
    [gagPoolingText(false), "Not pooled: each school keeps its own General Annual Grant"],
    [
      reservesText({ pooled: true, targetPercent: 5, policy: "" }),
      "Pooled centrally, with a target of 5%",
    ],
    [reservesText({ pooled: false, targetPercent: null, policy: "" }), "Each school keeps its own"],
    [capacityText(0), "No more schools for now"],
    [capacityText(1), "Up to 1 more school"],
    [capacityText(12), "Up to 12 more schools"],
    [listText(["North West"]), "North West"],
    [listText(["A", "B", "C"]), "A, B and C"],
  ])("%s", (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe("labelsOf", () => {
  it("gives labels in the vocabulary's order, each once", () => {
    // The regions vocabulary runs north to south.
    expect(labelsOf(["LONDON", "NORTH_WEST", "LONDON"], regions)).toEqual(["North West", "London"]);
    expect(labelsOf(["SEND", "HR", "IT"], centralServices)).toEqual([
      "Human resources",
      "IT and technology",
      "Special educational needs support",
    ]);
  });
});

describe("paragraphsOf", () => {
  it.each([
    [null, []],
    ["   ", []],
    ["One.", ["One."]],
    ["One.\n\nTwo.\r\n \r\nThree.", ["One.", "Two.", "Three."]],
    ["Line one\nline two", ["Line one\nline two"]],
  ])("%o", (text, expected) => {
    expect(paragraphsOf(text)).toEqual(expected);
  });
});

describe("links the trust gave", () => {
  it.each([
    ["head@oak.example.org", "mailto:head@oak.example.org"],
    ["  head@oak.example.org ", "mailto:head@oak.example.org"],
    ["not an address", null],
    ["a@b", null],
    ["x@y.org?cc=z@w.org", null],
    ["x@y.org?subject=hello", null],
    ["first.last+trust@oak-trust.example.org", "mailto:first.last+trust@oak-trust.example.org"],
    ["javascript:alert(1)//@x.org", null],
  ])("mailtoHref(%s)", (email, expected) => {
    expect(mailtoHref(email)).toBe(expected);
  });

  it.each([
    ["https://oak.example.org/accounts", "https://oak.example.org/accounts"],
    ["http://oak.example.org/accounts", null],
    ["javascript:alert(1)", null],
    ["not a url", null],
    [null, null],
  ])("httpsHref(%s)", (url, expected) => {
    expect(httpsHref(url)).toBe(expected);
  });
});

describe("specialist provision", () => {
  it.each([
    ["COMMUNITY_SPECIAL", "special"],
    ["ACADEMY_SPECIAL_CONVERTER", "special"],
    ["FREE_SCHOOL_SPECIAL", "special"],
    ["FREE_SCHOOL_AP", "alternative"],
    ["ACADEMY_AP_SPONSOR_LED", "alternative"],
    ["PUPIL_REFERRAL_UNIT", "alternative"],
    ["ACADEMY_CONVERTER", null],
    ["FREE_SCHOOL_16_19", null],
  ] as const)("%s is %s", (type, expected) => {
    expect(provisionOf(type)).toBe(expected);
  });

  it.each([
    [[], "None of the trust's schools is a special school or alternative provision."],
    [
      [{ establishmentType: "ACADEMY_CONVERTER", count: 9 }],
      "None of the trust's schools is a special school or alternative provision.",
    ],
    [
      [
        { establishmentType: "ACADEMY_SPECIAL_CONVERTER", count: 1 },
        { establishmentType: "FREE_SCHOOL_SPECIAL", count: 1 },
      ],
      "The trust runs 2 special schools, and no alternative provision.",
    ],
    [
      [{ establishmentType: "ACADEMY_AP_CONVERTER", count: 1 }],
      "The trust runs 1 alternative provision school, and no special school.",
    ],
    [
      [
        { establishmentType: "ACADEMY_SPECIAL_SPONSOR_LED", count: 1 },
        { establishmentType: "FREE_SCHOOL_AP", count: 3 },
        { establishmentType: "ACADEMY_CONVERTER", count: 10 },
      ],
      "The trust runs 1 special school and 3 alternative provision schools.",
    ],
  ] as const)("%o", (counts, expected) => {
    expect(specialistProvisionLine(counts)).toBe(expected);
  });

  it("lists types with most schools first, ties in the register's order", () => {
    expect(
      typesByCount([
        { establishmentType: "FREE_SCHOOL", count: 2 },
        { establishmentType: "ACADEMY_SPECIAL_CONVERTER", count: 2 },
        { establishmentType: "ACADEMY_CONVERTER", count: 7 },
      ]).map((t) => t.establishmentType),
    ).toEqual(["ACADEMY_CONVERTER", "FREE_SCHOOL", "ACADEMY_SPECIAL_CONVERTER"]);
  });
});

describe("the pictures' data", () => {
  const school = (overrides: Partial<TrustSchool>): TrustSchool => ({
    id: "U2Nob29sOjE=",
    urn: 100001,
    name: "Acorn Primary",
    status: "OPEN",
    phase: "PRIMARY",
    establishmentType: "ACADEMY_CONVERTER",
    pupils: 210,
    region: "NORTH_WEST",
    localAuthority: { name: "Manchester" },
    location: { latitude: 53.48, longitude: -2.24 },
    ...overrides,
  });

  it("puts each school on the map with its phase (or type) and local authority, or off it without a location", () => {
    expect(
      mapSchoolsOf([
        school({}),
        school({
          id: "b",
          urn: 100002,
          name: "Beech",
          phase: "NOT_APPLICABLE",
          establishmentType: "ACADEMY_SPECIAL_CONVERTER",
          location: null,
        }),
      ]),
    ).toEqual([
      {
        id: "U2Nob29sOjE=",
        name: "Acorn Primary",
        latitude: 53.48,
        longitude: -2.24,
        detail: "Primary, Manchester",
        href: "/schools/100001",
      },
      {
        id: "b",
        name: "Beech",
        latitude: null,
        longitude: null,
        detail: "Academy special converter, Manchester",
        href: "/schools/100002",
      },
    ]);
  });

  it("charts each school's pupils, null where none is recorded", () => {
    expect(pupilsPerSchoolOf([school({}), school({ id: "c", urn: 100003, pupils: null })])).toEqual(
      [
        { id: "U2Nob29sOjE=", name: "Acorn Primary", pupils: 210, href: "/schools/100001" },
        { id: "c", name: "Acorn Primary", pupils: null, href: "/schools/100003" },
      ],
    );
  });

  it("labels the phase mix, youngest pupils first and Not applicable last", () => {
    expect(
      phaseMixOf([
        { phase: "NOT_APPLICABLE", count: 1 },
        { phase: "SECONDARY", count: 2 },
        { phase: "PRIMARY", count: 5 },
      ]),
    ).toEqual([
      { key: "PRIMARY", label: "Primary", count: 5 },
      { key: "SECONDARY", label: "Secondary", count: 2 },
      { key: "NOT_APPLICABLE", label: "Not applicable", count: 1 },
    ]);
  });
});
