import { describe, expect, it } from "vitest";
import { distanceKm, osgb36ToGrid, toNationalGrid } from "../src/generate/geo.ts";

describe("National Grid conversion", () => {
  it("projects the Ordnance Survey's worked example to the millimetre", () => {
    // OSGB36 52°39′27.2531″N 1°43′4.5177″E is E 651409.903, N 313177.270.
    const { easting, northing } = osgb36ToGrid(
      52 + 39 / 60 + 27.2531 / 3600,
      1 + 43 / 60 + 4.5177 / 3600,
    );
    expect(easting).toBeCloseTo(651409.903, 2);
    expect(northing).toBeCloseTo(313177.27, 2);
  });

  it("converts WGS84 coordinates within a few metres of the grid reference", () => {
    // The Elizabeth Tower (Big Ben): TQ 30268 79640 or so.
    const bigBen = toNationalGrid(51.500729, -0.124625);
    expect(Math.abs(bigBen.easting - 530268)).toBeLessThan(10);
    expect(Math.abs(bigBen.northing - 179640)).toBeLessThan(10);
  });

  it("measures distances on the ground", () => {
    // London to Manchester is about 262 km as the crow flies.
    expect(distanceKm(51.5074, -0.1278, 53.4808, -2.2426)).toBeGreaterThan(255);
    expect(distanceKm(51.5074, -0.1278, 53.4808, -2.2426)).toBeLessThan(270);
  });
});
