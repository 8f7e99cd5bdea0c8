import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "../gql/index.ts";

/** Everything the sector dashboard shows: one request, five aggregates on the API. */
export const SectorDashboardQuery = graphql(`
  query SectorDashboard($months: Int!) {
    sectorDashboard(months: $months) {
      months
      trustsByRegionAndSizeBand {
        region
        sizeBand
        trustCount
      }
      publishedProfileShare {
        trustCount
        withPublishedProfile
        share
      }
      partnershipsByMonth {
        month
        region
        state
        partnershipCount
      }
      requestsPerMonth {
        month
        requestCount
        respondedCount
        medianHoursToFirstResponse
      }
      medianTimeToFirstResponse {
        requestCount
        respondedCount
        medianHoursToFirstResponse
      }
    }
  }
`);

export type SectorDashboardData = ResultOf<typeof SectorDashboardQuery>["sectorDashboard"];
