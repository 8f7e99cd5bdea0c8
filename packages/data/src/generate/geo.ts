/**
 * WGS84 latitude/longitude to British National Grid easting/northing, as the register gives
 * school locations. The Ordnance Survey's method: a Helmert transformation from WGS84 to OSGB36
 * (good to a few metres), then the transverse Mercator projection on the Airy 1830 ellipsoid.
 */

const deg = Math.PI / 180;

interface Ellipsoid {
  a: number;
  b: number;
}
const wgs84: Ellipsoid = { a: 6_378_137, b: 6_356_752.314245 };
const airy1830: Ellipsoid = { a: 6_377_563.396, b: 6_356_256.909 };

// WGS84 → OSGB36 (metres, parts per million, arc seconds).
const helmert = {
  tx: -446.448,
  ty: 125.157,
  tz: -542.06,
  s: 20.4894,
  rx: -0.1502,
  ry: -0.247,
  rz: -0.8421,
};

function toCartesian(lat: number, lon: number, e: Ellipsoid): [number, number, number] {
  const e2 = 1 - (e.b * e.b) / (e.a * e.a);
  const sinLat = Math.sin(lat);
  const nu = e.a / Math.sqrt(1 - e2 * sinLat * sinLat);
  return [
    nu * Math.cos(lat) * Math.cos(lon),
    nu * Math.cos(lat) * Math.sin(lon),
    nu * (1 - e2) * sinLat,
  ];
}

function fromCartesian([x, y, z]: [number, number, number], e: Ellipsoid): [number, number] {
  const e2 = 1 - (e.b * e.b) / (e.a * e.a);
  const p = Math.sqrt(x * x + y * y);
  let lat = Math.atan2(z, p * (1 - e2));
  for (let i = 0; i < 10; i++) {
    const sinLat = Math.sin(lat);
    const nu = e.a / Math.sqrt(1 - e2 * sinLat * sinLat);
    lat = Math.atan2(z + e2 * nu * sinLat, p);
  }
  return [lat, Math.atan2(y, x)];
}

function wgs84ToOsgb36(lat: number, lon: number): [number, number] {
  const [x, y, z] = toCartesian(lat * deg, lon * deg, wgs84);
  const s = 1 + helmert.s / 1e6;
  const sec = deg / 3600;
  const rx = helmert.rx * sec;
  const ry = helmert.ry * sec;
  const rz = helmert.rz * sec;
  const x2 = helmert.tx + s * x - rz * y + ry * z;
  const y2 = helmert.ty + rz * x + s * y - rx * z;
  const z2 = helmert.tz - ry * x + rx * y + s * z;
  const [la, lo] = fromCartesian([x2, y2, z2], airy1830);
  return [la / deg, lo / deg];
}

/**
 * OSGB36 latitude/longitude (degrees) to National Grid easting/northing (metres): the
 * transverse Mercator projection with the grid's true origin at 49°N 2°W.
 */
export function osgb36ToGrid(
  latDeg: number,
  lonDeg: number,
): { easting: number; northing: number } {
  const { a, b } = airy1830;
  const F0 = 0.9996012717;
  const lat0 = 49 * deg;
  const lon0 = -2 * deg;
  const N0 = -100_000;
  const E0 = 400_000;
  const e2 = 1 - (b * b) / (a * a);
  const n = (a - b) / (a + b);
  const n2 = n * n;
  const n3 = n2 * n;
  const lat = latDeg * deg;
  const lon = lonDeg * deg;

  const sinLat = Math.sin(lat);
  const cosLat = Math.cos(lat);
  const tanLat = Math.tan(lat);
  const nu = (a * F0) / Math.sqrt(1 - e2 * sinLat * sinLat);
  const rho = (a * F0 * (1 - e2)) / (1 - e2 * sinLat * sinLat) ** 1.5;
  const eta2 = nu / rho - 1;

  const dLat = lat - lat0;
  const sLat = lat + lat0;
  const Ma = (1 + n + (5 / 4) * n2 + (5 / 4) * n3) * dLat;
  const Mb = (3 * n + 3 * n2 + (21 / 8) * n3) * Math.sin(dLat) * Math.cos(sLat);
  const Mc = ((15 / 8) * n2 + (15 / 8) * n3) * Math.sin(2 * dLat) * Math.cos(2 * sLat);
  const Md = (35 / 24) * n3 * Math.sin(3 * dLat) * Math.cos(3 * sLat);
  const M = b * F0 * (Ma - Mb + Mc - Md);

  const cos3 = cosLat ** 3;
  const cos5 = cosLat ** 5;
  const tan2 = tanLat * tanLat;
  const tan4 = tan2 * tan2;

  const I = M + N0;
  const II = (nu / 2) * sinLat * cosLat;
  const III = (nu / 24) * sinLat * cos3 * (5 - tan2 + 9 * eta2);
  const IIIA = (nu / 720) * sinLat * cos5 * (61 - 58 * tan2 + tan4);
  const IV = nu * cosLat;
  const V = (nu / 6) * cos3 * (nu / rho - tan2);
  const VI = (nu / 120) * cos5 * (5 - 18 * tan2 + tan4 + 14 * eta2 - 58 * tan2 * eta2);

  const dLon = lon - lon0;
  const northing = I + II * dLon ** 2 + III * dLon ** 4 + IIIA * dLon ** 6;
  const easting = E0 + IV * dLon + V * dLon ** 3 + VI * dLon ** 5;
  return { easting, northing };
}

/** WGS84 latitude/longitude (degrees) to National Grid easting/northing, whole metres. */
export function toNationalGrid(
  latitude: number,
  longitude: number,
): {
  easting: number;
  northing: number;
} {
  const [lat, lon] = wgs84ToOsgb36(latitude, longitude);
  const { easting, northing } = osgb36ToGrid(lat, lon);
  return { easting: Math.round(easting), northing: Math.round(northing) };
}

/** Moves a point by metres north and east (small distances; a sphere is close enough). */
export function offsetByMetres(
  latitude: number,
  longitude: number,
  northMetres: number,
  eastMetres: number,
): { latitude: number; longitude: number } {
  const metresPerDegree = 111_320;
  return {
    latitude: latitude + northMetres / metresPerDegree,
    longitude: longitude + eastMetres / (metresPerDegree * Math.cos(latitude * deg)),
  };
}

/** Great-circle distance in kilometres. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * deg;
  const dLon = (lon2 - lon1) * deg;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * deg) * Math.cos(lat2 * deg) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
