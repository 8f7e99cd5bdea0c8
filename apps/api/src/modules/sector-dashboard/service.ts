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
 * The dashboard of one request: each part is read by one aggregate statement, only when asked
 * for, and once however many fields need it (the request figures feed two fields).
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
  return {
    months,
    monthsCovered: once(() => figures.monthsCovered(db, months)),
    trustsByRegionAndSizeBand: once(async () =>
      (await figures.trustsByRegionAndSizeBand(db)).map((row) => ({
        region: row.region,
        // The CASE gives a key of the domain's size bands, or null.
        sizeBand: row.sizeBand !== null && sizeBands.has(row.sizeBand) ? row.sizeBand : null,
        trustCount: row.trustCount,
      })),
    ),
    publishedProfileShare: once(async () => {
      const counts = await figures.publishedProfileShare(db);
      return {
        ...counts,
        share: counts.trustCount === 0 ? 0 : counts.withPublishedProfile / counts.trustCount,
      };
    }),
    partnershipsByMonth: once(async () =>
      (await figures.partnershipsByMonth(db, months)).flatMap(({ region, state, ...row }) =>
        // The columns are the database's enums of the same vocabularies.
        regions.has(region) && partnershipStates.has(state) ? [{ ...row, region, state }] : [],
      ),
    ),
    requestFigures: once(() => figures.requestFigures(db, months)),
  };
}
