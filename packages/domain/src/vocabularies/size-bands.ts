import { vocabulary } from "./vocabulary.ts";

/**
 * Trust size by the number of schools it runs now. Our own bands: the register has none.
 * Nearly three quarters of multi-academy trusts run 2–9 schools, so the small bands are narrow.
 */
export const sizeBands = vocabulary([
  { key: "SINGLE", label: "Single school" },
  { key: "SMALL", label: "2 to 5 schools" },
  { key: "MEDIUM", label: "6 to 10 schools" },
  { key: "LARGE", label: "11 to 30 schools" },
  { key: "VERY_LARGE", label: "More than 30 schools" },
]);
export type SizeBand = (typeof sizeBands.keys)[number];

/** Inclusive school-count range of each band; `max` null means unbounded. */
export const sizeBandRanges: Record<SizeBand, { min: number; max: number | null }> = {
  SINGLE: { min: 1, max: 1 },
  SMALL: { min: 2, max: 5 },
  MEDIUM: { min: 6, max: 10 },
  LARGE: { min: 11, max: 30 },
  VERY_LARGE: { min: 31, max: null },
};

export function sizeBandOf(schoolCount: number): SizeBand | null {
  for (const key of sizeBands.keys) {
    const { min, max } = sizeBandRanges[key];
    if (schoolCount >= min && (max === null || schoolCount <= max)) return key;
  }
  return null;
}
