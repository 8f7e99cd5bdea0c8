import { tables } from "@atlas/db";
import {
  establishmentTypeFamily,
  type InspectionOutcome,
  localAuthorityList,
  schoolFilterSchema,
  urnSchema,
} from "@atlas/domain";
import { builder } from "../../builder.ts";
import {
  EstablishmentStatusEnum,
  EstablishmentTypeEnum,
  EstablishmentTypeFamilyEnum,
  InspectionOutcomeEnum,
  PhaseEnum,
  RegionEnum,
  ReligiousCharacterEnum,
} from "../../shared/enums.ts";
import { parseArgs } from "../../shared/errors.ts";
import { searchConnection } from "../../shared/search-connection.ts";
import { schoolSearchCondition } from "./sql.ts";

export const LocalAuthorityRef = builder
  .objectRef<{ code: number; name: string }>("LocalAuthority")
  .implement({
    description: "A local authority of England.",
    fields: (t) => ({
      code: t.exposeInt("code", { description: "The register's three-digit code." }),
      name: t.exposeString("name"),
    }),
  });

const Location = builder
  .objectRef<{
    latitude: number;
    longitude: number;
    easting: number | null;
    northing: number | null;
  }>("Location")
  .implement({
    description: "Where a school is.",
    fields: (t) => ({
      latitude: t.exposeFloat("latitude"),
      longitude: t.exposeFloat("longitude"),
      easting: t.exposeInt("easting", {
        nullable: true,
        description: "British National Grid easting.",
      }),
      northing: t.exposeInt("northing", {
        nullable: true,
        description: "British National Grid northing.",
      }),
    }),
  });

const SchoolInspectionRef = builder
  .objectRef<{ outcome: InspectionOutcome; inspectedOn: string | null }>("SchoolInspection")
  .implement({
    description: "The register's latest graded inspection of a school.",
    fields: (t) => ({
      outcome: t.expose("outcome", { type: InspectionOutcomeEnum }),
      inspectedOn: t.expose("inspectedOn", { type: "Date", nullable: true }),
    }),
  });

export const SchoolRef = builder.drizzleNode("schools", {
  name: "School",
  description: "A school (establishment) on the register.",
  id: { column: (school) => school.id },
  fields: (t) => ({
    urn: t.exposeInt("urn", { description: "Unique Reference Number: six digits." }),
    ukprn: t.exposeString("ukprn", {
      nullable: true,
      description: "UK Provider Reference Number.",
    }),
    name: t.exposeString("name"),
    localAuthority: t.field({
      type: LocalAuthorityRef,
      description: "The local authority the school is in.",
      resolve: (school) => ({ code: school.laCode, name: school.laName }),
    }),
    region: t.expose("region", { type: RegionEnum }),
    phase: t.expose("phase", { type: PhaseEnum }),
    establishmentType: t.expose("establishmentType", { type: EstablishmentTypeEnum }),
    establishmentTypeFamily: t.field({
      type: EstablishmentTypeFamilyEnum,
      description: "Maintained, special, academy or free school.",
      resolve: (school) => establishmentTypeFamily(school.establishmentType),
    }),
    religiousCharacter: t.expose("religiousCharacter", { type: ReligiousCharacterEnum }),
    diocese: t.exposeString("diocese", { nullable: true }),
    pupils: t.exposeInt("pupils", { nullable: true, description: "Pupils on roll." }),
    capacity: t.exposeInt("capacity", { nullable: true, description: "Places the school has." }),
    postcode: t.exposeString("postcode", { nullable: true }),
    location: t.field({
      type: Location,
      nullable: true,
      resolve: (s) =>
        s.latitude === null || s.longitude === null
          ? null
          : {
              latitude: s.latitude,
              longitude: s.longitude,
              easting: s.easting,
              northing: s.northing,
            },
    }),
    status: t.expose("status", { type: EstablishmentStatusEnum }),
    closedOn: t.expose("closedOn", {
      type: "Date",
      nullable: true,
      description: "When the register says the school closed; null while it is open.",
    }),
    inspection: t.field({
      type: SchoolInspectionRef,
      nullable: true,
      description: "Its latest graded inspection, where the register has one.",
      select: { columns: { inspectionOutcome: true, inspectedOn: true } },
      resolve: (s) =>
        s.inspectionOutcome ? { outcome: s.inspectionOutcome, inspectedOn: s.inspectedOn } : null,
    }),
    trust: t.relation("trust", {
      nullable: true,
      description:
        "The trust the school is in today; null for a maintained school or standalone academy.",
    }),
    memberships: t.relation("memberships", {
      description: "Every trust the school has been in, newest first.",
      query: { orderBy: { joinedOn: "desc" } },
    }),
  }),
});

builder.drizzleObject("memberships", {
  name: "TrustMembership",
  description: "A period in which a school was in a trust.",
  fields: (t) => ({
    trust: t.relation("trust"),
    school: t.relation("school"),
    joinedOn: t.expose("joinedOn", { type: "Date" }),
    leftOn: t.expose("leftOn", {
      type: "Date",
      nullable: true,
      description: "Null while the school is still in the trust.",
    }),
  }),
});

const SchoolFilter = builder.inputType("SchoolFilter", {
  description: "Narrows the list of schools. Every choice given must hold.",
  fields: (t) => ({
    search: t.string({ required: false, description: "Words in the name or postcode, or a URN." }),
    regions: t.field({ type: [RegionEnum], required: false }),
    phases: t.field({ type: [PhaseEnum], required: false }),
    establishmentTypes: t.field({ type: [EstablishmentTypeEnum], required: false }),
    religiousCharacters: t.field({ type: [ReligiousCharacterEnum], required: false }),
    localAuthorityCodes: t.intList({
      required: false,
      description: "Three-digit local authority codes.",
    }),
    inTrust: t.boolean({
      required: false,
      description: "True: only schools in a trust; false: only schools in none.",
    }),
    statuses: t.field({
      type: [EstablishmentStatusEnum],
      required: false,
      description: "Schools in any of these states (open, proposed to open or to close).",
    }),
  }),
});

const schoolSearch = searchConnection({
  table: tables.schools,
  filterSchema: schoolFilterSchema,
  condition: schoolSearchCondition,
});

builder.queryFields((t) => ({
  schools: t.drizzleConnection({
    type: "schools",
    description: "Schools matching the filter, by name. Closed schools are never listed.",
    args: { filter: t.arg({ type: SchoolFilter, required: false }) },
    totalCount: schoolSearch.totalCount,
    resolve: (query, _parent, args, ctx) =>
      ctx.db.query.schools.findMany(
        query({ where: schoolSearch.where(args), orderBy: { name: "asc" } }),
      ),
  }),
  school: t.drizzleField({
    type: "schools",
    nullable: true,
    description: "A school by its URN; null when there is none.",
    args: { urn: t.arg.int({ required: true, description: "The six-digit URN." }) },
    resolve: (query, _parent, args, ctx) => {
      const urn = parseArgs(urnSchema, args.urn, ["urn"]);
      return ctx.db.query.schools.findFirst(query({ where: { urn } }));
    },
  }),
  localAuthorities: t.field({
    type: [LocalAuthorityRef],
    description: "Every local authority of England, by name.",
    resolve: () =>
      localAuthorityList
        .map((la) => ({ code: Number(la.code), name: la.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
  }),
}));
