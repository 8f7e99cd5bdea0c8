import {
  addMonths,
  isAcademyType,
  type PartnershipIntent,
  type PartnershipOutcome,
  type PartnershipParty,
  type PartnershipState,
  type PartnershipTerms,
  partnershipFocusAreas,
  partnershipOutcomes,
  partnershipRequestSchema,
  partnershipTermsSchema,
  requestDateProblems,
} from "@atlas/domain";
import { addDays, dateBetween, firstOfMonthOnOrAfter, type IsoDate, maxDate } from "./dates.ts";
import type { DemoClock } from "./demo-clock.ts";
import {
  History,
  type PartnershipEventRow,
  type PartnershipRow,
  type Person,
  workingDay,
} from "./partnership-history.ts";
import * as text from "./partnership-text.ts";
import { firstNames, surnames } from "./profile-text.ts";
import type { Random } from "./random.ts";
import type { SchoolRow } from "./schools.ts";

export type { PartnershipEventRow, PartnershipRow } from "./partnership-history.ts";

/** A trust a school may ask: its id, region, and the lead contact of its published profile. */
export interface PartnershipTrust {
  id: string;
  region: string | null;
  contact: string | null;
}

export interface PartnershipInputs {
  /** Open trusts other than the demo trust, ideally those open to partnerships. */
  trusts: readonly PartnershipTrust[];
  /** Schools in no trust (standalone academies and maintained schools), the demo school not among them. */
  schools: readonly SchoolRow[];
  demoTrust: PartnershipTrust & { admin: Person };
  demoSchool: { school: SchoolRow; member: Person };
}

/** What happens to one partnership; the rest (dates, terms, who) is drawn at random. */
interface Story {
  state: PartnershipState;
  outcome?: PartnershipOutcome;
  extended?: boolean;
  /** Which way it went, for states reached more than one way. */
  variant?: number;
  reason?: string;
}

const times = (n: number, story: (i: number) => Story): Story[] =>
  Array.from({ length: n }, (_, i) => story(i));

/** The partnerships of trusts and schools other than the demo ones: several in every state. */
const otherStories: readonly Story[] = [
  ...times(8, () => ({ state: "REQUESTED" })),
  ...times(8, (i) => ({ state: "IN_DISCUSSION", variant: i % 3 })),
  ...times(6, (i) => ({ state: "AGREED", variant: i % 2 })),
  ...times(9, (i) => ({ state: "ACTIVE", extended: i < 3, variant: i % 2 })),
  ...partnershipOutcomes.keys.flatMap((outcome) =>
    times(3, (i) => ({ state: "CONCLUDED", outcome, extended: i === 0, variant: i % 2 })),
  ),
  ...times(7, (i) => ({ state: "DECLINED", variant: i % 2 })),
  ...times(6, (i) => ({ state: "WITHDRAWN", variant: i % 3 })),
];

/**
 * The demo trust's own: its administrator's inbox has two new requests and two in discussion
 * (one waiting for the trust, one for the school), one agreed, and a history behind them.
 */
const demoTrustStories: readonly Story[] = [
  { state: "REQUESTED" },
  { state: "REQUESTED" },
  { state: "IN_DISCUSSION", variant: 0 },
  { state: "IN_DISCUSSION", variant: 1 },
  { state: "AGREED", variant: 0 },
  { state: "ACTIVE", variant: 0 },
  { state: "CONCLUDED", outcome: "JOINING_TRUST", variant: 0 },
  { state: "DECLINED", variant: 1 },
];

/**
 * The demo school has NO open partnership with any trust: the browser journey asks for one from
 * it, and an open one with the trust it asks would be refused. Its one partnership is in its
 * past, withdrawn while in discussion with another trust.
 */
const demoSchoolStory: Story = {
  state: "WITHDRAWN",
  variant: 1,
  reason: "The governing body has decided to stay with the local authority for now.",
};

const personOf = (r: Random): Person => ({
  name: `${r.pick(firstNames)} ${r.pick(surnames)}`,
  userId: null,
});

const isAcademy = (school: SchoolRow) => isAcademyType(school.establishmentType);

function intentFor(r: Random, school: SchoolRow, outcome?: PartnershipOutcome): PartnershipIntent {
  if (outcome === "MERGING") return "MERGE";
  if (isAcademy(school))
    return outcome === "JOINING_TRUST" || r.chance(0.6) ? "EXPLORE_JOINING" : "MERGE";
  return r.chance(0.6) ? "CONVERT_AND_JOIN" : "EXPLORE_JOINING";
}

