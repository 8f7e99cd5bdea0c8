import { vocabulary } from "./vocabulary.ts";

/** Government office regions of England, with the register's GOR codes. */
export const regions = vocabulary([
  { key: "NORTH_EAST", label: "North East", code: "A" },
  { key: "NORTH_WEST", label: "North West", code: "B" },
  { key: "YORKSHIRE_AND_THE_HUMBER", label: "Yorkshire and the Humber", code: "D" },
  { key: "EAST_MIDLANDS", label: "East Midlands", code: "E" },
  { key: "WEST_MIDLANDS", label: "West Midlands", code: "F" },
  { key: "EAST_OF_ENGLAND", label: "East of England", code: "G" },
  { key: "LONDON", label: "London", code: "H" },
  { key: "SOUTH_EAST", label: "South East", code: "J" },
  { key: "SOUTH_WEST", label: "South West", code: "K" },
]);
export type Region = (typeof regions.keys)[number];
