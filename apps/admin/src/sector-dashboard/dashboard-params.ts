import { type Region, regions } from "@atlas/domain";

/** The periods a curator can choose, in months back from this one. */
export const periodOptions = [12, 24, 36, 60] as const;
export type Period = (typeof periodOptions)[number];
export const defaultPeriod: Period = 12;

/** The period in the address (`?months=24`), or the default for anything else. */
export function readPeriod(params: URLSearchParams): Period {
  const asked = Number(params.get("months"));
  return periodOptions.find((p) => p === asked) ?? defaultPeriod;
}

/** The region the partnerships chart is narrowed to (`?region=LONDON`), or null for all. */
export function readRegion(params: URLSearchParams): Region | null {
  const asked = params.get("region") ?? "";
  return regions.has(asked) ? asked : null;
}

/** The address's parameters with one changed, dropped when it is back to its default. */
export function withParam(params: URLSearchParams, name: string, value: string | null) {
  const next = new URLSearchParams(params);
  if (value === null || value === "") next.delete(name);
  else next.set(name, value);
  return next;
}
