import { describe, expect, it } from "vitest";
import { distanceKm } from "../src/generate/geo.ts";
import { fromNationalGrid, toNationalGrid } from "../src/national-grid.ts";

describe("National Grid conversion (proj4, EPSG:27700)", () => {
  it("puts the Elizabeth Tower within a few metres of its grid reference, both ways", () => {
    // Big Ben: about TQ 30268 79640.
    const grid = toNationalGrid(51.500729, -0.124625);
    expect(Math.abs(grid.easting - 530268)).toBeLessThan(10);
    expect(Math.abs(grid.northing - 179640)).toBeLessThan(10);
    const back = fromNationalGrid(530268, 179640);
    expect(distanceKm(back.latitude, back.longitude, 51.500729, -0.124625)).toBeLessThan(0.01);
  });

  it.each([
    [50.066, -5.715],
    [55.8, -2.03],
    [52.63, 1.3],
    [53.48, -2.24],
  ])("comes back to within a metre from %f, %f", (lat, lon) => {
    const { easting, northing } = toNationalGrid(lat, lon);
    const back = fromNationalGrid(easting, northing);
    expect(distanceKm(back.latitude, back.longitude, lat, lon)).toBeLessThan(0.001);
  });

  it("measures distances on the ground", () => {
    // London to Manchester is about 262 km as the crow flies.
    expect(distanceKm(51.5074, -0.1278, 53.4808, -2.2426)).toBeGreaterThan(255);
    expect(distanceKm(51.5074, -0.1278, 53.4808, -2.2426)).toBeLessThan(270);
  });
});
