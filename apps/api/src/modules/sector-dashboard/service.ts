import type { DbOrTx } from "@atlas/db";
import {
  type PartnershipState,
  partnershipStates,
  type Region,
  regions,
  type SizeBand,
  sizeBands,
} from "@atlas/domain";
import * as figures from "./sql.ts";

/** Open trusts of one head-office region and size band (null: none given, no school yet). */
export interface TrustCount {
  region: Region | null;
  sizeBand: SizeBand | null;
  trustCount: number;
}

/** Partnerships of schools in one region that stood in one state at the end of one month. */
export interface PartnershipCount {
  month: string;
  region: Region;
  state: PartnershipState;
  partnershipCount: number;
}

/**
 * The dashboard of one request: every part is read by one statement (see dashboardFigures),
 * once however many fields ask for parts of it.
 */
export interface SectorDashboard {
  months: number;
  monthsCovered(): Promise<string[]>;
  trustsByRegionAndSizeBand(): Promise<TrustCount[]>;
  publishedProfileShare(): Promise<{
    trustCount: number;
    withPublishedProfile: number;
    share: number;
  }>;
  partnershipsByMonth(): Promise<PartnershipCount[]>;
  requestFigures(): Promise<figures.RequestFigures[]>;
}

function once<T>(read: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= read();
    return pending;
  };
}

/** `months` was checked by the domain's `sectorDashboardMonthsSchema`. */
export function sectorDashboard(db: DbOrTx, months: number): SectorDashboard {
  const read = once(() => figures.dashboardFigures(db, months));
  return {
    months,
    monthsCovered: async () => (await read()).months,
    trustsByRegionAndSizeBand: async () =>
      (await read()).trustCounts.map((row) => ({
        // The columns are the database's enum of regions and the CASE's size band keys.
        region: row.region !== null && regions.has(row.region) ? row.region : null,
        sizeBand: row.sizeBand !== null && sizeBands.has(row.sizeBand) ? row.sizeBand : null,
        trustCount: row.trustCount,
      })),
    publishedProfileShare: async () => {
      const counts = (await read()).profileShare;
      return {
        ...counts,
        share: counts.trustCount === 0 ? 0 : counts.withPublishedProfile / counts.trustCount,
      };
    },
    partnershipsByMonth: async () =>
      (await read()).partnershipCounts.flatMap(({ region, state, ...row }) =>
        // The columns are the database's enums of the same vocabularies.
        regions.has(region) && partnershipStates.has(state) ? [{ ...row, region, state }] : [],
      ),
    requestFigures: async () => (await read()).requestFigures,
  };
}
