import { tables } from "@atlas/db";
import { type Phase, pageArgsSchema, sizeBandOf, trustFilterSchema } from "@atlas/domain";
import { decodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../builder.ts";
import { badUserInput, parseArgs } from "../errors.ts";
import {
  trustPhaseCounts,
  trustPupilCount,
  trustSchoolCount,
  trustSearchCondition,
} from "../services/trust-search.ts";
import {
  GroupStatusEnum,
  GroupTypeEnum,
  PhaseEnum,
  RegionEnum,
  ReligiousCharacterEnum,
  SizeBandEnum,
} from "./enums.ts";

const PhaseCountRef = builder.objectRef<{ phase: Phase; count: number }>("PhaseCount").implement({
  description: "A number of schools in one phase.",
  fields: (t) => ({
    phase: t.expose("phase", { type: PhaseEnum }),
    count: t.exposeInt("count"),
  }),
});

export const TrustRef = builder.drizzleNode("trusts", {
  name: "Trust",
  description:
    "A school trust: a charitable company running one academy (single-academy trust) or several (multi-academy trust).",
  id: { column: (trust) => trust.id },
  select: {
    columns: { id: true },
    extras: { schoolCount: (trust) => trustSchoolCount(trust) },
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
      select: { extras: { pupilCount: (trust) => trustPupilCount(trust) } },
      resolve: (trust) => trust.pupilCount,
    }),
    phaseCounts: t.field({
      type: [PhaseCountRef],
      description: "How many of the trust's schools today are in each phase (phases it has only).",
      select: { extras: { phaseCounts: (trust) => trustPhaseCounts(trust) } },
      resolve: (trust) => trust.phaseCounts,
    }),
    schools: t.relatedConnection("schools", {
      description: "The schools in the trust today, by name.",
      totalCount: true,
      query: { orderBy: { name: "asc" } },
    }),
    administrators: t.relation("adminGrants", {
      description:
        "Who administers the trust's profile. Visible to its administrators and curators.",
      authScopes: (trust) => ({ $any: { curator: true, trustAdmin: trust.id } }),
    }),
  }),
});

const TrustFilter = builder.inputType("TrustFilter", {
  description: "Narrows the list of trusts. Every choice given must hold.",
  fields: (t) => ({
    search: t.string({
      required: false,
      description: "Words in the trust's name, or its Group ID or Companies House number.",
    }),
    regions: t.field({
      type: [RegionEnum],
      required: false,
      description: "Trusts running a school in any of these regions.",
    }),
    phases: t.field({
      type: [PhaseEnum],
      required: false,
      description: "Trusts running a school of any of these phases.",
    }),
    sizeBand: t.field({
      type: SizeBandEnum,
      required: false,
      description: "Trusts of this size.",
    }),
    religiousCharacters: t.field({
      type: [ReligiousCharacterEnum],
      required: false,
      description:
        "Trusts running a school of any of these religious characters. With regions or phases, one school must match them all.",
    }),
  }),
});

builder.queryFields((t) => ({
  trusts: t.drizzleConnection({
    type: "trusts",
    description: "Open trusts matching the filter, by name.",
    args: { filter: t.arg({ type: TrustFilter, required: false }) },
    totalCount: (_parent, args, ctx) => {
      const filter = parseArgs(trustFilterSchema, args.filter ?? {}, ["filter"]);
      return ctx.db.$count(tables.trusts, trustSearchCondition(filter, tables.trusts));
    },
    resolve: (query, _parent, args, ctx) => {
      parseArgs(pageArgsSchema, args);
      const filter = parseArgs(trustFilterSchema, args.filter ?? {}, ["filter"]);
      return ctx.db.query.trusts.findMany(
        query({
          where: { RAW: (trust) => trustSearchCondition(filter, trust) },
          orderBy: { name: "asc" },
        }),
      );
    },
  }),
  trust: t.drizzleField({
    type: "trusts",
    nullable: true,
    description: "A trust by its ID; null when there is none.",
    args: { id: t.arg.id({ required: true, description: "The trust's ID (from Trust.id)." }) },
    resolve: (query, _parent, args, ctx) => {
      const id = trustIdFrom(args.id);
      return ctx.db.query.trusts.findFirst(query({ where: { id } }));
    },
  }),
}));

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function trustIdFrom(globalId: string): string {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    throw badUserInput("This is not a trust ID: use the id field of a Trust.", ["id"]);
  }
  if (decoded.typename !== "Trust" || !uuid.test(decoded.id)) {
    throw badUserInput("This is not a trust ID: use the id field of a Trust.", ["id"]);
  }
  return decoded.id;
}
