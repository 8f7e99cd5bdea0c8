// The no-JavaScript map is England on a plain background, so the projection can be the
// simplest one that keeps shapes right: equirectangular, with longitude shortened by the cosine
// of the middle latitude (at 53°N a degree of longitude is about 0.6 of a degree of latitude).

export type MapSchool = {
  id: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
  detail?: string;
  href?: string;
};

/** A school with usable coordinates. */
export type LocatedSchool = MapSchool & { latitude: number; longitude: number };

/** A school's name and detail, as a marker's tooltip. */
export function schoolTitle(school: MapSchool): string {
  return school.detail === undefined ? school.name : `${school.name}, ${school.detail}`;
}

/** England's bounding box, in degrees. */
export const englandBounds = { south: 49.8, north: 55.9, west: -6.5, east: 2 } as const;

const middleLatitude = (englandBounds.south + englandBounds.north) / 2;
const longitudeScale = Math.cos((middleLatitude * Math.PI) / 180);
const unitsPerDegree = 600 / (englandBounds.north - englandBounds.south);

// A tenth of a unit is finer than a pixel at any size the map is shown, and keeps markup stable.
function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The dot map's viewBox size, in SVG units. */
export const dotMapSize = {
  width: round((englandBounds.east - englandBounds.west) * longitudeScale * unitsPerDegree),
  height: 600,
} as const;

/** Whether a school has coordinates that can be drawn on a map at all. */
export function hasLocation(school: MapSchool): school is LocatedSchool {
  return (
    typeof school.latitude === "number" &&
    typeof school.longitude === "number" &&
    Math.abs(school.latitude) <= 90 &&
    Math.abs(school.longitude) <= 180
  );
}

/** Where a point falls on the dot map, or null outside England's box (the map cannot show it). */
export function project(latitude: number, longitude: number): { x: number; y: number } | null {
  const { south, north, west, east } = englandBounds;
  if (!(latitude >= south && latitude <= north && longitude >= west && longitude <= east)) {
    return null;
  }
  return {
    x: round((longitude - west) * longitudeScale * unitsPerDegree),
    y: round((north - latitude) * unitsPerDegree),
  };
}
