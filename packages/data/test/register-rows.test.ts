import { describe, expect, it } from "vitest";
import { establishmentColumns as c, registerDate } from "../src/register/columns.ts";
import { readEstablishment } from "../src/register/establishments.ts";
import { readGroup } from "../src/register/groups.ts";

const school = (overrides: Record<string, string> = {}) =>
  new Map(
    Object.entries({
      [c.urn]: "140001",
      [c.laCode]: "341",
      [c.name]: "Anfield Academy",
      [c.typeCode]: "34",
      [c.statusCode]: "1",
      [c.phaseCode]: "2",
      [c.religiousCharacter]: "Does not apply",
      [c.diocese]: "Not applicable",
      [c.pupils]: "420",
      [c.capacity]: "420",
      [c.postcode]: "L4 0TH",
      [c.easting]: "336300",
      [c.northing]: "394000",
      [c.ukprn]: "10012121",
      [c.inspectionOutcome]: "Requires improvement",
      [c.inspectedOn]: "01-02-2024",
      ...overrides,
    }),
  );

describe("an establishments row", () => {
  it.each([
    ["an open academy", {}, "kept"],
    ["open, proposed to close", { [c.statusCode]: "3" }, "kept"],
    ["closed", { [c.statusCode]: "2", [c.closeDate]: "31-08-2023" }, "kept"],
    ["proposed to open", { [c.statusCode]: "4" }, "skipped"],
    ["independent", { [c.typeCode]: "11" }, "skipped"],
    ["in Wales", { [c.laCode]: "660" }, "skipped"],
    ["with a bad URN", { [c.urn]: "14001" }, "invalid"],
    ["with pupils as words", { [c.pupils]: "many" }, "invalid"],
    ["with an unknown faith", { [c.religiousCharacter]: "Pastafarian" }, "invalid"],
    ["with a point at sea off Cornwall", { [c.easting]: "100", [c.northing]: "100" }, "invalid"],
    ["without a location", { [c.easting]: "", [c.northing]: "" }, "kept"],
  ])("%s is %s", (_, overrides, kind) => {
    expect(readEstablishment(school(overrides)).kind).toBe(kind);
  });

  it("comes out as the school Trust Atlas stores", () => {
    const outcome = readEstablishment(school());
    expect(outcome).toMatchObject({
      kind: "kept",
      record: {
        state: "open",
        school: {
          urn: 140001,
          laName: "Liverpool",
          region: "NORTH_WEST",
          establishmentType: "ACADEMY_CONVERTER",
          religiousCharacter: "DOES_NOT_APPLY",
          diocese: null,
          inspectionOutcome: "REQUIRES_IMPROVEMENT",
          inspectedOn: "2024-02-01",
        },
      },
    });
  });
});

describe("a groups row", () => {
  const group = (overrides: Record<string, string> = {}) =>
    new Map(
      Object.entries({
        "Group UID": "17001",
        "Group ID": "TR01234",
        "Group Name": "Mersey Learning Trust",
        "Group Type": "Multi-academy trust",
        "Group Status": "Open",
        "Incorporated on (open date)": "01-09-2015",
        ...overrides,
      }),
    );
  it.each([
    ["an open MAT", {}, "kept"],
    ["a single-academy trust", { "Group Type": "Single-academy trust" }, "kept"],
    ["a closed trust", { "Group Status": "Closed", "Closed Date": "31-08-2022" }, "kept"],
    ["a federation", { "Group Type": "Federation" }, "skipped"],
    ["an unknown type", { "Group Type": "Club" }, "invalid"],
    ["a bad Group ID", { "Group ID": "TR1" }, "invalid"],
  ])("%s is %s", (_, overrides, kind) => {
    expect(readGroup(group(overrides)).kind).toBe(kind);
  });
});

describe("the register's dates", () => {
  it.each([
    ["01-09-2015", "2015-09-01"],
    ["29-02-2024", "2024-02-29"],
    ["", null],
    ["29-02-2023", undefined],
    ["2015-09-01", undefined],
  ])("%s reads as %s", (text, iso) => {
    expect(registerDate(text)).toBe(iso);
  });
});
