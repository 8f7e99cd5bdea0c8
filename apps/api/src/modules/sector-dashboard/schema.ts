import { sectorDashboardMonthsSchema } from "@atlas/domain";
import { builder } from "../../builder.ts";
import { PartnershipStateEnum, RegionEnum, SizeBandEnum } from "../../shared/enums.ts";
import { parseArgs } from "../../shared/errors.ts";
import {
  type PartnershipCount,
  type SectorDashboard,
  sectorDashboard,
  type TrustCount,
} from "./service.ts";
import type { RequestFigures } from "./sql.ts";

const monthDescription = 'The London calendar month, as "2026-01".';

const TrustCountRef = builder.objectRef<TrustCount>("SectorTrustCount").implement({
  description: "How many open trusts have one head-office region and one size band.",
  fields: (t) => ({
    region: t.expose("region", {
      type: RegionEnum,
      nullable: true,
      description: "Region of the trusts' head office; null when the register gives none.",
    }),
    sizeBand: t.expose("sizeBand", {
      type: SizeBandEnum,
      nullable: true,
      description: "Size band by the schools run today; null for trusts running none yet.",
    }),
    trustCount: t.exposeInt("trustCount"),
  }),
});

const ProfileShareRef = builder
  .objectRef<{ trustCount: number; withPublishedProfile: number; share: number }>(
    "PublishedProfileShare",
  )
  .implement({
    description: "How many open trusts show the public a profile of their own.",
    fields: (t) => ({
      trustCount: t.exposeInt("trustCount", { description: "Open trusts." }),
      withPublishedProfile: t.exposeInt("withPublishedProfile", {
        description: "Open trusts with a published profile version that is not unpublished.",
      }),
      share: t.exposeFloat("share", {
        description: "withPublishedProfile / trustCount, from 0 to 1 (0 when there is no trust).",
      }),
    }),
  });

const PartnershipCountRef = builder
  .objectRef<PartnershipCount>("SectorPartnershipCount")
  .implement({
    description:
      "How many partnerships of schools in one region stood in one state at the end of one month.",
    fields: (t) => ({
      month: t.exposeString("month", { description: monthDescription }),
      region: t.expose("region", { type: RegionEnum, description: "The school's region." }),
      state: t.expose("state", { type: PartnershipStateEnum }),
      partnershipCount: t.exposeInt("partnershipCount"),
    }),
  });

const ResponseTimeRef = builder.objectRef<RequestFigures>("SectorResponseTime").implement({
  description:
    "Partnership requests made in a period, how many the trust has answered, and how fast.",
  fields: (t) => ({
    requestCount: t.exposeInt("requestCount", { description: "Requests made." }),
    respondedCount: t.exposeInt("respondedCount", {
      description: "Of those, the ones the trust has taken a step on.",
    }),
    medianHoursToFirstResponse: t.exposeFloat("medianHoursToFirstResponse", {
      nullable: true,
      description:
        "Median hours from the request to the trust's first step on it (opening discussion, proposing terms or declining); null when none was answered.",
    }),
  }),
});

const MonthRequestsRef = builder
  .objectRef<RequestFigures & { month: string }>("SectorMonthRequests")
  .implement({
    description: "The requests made in one month, and the trusts' answers to them so far.",
    fields: (t) => ({
      month: t.exposeString("month", { description: monthDescription }),
      requestCount: t.exposeInt("requestCount", { description: "Requests made in the month." }),
      respondedCount: t.exposeInt("respondedCount", {
        description: "Of those, the ones the trust has taken a step on.",
      }),
      medianHoursToFirstResponse: t.exposeFloat("medianHoursToFirstResponse", {
        nullable: true,
        description:
          "Median hours from the month's requests to the trust's first step; null when none was answered.",
      }),
    }),
  });

const DashboardRef = builder.objectRef<SectorDashboard>("SectorDashboard").implement({
  description:
    "Figures about the whole sector for a sector body's curators. Each part is one aggregate over the register and the partnerships. Private: curators.",
  authScopes: { curator: true },
  fields: (t) => ({
    months: t.stringList({
      description: 'The London months the series cover, oldest first ("2026-01"): this one last.',
      resolve: (d) => d.monthsCovered(),
    }),
    trustsByRegionAndSizeBand: t.field({
      type: [TrustCountRef],
      description:
        "Open trusts by head-office region and size band, today; only combinations with a trust appear.",
      resolve: (d) => d.trustsByRegionAndSizeBand(),
    }),
    publishedProfileShare: t.field({
      type: ProfileShareRef,
      resolve: (d) => d.publishedProfileShare(),
    }),
    partnershipsByMonth: t.field({
      type: [PartnershipCountRef],
      description:
        "For each month covered, the partnerships requested by its end, by the school's region and the state each stood in at the end of the month (read from the partnership's history; the current month shows today's states). Only combinations with a partnership appear.",
      resolve: (d) => d.partnershipsByMonth(),
    }),
    requestsPerMonth: t.field({
      type: [MonthRequestsRef],
      description:
        "Partnership requests by the month they were made, every month covered (zero when none), with the median time to the trust's first response.",
      resolve: async (d) =>
        (await d.requestFigures()).flatMap((row) =>
          row.month === null ? [] : [{ ...row, month: row.month }],
        ),
    }),
    medianTimeToFirstResponse: t.field({
      type: ResponseTimeRef,
      description:
        "Over every request made in the months covered: how many were answered, and the median hours to the trust's first response.",
      resolve: async (d) => {
        const whole = (await d.requestFigures()).find((row) => row.month === null);
        return (
          whole ?? {
            month: null,
            requestCount: 0,
            respondedCount: 0,
            medianHoursToFirstResponse: null,
          }
        );
      },
    }),
  }),
});

builder.queryFields((t) => ({
  sectorDashboard: t.field({
    type: DashboardRef,
    description:
      "The sector dashboard: trusts by region and size, published profiles, partnerships and requests over the last `months` London months (1 to 60, this one included). Curators only.",
    args: {
      months: t.arg.int({ required: false, defaultValue: 12, description: "1 to 60." }),
    },
    authScopes: { curator: true },
    resolve: (_root, args, ctx) =>
      sectorDashboard(
        ctx.db,
        parseArgs(sectorDashboardMonthsSchema, args.months ?? 12, ["months"]),
      ),
  }),
}));