/** The school's request, checked as the API checks it, and the terms it starts from. */
function requestOf(
  r: Random,
  input: { trustId: string; school: SchoolRow; intent: PartnershipIntent; day: IsoDate },
  start: IsoDate,
) {
  const areas = new Set(r.shuffle(partnershipFocusAreas.keys).slice(0, r.int(1, 3)));
  const focusAreas = partnershipFocusAreas.keys.filter((k) => areas.has(k));
  const resolution = input.intent !== "EXPLORE_JOINING" || r.chance(0.4);
  const request = partnershipRequestSchema.parse({
    trustId: input.trustId,
    urn: input.school.urn,
    idempotencyKey: r.uuid(),
    intent: input.intent,
    focusAreas,
    objectives: focusAreas.map((a) => text.objectiveLines[a]).join(" "),
    proposedStartDate: start,
    proposedEndDate: addMonths(start, r.pick([6, 9, 12])),
    ...(r.chance(0.5) ? { expectedServiceChargePounds: r.pick([0, 1000, 2000, 3500, 5000]) } : {}),
    ...(resolution ? { governingBodyResolutionDate: addDays(input.day, -r.int(5, 40)) } : {}),
  });
  const problems = requestDateProblems(request, input.day);
  if (problems.length > 0) throw new Error(`demo request: ${problems[0]?.message}`);
  // As the API's `termsFromRequest`: the request's proposals, the rest left to the discussion.
  const terms: PartnershipTerms = {
    startDate: request.proposedStartDate,
    endDate: request.proposedEndDate,
    focusAreas: request.focusAreas,
    objectives: request.objectives,
    serviceChargePounds: request.expectedServiceChargePounds ?? 0,
    extensionAllowed: false,
    maxTermMonths: 24,
    servicesProvided: "To be agreed in discussion.",
    dataProtection: "To be agreed in discussion.",
  };
  return { request, terms };
}

/** How a deal is struck: the trust's terms (start, months, room to extend), and who agrees. */
interface Deal {
  start(proposedOn: IsoDate): IsoDate;
  months: number;
  /** Months the terms leave for an extension (0: none allowed). */
  room: number;
  open: boolean;
  counter: boolean;
  agree: boolean;
}

function trustTerms(r: Random, base: PartnershipTerms, start: IsoDate, deal: Deal) {
  return partnershipTermsSchema.parse({
    ...base,
    startDate: start,
    endDate: addMonths(start, deal.months),
    serviceChargePounds: r.pick([0, 1500, 2500, 4000, 6000, 7500]),
    extensionAllowed: deal.room > 0,
    maxTermMonths: deal.months + deal.room,
    servicesProvided: base.focusAreas.map((a) => text.serviceLines[a]).join(" "),
    dataProtection: r.pick(text.dataProtectionTexts),
  });
}

/** Opening (or not), the trust's terms, the school's counter (or not), and agreement (or not). */
function negotiate(r: Random, h: History, deal: Deal): void {
  if (deal.open)
    h.take(
      { action: "OPEN_DISCUSSION", ...(r.chance(0.5) ? { reason: r.pick(text.openReasons) } : {}) },
      "TRUST",
      h.after(2, 7),
    );
  const day = h.after(4, 12);
  const terms = trustTerms(r, h.snapshot.terms, deal.start(day), deal);
  h.take({ action: "PROPOSE_TERMS", terms, reason: r.pick(text.proposeReasons) }, "TRUST", day);
  if (deal.counter) {
    const cheaper = { ...terms, serviceChargePounds: Math.max(0, terms.serviceChargePounds - 500) };
    h.take(
      { action: "PROPOSE_TERMS", terms: cheaper, reason: r.pick(text.counterReasons) },
      "SCHOOL",
      h.after(3, 8),
    );
    if (deal.agree) h.take({ action: "CONFIRM_TERMS" }, "TRUST", h.after(2, 6));
  } else if (deal.agree) h.take({ action: "CONFIRM_TERMS" }, "SCHOOL", h.after(3, 10));
}

const eitherSide = (r: Random): PartnershipParty => (r.chance(0.6) ? "TRUST" : "SCHOOL");

/**
 * The request day and the school's proposed start for a story, and its steps after the request.
 * Each state's request days are chosen so that every step falls before the demo's today (the
 * day the demo accounts' roles were granted: see demo-clock.ts) whatever the
 * random gaps (at most about 45 days of negotiation).
 */
