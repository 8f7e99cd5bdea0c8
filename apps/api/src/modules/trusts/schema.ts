import {
  type EstablishmentType,
  establishmentTypeFamily,
  isAcademyType,
  type Phase,
  regions,
  schoolConditionAllocationEligible,
  sizeBandOf,
} from "@atlas/domain";
import { builder } from "../../builder.ts";
import {
  EstablishmentTypeEnum,
  EstablishmentTypeFamilyEnum,
  GroupStatusEnum,
  GroupTypeEnum,
  PhaseEnum,
  RegionEnum,
  SizeBandEnum,
} from "../../shared/enums.ts";
import { badUserInput } from "../../shared/errors.ts";
import { rowIdOf } from "../../shared/global-id.ts";
import { LocalAuthorityRef } from "../schools/schema.ts";
import {
  trustLocalAuthorities,
  trustPhaseCounts,
  trustPupilCount,
  trustRegions,
  trustTypeCounts,
} from "./sql.ts";

const PhaseCountRef = builder.objectRef<{ phase: Phase; count: number }>("PhaseCount").implement({
  description: "A number of schools in one phase.",
  fields: (t) => ({
    phase: t.expose("phase", { type: PhaseEnum }),
    count: t.exposeInt("count"),
  }),
});

const TypeCountRef = builder
  .objectRef<{ establishmentType: EstablishmentType; count: number }>("EstablishmentTypeCount")
  .implement({
    description: "A number of schools of one type.",
    fields: (t) => ({
      establishmentType: t.expose("establishmentType", { type: EstablishmentTypeEnum }),
      family: t.field({
        type: EstablishmentTypeFamilyEnum,
        resolve: (c) => establishmentTypeFamily(c.establishmentType),
      }),
      count: t.exposeInt("count"),
    }),
  });

const academiesIn = (counts: { establishmentType: EstablishmentType; count: number }[]) =>
  counts.reduce((sum, c) => sum + (isAcademyType(c.establishmentType) ? c.count : 0), 0);

export const TrustRef = builder.drizzleNode("trusts", {
  name: "Trust",
  description:
    "A school trust: a charitable company running one academy (single-academy trust) or several (multi-academy trust).",
  id: { column: (trust) => trust.id },
  select: {
    columns: { id: true, schoolCount: true },
  },
  fields: (t) => ({
    name: t.exposeString("name", { description: "The trust's registered name." }),
    groupUid: t.exposeInt("groupUid", {
      description: "The register's unique group identifier (Group UID).",
    }),
    groupId: t.exposeString("groupId", {
      nullable: true,
      description: "The register's group reference, for example TR01234.",
    }),
    companiesHouseNumber: t.exposeString("companiesHouseNumber", {
      nullable: true,
      description: "Companies House registration number.",
    }),
    ukprn: t.exposeString("ukprn", {
      nullable: true,
      description: "UK Provider Reference Number.",
    }),
    type: t.expose("type", { type: GroupTypeEnum, description: "Multi- or single-academy trust." }),
    status: t.expose("status", {
      type: GroupStatusEnum,
      description: "Whether the trust is open.",
    }),
    openedOn: t.expose("openedOn", {
      type: "Date",
      nullable: true,
      description: "When the trust was incorporated.",
    }),
    headOfficePostcode: t.exposeString("headOfficePostcode", {
      nullable: true,
      description: "Postcode of the trust's head office.",
    }),
    region: t.expose("region", {
      type: RegionEnum,
      nullable: true,
      description: "Region of the trust's head office.",
    }),
    schoolCount: t.int({
      description: "How many schools the trust runs today.",
      resolve: (trust) => trust.schoolCount,
    }),
    sizeBand: t.field({
      type: SizeBandEnum,
      nullable: true,
      description: "The size band the trust falls in today; null when it runs no school yet.",
      resolve: (trust) => sizeBandOf(trust.schoolCount),
    }),
    pupilCount: t.int({
      description: "Pupils on roll across the trust's schools today.",
      select: { extras: { pupilCount: trustPupilCount } },
      resolve: (trust) => trust.pupilCount,
    }),
    phaseCounts: t.field({
      type: [PhaseCountRef],
      description: "How many of the trust's schools today are in each phase (phases it has only).",
      select: { extras: { phaseCounts: trustPhaseCounts } },
      resolve: (trust) => trust.phaseCounts,
    }),
    establishmentTypeCounts: t.field({
      type: [TypeCountRef],
      description:
        "How many of the trust's schools today are of each type (special and alternative provision included).",
      select: { extras: { typeCounts: trustTypeCounts } },
      resolve: (trust) => trust.typeCounts,
    }),
    regionsCovered: t.field({
      type: [RegionEnum],
      description: "The regions the trust's schools are in today.",
      select: { extras: { regionsCovered: trustRegions } },
      resolve: (trust) => regions.keys.filter((r) => trust.regionsCovered.includes(r)),
    }),
    localAuthorities: t.field({
      type: [LocalAuthorityRef],
      description: "The local authorities the trust's schools are in today, by name.",
      select: { extras: { localAuthorities: trustLocalAuthorities } },
      resolve: (trust) => trust.localAuthorities,
    }),
    academyCount: t.int({
      description: "How many of the trust's schools today are academies or free schools.",
      select: { extras: { typeCounts: trustTypeCounts } },
      resolve: (trust) => academiesIn(trust.typeCounts),
    }),
    schoolConditionAllocationEligible: t.boolean({
      description:
        "Whether the trust is large enough for a School Condition Allocation for capital (5 or more academies and more than 3,000 pupils); smaller trusts bid to the Condition Improvement Fund.",
      select: {
        extras: {
          typeCounts: trustTypeCounts,
          pupilCount: trustPupilCount,
        },
      },
      resolve: (trust) =>
        schoolConditionAllocationEligible({
          academies: academiesIn(trust.typeCounts),
          pupils: trust.pupilCount,
        }),
    }),
    schools: t.relatedConnection("schools", {
      description: "The schools in the trust today, by name.",
      totalCount: true,
      query: { orderBy: { name: "asc" } },
    }),
    administrators: t.relation("adminGrants", {
      nullable: true,
      description:
        "Who administers the trust's profile. Private: its administrators and curators; null for anyone else.",
      authScopes: (trust) => ({ $any: { curator: true, trustAdmin: trust.id } }),
    }),
  }),
});

builder.queryFields((t) => ({
  trust: t.drizzleField({
    type: "trusts",
    nullable: true,
    description: "A trust by its ID; null when there is none.",
    args: { id: t.arg.id({ required: true, description: "The trust's ID (from Trust.id)." }) },
    resolve: (query, _parent, args, ctx) => {
      const id = rowIdOf(args.id, "Trust");
      if (id === null) {
        throw badUserInput("This is not a trust ID: use the id field of a Trust.", ["id"]);
      }
      return ctx.db.query.trusts.findFirst(query({ where: { id } }));
    },
  }),
}));
