import { describe, expect, it } from "vitest";
import {
  localAuthorities,
  localAuthoritiesIn,
  localAuthorityByCode,
  localAuthorityList,
  localAuthorityRegion,
  regionOfLocalAuthority,
  regions,
} from "../src/index.ts";

describe("local authorities", () => {
  it("lists the 153 local authorities of England", () => {
    expect(localAuthorityList).toHaveLength(153);
    expect(localAuthorities.keys).toHaveLength(153);
  });

  it("has unique codes and names, all register codes between 201 and 943", () => {
    const codes = localAuthorityList.map((la) => la.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(localAuthorityList.map((la) => la.name)).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(/^\d{3}$/);
      expect(Number(code)).toBeGreaterThanOrEqual(201);
      expect(Number(code)).toBeLessThanOrEqual(943);
    }
  });

  it("puts every local authority in a known region, and every region has some", () => {
    for (const la of localAuthorityList) expect(regions.has(la.region)).toBe(true);
    for (const region of regions.keys) expect(localAuthoritiesIn(region).length).toBeGreaterThan(0);
    expect(localAuthoritiesIn("LONDON")).toHaveLength(33);
  });

  it("looks authorities up by code", () => {
    expect(localAuthorities.byCode("202")?.label).toBe("Camden");
    expect(localAuthorities.label("330")).toBe("Birmingham");
    expect(localAuthorityByCode(352)?.name).toBe("Manchester");
    expect(localAuthorityByCode("383")?.region).toBe("YORKSHIRE_AND_THE_HUMBER");
    expect(localAuthorityByCode("800")?.name).toBe("Bath and North East Somerset");
    expect(localAuthorityByCode("940")?.name).toBe("North Northamptonshire");
    expect(localAuthorityByCode("941")?.region).toBe("EAST_MIDLANDS");
    expect(localAuthorityByCode("942")?.name).toBe("Cumberland");
    expect(localAuthorityByCode("943")?.region).toBe("NORTH_WEST");
    expect(localAuthorityByCode("999")).toBeUndefined();
    expect(localAuthorityRegion["201"]).toBe("LONDON");
    expect(regionOfLocalAuthority(908)).toBe("SOUTH_WEST");
    expect(regionOfLocalAuthority("123")).toBeUndefined();
  });
});