function plan(
  r: Random,
  story: Story,
  { today, thisMonth }: DemoClock,
): { day: IsoDate; start: IsoDate; steps(h: History): void } {
  const back = (min: number, max: number) => workingDay(addDays(today, -r.int(min, max)));
  const laterStart = (day: IsoDate, min: number, max: number) =>
    firstOfMonthOnOrAfter(addDays(day, r.int(min, max)));
  // The school answers the trust's terms with its own, in some (never before withdrawing).
  const counter = story.variant === 1 && story.state !== "WITHDRAWN";
  switch (story.state) {
    case "REQUESTED": {
      const day = back(3, 21);
      return { day, start: laterStart(day, 60, 200), steps: () => {} };
    }
    case "IN_DISCUSSION": {
      const day = back(50, 80);
      const start = laterStart(day, 90, 200);
      const v = story.variant ?? 0;
      return {
        day,
        start,
        steps: (h) => {
          if (v === 0) h.take({ action: "OPEN_DISCUSSION" }, "TRUST", h.after(2, 7));
          else
            negotiate(r, h, {
              start: (d) => maxDate(start, firstOfMonthOnOrAfter(addDays(d, 30))),
              months: r.pick([6, 9, 12]),
              room: r.pick([0, 6]),
              open: r.chance(0.7),
              counter: v === 2,
              agree: false,
            });
        },
      };
    }
    case "AGREED":
    case "WITHDRAWN": {
      const agreed = story.state === "AGREED";
      const day = agreed ? back(60, 110) : back(80, 540);
      const start = laterStart(day, 60, 180);
      const v = agreed ? 2 : (story.variant ?? 0);
      const deal: Deal = {
        // Agreed ones start after today; withdrawn ones were withdrawn before they began.
        start: (d) =>
          maxDate(
            maxDate(start, firstOfMonthOnOrAfter(addDays(d, 60))),
            agreed ? firstOfMonthOnOrAfter(addDays(today, 20)) : start,
          ),
        months: r.pick([6, 9, 12]),
        room: r.pick([0, 6, 12]),
        open: r.chance(0.8),
        counter,
        agree: v === 2,
      };
      return {
        day,
        start,
        steps: (h) => {
          if (v >= 1) negotiate(r, h, deal);
          if (agreed) return;
          const reason = story.reason ?? r.pick(text.withdrawReasons);
          h.take({ action: "WITHDRAW", reason }, "SCHOOL", h.after(3, 14));
        },
      };
    }
    case "DECLINED": {
      const day = back(45, 540);
      return {
        day,
        start: laterStart(day, 60, 200),
        steps: (h) => {
          if (story.variant === 1) h.take({ action: "OPEN_DISCUSSION" }, "TRUST", h.after(2, 7));
          const reason = story.reason ?? r.pick(text.declineReasons);
          h.take({ action: "DECLINE", reason }, "TRUST", h.after(3, 14));
        },
      };
    }
    case "ACTIVE":
    case "CONCLUDED": {
      const active = story.state === "ACTIVE";
      const room = story.extended ? r.pick([3, 6]) : 0;
      // Started k months ago, on the 1st; active ones end after today, concluded ones before
      // this month.
      const k = active ? r.int(story.extended ? 3 : 1, 10) : r.int(story.extended ? 14 : 9, 28);
      const months = active ? r.int(Math.max(6, k + 1), 12) : Math.min(r.int(6, 12), k - 1 - room);
      const start = addMonths(thisMonth, -k);
      const day = workingDay(addDays(start, -r.int(75, 150)));
      return {
        day,
        start,
        steps: (h) => {
          negotiate(r, h, {
            start: () => start,
            months,
            room: story.extended || r.chance(0.3) ? Math.max(room, 3) : 0,
            open: r.chance(0.8),
            counter,
            agree: true,
          });
          const began = workingDay(start);
          h.take({ action: "START" }, eitherSide(r), began);
          if (story.extended) {
            const until = active ? addDays(today, -6) : addDays(h.snapshot.endDate, -14);
            const on = workingDay(dateBetween(r, addDays(began, active ? 20 : 60), until));
            const endDate = addMonths(h.snapshot.endDate, room);
            const reason = r.pick(text.extendReasons);
            h.take({ action: "EXTEND", endDate, reason }, eitherSide(r), on);
          }
          if (active) return;
          const outcome = story.outcome ?? "ENDED_WITHOUT_JOINING";
          const reason = story.reason ?? r.pick(text.concludeReasons[outcome]);
          const on = workingDay(addDays(h.snapshot.endDate, r.int(0, 10)));
          h.take({ action: "CONCLUDE", outcome, reason }, eitherSide(r), on);
        },
      };
    }
  }
}

