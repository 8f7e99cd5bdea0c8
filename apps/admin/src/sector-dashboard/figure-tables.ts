import {
  type PartnershipState,
  partnershipStates,
  type Region,
  regions,
  type SizeBand,
  sizeBands,
} from "@atlas/domain";
import type { SectorDashboardData } from "./operations.ts";

// Each chart's numbers as one table: the chart draws its rows, the page shows them as an HTML
// table and writes them as a CSV file, so what is seen, read and downloaded cannot disagree.

export type FigureValue = string | number | null;

export interface FigureColumn {
  key: string;
  header: string;
  numeric?: boolean;
  /** How a value is shown in the table; the CSV has the value itself ("" for null). */
  format?: (value: FigureValue) => string;
}

export interface FigureTable {
  columns: readonly FigureColumn[];
  /** Keyed by the columns' keys; the first column names the row. */
  rows: readonly Record<string, FigureValue>[];
}

/** "2026-01" → "January 2026" (or "Jan 2026", short). */
export function monthName(month: string, style: "long" | "short" = "long"): string {
  const [year, number] = month.split("-").map(Number);
  if (!year || !number) return month;
  return new Intl.DateTimeFormat("en-GB", {
    month: style,
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, number - 1, 1)));
}

/** 30.5 → "30.5 hours"; 75 → "3.1 days": a wait of days reads better in days. */
export function formatWait(hours: number): string {
  const oneDecimal = (n: number) => n.toLocaleString("en-GB", { maximumFractionDigits: 1 });
  if (hours < 48) return `${oneDecimal(hours)} ${hours === 1 ? "hour" : "hours"}`;
  return `${oneDecimal(hours / 24)} days`;
}

const asMonth = (value: FigureValue) => (typeof value === "string" ? monthName(value) : "");
const asNumber = (value: FigureValue) =>
  typeof value === "number" ? value.toLocaleString("en-GB") : "";
const asWait = (value: FigureValue) =>
  typeof value === "number" ? formatWait(value) : "No answer yet";
const asPercent = (value: FigureValue) =>
  typeof value === "number"
    ? value.toLocaleString("en-GB", { style: "percent", maximumFractionDigits: 1 })
    : "";

const monthColumn: FigureColumn = { key: "month", header: "Month", format: asMonth };
const count = (key: string, header: string): FigureColumn => ({
  key,
  header,
  numeric: true,
  format: asNumber,
});

/** The key of trusts running no school yet, which no size band holds. */
export const NO_SIZE_BAND = "NONE";
export const sizeBandKeys: readonly (SizeBand | typeof NO_SIZE_BAND)[] = [
  ...sizeBands.keys,
  NO_SIZE_BAND,
];
export const sizeBandName = (key: SizeBand | typeof NO_SIZE_BAND) =>
  key === NO_SIZE_BAND ? "No schools yet" : sizeBands.label(key);
const NO_REGION = "No region given";
const ALL_REGIONS = "All regions";

/** Open trusts: a row per head-office region, a column per size band, and totals. */
export function trustsTable(data: SectorDashboardData): FigureTable {
  const byRegion = new Map<Region | null, Record<string, number>>();
  for (const row of data.trustsByRegionAndSizeBand) {
    const counts = byRegion.get(row.region ?? null) ?? {};
    const band = row.sizeBand ?? NO_SIZE_BAND;
    counts[band] = (counts[band] ?? 0) + row.trustCount;
    byRegion.set(row.region ?? null, counts);
  }
  const rowOf = (region: string, counts: Record<string, number>) => {
    const row: Record<string, FigureValue> = { region };
    let total = 0;
    for (const band of sizeBandKeys) {
      row[band] = counts[band] ?? 0;
      total += counts[band] ?? 0;
    }
    row.total = total;
    return row;
  };
  const all: Record<string, number> = {};
  for (const counts of byRegion.values())
    for (const [band, n] of Object.entries(counts)) all[band] = (all[band] ?? 0) + n;
  const present = [...regions.keys, null].filter((r) => byRegion.has(r));
  return {
    columns: [
      { key: "region", header: "Region" },
      ...sizeBandKeys.map((band) => count(band, sizeBandName(band))),
      count("total", "All sizes"),
    ],
    rows: [
      ...present.map((r) =>
        rowOf(r === null ? NO_REGION : regions.label(r), byRegion.get(r) ?? {}),
      ),
      rowOf(ALL_REGIONS, all),
    ],
  };
}

/** Open trusts with and without a published profile. */
export function profileShareTable(data: SectorDashboardData): FigureTable {
  const { trustCount, withPublishedProfile } = data.publishedProfileShare;
  const share = (n: number) => (trustCount === 0 ? 0 : n / trustCount);
  const without = trustCount - withPublishedProfile;
  return {
    columns: [
      { key: "trusts", header: "Open trusts" },
      count("count", "Trusts"),
      { key: "share", header: "Share", numeric: true, format: asPercent },
    ],
    rows: [
      {
        trusts: "With a published profile",
        count: withPublishedProfile,
        share: share(withPublishedProfile),
      },
      { trusts: "Without one", count: without, share: share(without) },
      { trusts: "All open trusts", count: trustCount, share: trustCount === 0 ? 0 : 1 },
    ],
  };
}

/** The regions the partnerships' schools are in, in the vocabulary's order. */
export function partnershipRegions(data: SectorDashboardData): Region[] {
  const present = new Set(data.partnershipsByMonth.map((row) => row.region));
  return regions.keys.filter((r) => present.has(r));
}

/**
 * Partnerships at each month's end, by state: a row per month covered, a column per state (in
 * the order a partnership goes through them) and the total, for one region or all.
 */
export function partnershipsTable(data: SectorDashboardData, region: Region | null): FigureTable {
  const rows = data.months.map((month) => {
    const row: Record<string, FigureValue> = { month };
    for (const state of partnershipStates.keys) row[state] = 0;
    row.total = 0;
    return row;
  });
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  for (const { month, state, region: where, partnershipCount } of data.partnershipsByMonth) {
    const row = byMonth.get(month);
    if (!row || (region !== null && where !== region)) continue;
    row[state] = Number(row[state] ?? 0) + partnershipCount;
    row.total = Number(row.total ?? 0) + partnershipCount;
  }
  return {
    columns: [
      monthColumn,
      ...partnershipStates.keys.map((state: PartnershipState) =>
        count(state, partnershipStates.label(state)),
      ),
      count("total", "All states"),
    ],
    rows,
  };
}

/** Requests made each month, those the trust has answered, and the median wait for an answer. */
export function requestsTable(data: SectorDashboardData): FigureTable {
  return {
    columns: [
      monthColumn,
      count("requests", "Requests made"),
      count("answered", "Answered by the trust"),
      {
        key: "medianHours",
        header: "Median hours to first response",
        numeric: true,
        format: asWait,
      },
    ],
    rows: data.requestsPerMonth.map((row) => ({
      month: row.month,
      requests: row.requestCount,
      answered: row.respondedCount,
      medianHours: roundHours(row.medianHoursToFirstResponse),
    })),
  };
}

/** Hours to one decimal place: a figure to read, not a measurement to the second. */
export function roundHours(hours: number | null): number | null {
  return hours === null ? null : Math.round(hours * 10) / 10;
}

/** The median wait each month, over the requests of that month the trust has answered. */
export function responseTimesTable(data: SectorDashboardData): FigureTable {
  const requests = requestsTable(data);
  return {
    columns: requests.columns.filter((c) => c.key !== "requests"),
    rows: requests.rows,
  };
}
