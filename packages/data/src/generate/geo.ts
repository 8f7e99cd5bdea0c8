const deg = Math.PI / 180;

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