function tell(
  r: Random,
  story: Story,
  who: { trust: PartnershipTrust; trustPerson: Person; school: SchoolRow; schoolPerson: Person },
  clock: DemoClock,
): { row: PartnershipRow; events: PartnershipEventRow[] } {
  const { today } = clock;
  const intent = intentFor(r, who.school, story.outcome);
  const { day, start, steps } = plan(r, story, clock);
  const { request, terms } = requestOf(
    r,
    { trustId: who.trust.id, school: who.school, intent, day },
    start,
  );
  const h = new History(
    r,
    r.uuid(),
    { SCHOOL: who.schoolPerson, TRUST: who.trustPerson },
    { day, terms, intent },
  );
  steps(h);
  if (h.day >= today) throw new Error(`a demo partnership step on ${h.day}, not before ${today}`);
  if (h.snapshot.state !== story.state)
    throw new Error(`a demo partnership ended ${h.snapshot.state}, not ${story.state}`);
  const { snapshot, events } = h;
  return {
    row: {
      id: h.id,
      schoolId: who.school.id,
      trustId: who.trust.id,
      state: snapshot.state,
      intent,
      terms: snapshot.terms,
      startDate: snapshot.terms.startDate,
      endDate: snapshot.endDate,
      confirmedBy: snapshot.confirmedBy,
      outcome: snapshot.outcome,
      governingBodyResolutionDate: request.governingBodyResolutionDate ?? null,
      requestedBy: who.schoolPerson.userId,
      idempotencyKey: request.idempotencyKey,
      version: events.length,
      createdAt: events[0]?.at ?? new Date(0),
      updatedAt: events.at(-1)?.at ?? new Date(0),
    },
    events,
  };
}

/**
 * The demo Trust Partnerships: about 60 between trusts and schools in no trust, in every state
 * (see the stories above), each school in one only, mostly with a trust in its own region. Pure:
 * the same `r` gives the same rows.
 */
export function buildPartnerships(
  r: Random,
  input: PartnershipInputs,
  clock: DemoClock,
): { partnerships: PartnershipRow[]; partnershipEvents: PartnershipEventRow[] } {
  if (input.trusts.length === 0) throw new Error("no trusts for the demo partnerships");
  const used = new Set<string>([input.demoSchool.school.id]);
  const pickSchool = (region: string | null, story: Story): SchoolRow => {
    const fits = input.schools.filter(
      (s) =>
        !used.has(s.id) && s.status !== "CLOSED" && (story.outcome !== "MERGING" || isAcademy(s)),
    );
    const near = fits.filter((s) => s.region === region);
    const school = r.pick(near.length > 0 ? near : fits);
    used.add(school.id);
    return school;
  };
  const told: { row: PartnershipRow; events: PartnershipEventRow[] }[] = [];
  const demo = input.demoTrust;
  for (const story of demoTrustStories)
    told.push(
      tell(
        r,
        story,
        {
          trust: demo,
          trustPerson: demo.admin,
          school: pickSchool(demo.region, story),
          schoolPerson: personOf(r),
        },
        clock,
      ),
    );

  const order = r.shuffle(input.trusts);
  const chosen: PartnershipTrust[] = [];
  for (const story of r.shuffle(otherStories)) {
    // A quarter go to a trust already asked, so some trusts have several.
    const trust =
      chosen.length > 0 && r.chance(0.25)
        ? r.pick(chosen)
        : (order[chosen.length % order.length] ?? r.pick(order));
    chosen.push(trust);
    const trustPerson = trust.contact ? { name: trust.contact, userId: null } : personOf(r);
    told.push(
      tell(
        r,
        story,
        {
          trust,
          trustPerson,
          school: pickSchool(trust.region, story),
          schoolPerson: personOf(r),
        },
        clock,
      ),
    );
  }

  const school = input.demoSchool.school;
  const near = input.trusts.filter((t) => t.region === school.region);
  const trust = r.pick(near.length > 0 ? near : input.trusts);
  told.push(
    tell(
      r,
      demoSchoolStory,
      {
        trust,
        trustPerson: trust.contact ? { name: trust.contact, userId: null } : personOf(r),
        school,
        schoolPerson: input.demoSchool.member,
      },
      clock,
    ),
  );

  told.sort((a, b) => a.row.createdAt.getTime() - b.row.createdAt.getTime());
  return {
    partnerships: told.map((t) => t.row),
    partnershipEvents: told.flatMap((t) => t.events),
  };
}
