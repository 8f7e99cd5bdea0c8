import {
  availablePartnershipActions,
  dateInEngland,
  type ModelAgreement,
  modelAgreement,
  type PartnershipTerms,
} from "@atlas/domain";
import { builder } from "../../builder.ts";
import {
  PartnershipActionEnum,
  PartnershipFocusAreaEnum,
  PartnershipIntentEnum,
  PartnershipOutcomeEnum,
  PartnershipPartyEnum,
  PartnershipStateEnum,
} from "../../shared/enums.ts";
import { globalIdOf } from "../../shared/global-id.ts";
import { sideOf } from "./service.ts";

const TermsRef = builder.objectRef<PartnershipTerms>("PartnershipTerms").implement({
  description: "The terms of a partnership as they stand: the model agreement's parts.",
  fields: (t) => ({
    startDate: t.expose("startDate", { type: "Date" }),
    endDate: t.expose("endDate", {
      type: "Date",
      description: "As agreed; an extension moves Partnership.endDate.",
    }),
    focusAreas: t.expose("focusAreas", { type: [PartnershipFocusAreaEnum] }),
    objectives: t.exposeString("objectives"),
    serviceChargePounds: t.exposeFloat("serviceChargePounds", {
      description: "What the school pays the trust for the partnership, in pounds.",
    }),
    extensionAllowed: t.exposeBoolean("extensionAllowed"),
    maxTermMonths: t.exposeInt("maxTermMonths", {
      description: "The longest the partnership may run, extensions included (at most 24).",
    }),
    servicesProvided: t.exposeString("servicesProvided"),
    dataProtection: t.exposeString("dataProtection"),
  }),
});

export const PartnershipEventRef = builder.drizzleObject("partnershipEvents", {
  name: "PartnershipEvent",
  description:
    "One step of a partnership: who took it, when, and why. The history cannot be changed.",
  fields: (t) => ({
    sequence: t.exposeInt("sequence", { description: "1 for the request, then one per step." }),
    action: t.exposeString("action", { description: "REQUEST, or the PartnershipAction taken." }),
    actorName: t.exposeString("actorName", {
      nullable: true,
      description: "Who took it, as they were named then; null for a step taken by the date.",
    }),
    actorParty: t.exposeString("actorParty", { description: "SCHOOL, TRUST or SYSTEM." }),
    fromState: t.expose("fromState", { type: PartnershipStateEnum, nullable: true }),
    toState: t.expose("toState", { type: PartnershipStateEnum }),
    reason: t.exposeString("reason", { nullable: true }),
    details: t.field({
      type: "JSON",
      description: "What the step proposed, moved or recorded (terms, end date, outcome).",
      resolve: (e) => e.details,
    }),
    at: t.expose("at", { type: "DateTime" }),
  }),
});

const AgreementSectionRef = builder
  .objectRef<ModelAgreement["sections"][number]>("PartnershipAgreementSection")
  .implement({
    fields: (t) => ({
      heading: t.exposeString("heading"),
      paragraphs: t.exposeStringList("paragraphs"),
    }),
  });

const AgreementRef = builder.objectRef<ModelAgreement>("PartnershipAgreement").implement({
  description: "The partnership agreement in words, on the model agreement's headings.",
  fields: (t) => ({
    title: t.exposeString("title"),
    sections: t.field({ type: [AgreementSectionRef], resolve: (a) => a.sections }),
  }),
});

/** States in which both sides have confirmed the terms: there is an agreement to print. */
const AGREED_STATES = new Set(["AGREED", "ACTIVE", "CONCLUDED"]);

export const PartnershipRef = builder.drizzleObject("partnerships", {
  name: "Partnership",
  description:
    "A Trust Partnership: a school's time-limited trial membership of a trust. Private: the school's members, the trust's administrators, and curators (who read, but do not act).",
  select: { columns: { id: true, schoolId: true, trustId: true } },
  authScopes: (p) => ({ schoolMember: p.schoolId, trustAdmin: p.trustId, curator: true }),
  fields: (t) => ({
    id: t.string({ resolve: (p) => globalIdOf("Partnership", p.id) }),
    state: t.expose("state", { type: PartnershipStateEnum }),
    intent: t.expose("intent", { type: PartnershipIntentEnum }),
    school: t.relation("school"),
    trust: t.relation("trust"),
    terms: t.field({
      type: TermsRef,
      select: { columns: { terms: true } },
      resolve: (p) => p.terms,
    }),
    endDate: t.expose("endDate", {
      type: "Date",
      description: "When it ends as things stand: the agreed end, moved by any extension.",
    }),
    confirmedBy: t.expose("confirmedBy", {
      type: [PartnershipPartyEnum],
      description: "The sides that have confirmed the current terms; both make it AGREED.",
    }),
    outcome: t.expose("outcome", { type: PartnershipOutcomeEnum, nullable: true }),
    governingBodyResolutionDate: t.expose("governingBodyResolutionDate", {
      type: "Date",
      nullable: true,
    }),
    version: t.exposeInt("version", {
      description: "Goes up with every step: give it as expectedVersion when taking the next.",
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    partnershipEvents: t.relation("events", {
      description: "Every step, oldest first: the partnership's documentation.",
      query: { orderBy: { sequence: "asc" } },
    }),
    agreement: t.field({
      type: AgreementRef,
      nullable: true,
      description:
        "The agreement both sides confirmed, in words (for its PDF); null until they have.",
      select: {
        columns: { state: true, terms: true, endDate: true },
        with: {
          school: { columns: { name: true, urn: true } },
          trust: { columns: { name: true, companiesHouseNumber: true } },
        },
      },
      resolve: (p) =>
        AGREED_STATES.has(p.state)
          ? modelAgreement(
              {
                schoolName: p.school.name,
                schoolUrn: p.school.urn,
                trustName: p.trust.name,
                trustCompaniesHouseNumber: p.trust.companiesHouseNumber,
              },
              p.terms,
              p.endDate,
            )
          : null,
    }),
    availableActions: t.field({
      type: [PartnershipActionEnum],
      description: "The steps you may take now, for the side you act for; none for a curator.",
      select: {
        columns: { state: true, terms: true, confirmedBy: true, endDate: true, outcome: true },
      },
      resolve: (p, _args, ctx) => {
        const side = ctx.viewer ? sideOf(ctx.viewer, p) : null;
        if (side === null) return [];
        return availablePartnershipActions(
          {
            state: p.state,
            terms: p.terms,
            confirmedBy: p.confirmedBy,
            endDate: p.endDate,
            outcome: p.outcome,
          },
          side,
          dateInEngland(new Date()),
        );
      },
    }),
  }),
});
