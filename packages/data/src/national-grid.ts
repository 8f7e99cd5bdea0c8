import proj4 from "proj4";

/**
 * British National Grid (EPSG:27700) as the Ordnance Survey defines it: transverse Mercator on
 * the Airy 1830 ellipsoid, with the published seven-parameter shift from WGS84 (good to a few
 * metres, which is all a school's place on a map needs).
 */
const nationalGrid =
  "+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy " +
  "+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs";
const wgs84 = "EPSG:4326";
const converter = proj4(wgs84, nationalGrid);

/** WGS84 latitude/longitude to the register's Easting/Northing, in whole metres. */
export function toNationalGrid(
  latitude: number,
  longitude: number,
): { easting: number; northing: number } {
  const [easting, northing] = converter.forward([longitude, latitude]);
  return {
    easting: Math.round(easting ?? Number.NaN),
    northing: Math.round(northing ?? Number.NaN),
  };
}

/** The register's Easting/Northing to WGS84 latitude/longitude, to six decimals (~10 cm). */
export function fromNationalGrid(
  easting: number,
  northing: number,
): { latitude: number; longitude: number } {
  const [longitude, latitude] = converter.inverse([easting, northing]);
  const round = (x: number | undefined) => Math.round((x ?? Number.NaN) * 1e6) / 1e6;
  return { latitude: round(latitude), longitude: round(longitude) };
}
