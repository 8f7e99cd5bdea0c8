import type { trustDocumentDrafts, trustDocumentVersions } from "@atlas/db/schema";
import { governanceModels, storedGrid, type TrustProfileInput } from "@atlas/domain";
import { addDays, addMonths, dateBetween, type IsoDate, maxDate } from "./dates.ts";
import type { DemoClock } from "./demo-clock.ts";
import type { TrustWithSchools } from "./memberships.ts";
import { factsOf, firstProfile, reviseProfile, type TrustFacts } from "./profile-content.ts";
import type { Random } from "./random.ts";
import type { Scale } from "./scales.ts";
import { describeMoves, firstScheme, type SchemeContent, varyScheme } from "./scheme-content.ts";

export type { SchemeContent } from "./scheme-content.ts";

/** A document's content, told apart by its kind as the API stores it. */
export type TrustDocumentContent =
  | { kind: "PROFILE"; content: TrustProfileInput }
  | { kind: "SCHEME_OF_DELEGATION"; content: SchemeContent };

type DraftInsert = typeof trustDocumentDrafts.$inferInsert;
type VersionInsert = typeof trustDocumentVersions.$inferInsert;

/** A draft, with its save time and saver fixed (the columns' defaults are not deterministic). */
export type TrustDocumentDraftRow = Omit<DraftInsert, "kind" | "content" | "savedAt" | "savedBy"> &
  TrustDocumentContent & { savedAt: Date; savedBy: string | null };

/** A published version; none of the demo ones is unpublished. */
export type TrustDocumentVersionRow = Omit<
  VersionInsert,
  | "kind"
  | "content"
  | "publishedAt"
  | "publishedBy"
  | "unpublishedAt"
  | "unpublishedBy"
  | "unpublishReason"
> &
  TrustDocumentContent & {
    id: string;
    publishedAt: Date;
    publishedBy: string | null;
    unpublishedAt: null;
    unpublishedBy: null;
    unpublishReason: null;
  };

function moderationOf(dates: DocumentDates, publishedAt: Date, newest: boolean) {
  return newest && publishedAt >= dates.moderatedBefore
    ? { moderationState: "PENDING" as const, moderatedAt: null }
    : {
        moderationState: "APPROVED" as const,
        moderatedAt: new Date(publishedAt.getTime() + moderationDelayMs),
      };
}

/**
 * What became of one of a trust's documents: published (with how many versions, and whether the
 * draft has moved on since the last), only drafted, or never started.
 */
export type DocumentPlan =
  | { state: "PUBLISHED"; versions: number; draftAhead: boolean }
  | { state: "DRAFT_ONLY" }
  | { state: "NONE" };

interface DocumentDates {
  publishedFrom: IsoDate;
  publishedUntil: IsoDate;
  /**
   * A trust's newest version published after this still waits in the moderation queue; every
   * older one was approved two days after it went up.
   */
  moderatedBefore: Date;
  savedUntil: IsoDate;
}

/**
 * Documents were published over the two years before the demo's today, and drafts saved until
 * just before it (written against the anchor, 5 January 2026: see demo-clock.ts).
 */
function documentDates(clock: DemoClock): DocumentDates {
  const publishedUntil = clock.day("2025-12-12");
  return {
    publishedFrom: clock.day("2024-01-08"),
    publishedUntil,
    moderatedBefore: new Date(`${addDays(publishedUntil, -21)}T00:00:00Z`),
    savedUntil: clock.day("2026-01-02"),
  };
}
const moderationDelayMs = 2 * 86_400_000;

/** A working-day moment on `date` (a weekend day moves to the Monday), in office hours. */
function workingMoment(r: Random, date: IsoDate): Date {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  const weekday = day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
  const minutes = r.int(8 * 60, 17 * 60 + 30);
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return new Date(`${weekday}T${hh}:${mm}:${String(r.int(0, 59)).padStart(2, "0")}.000Z`);
}

/** `n` ascending moments between `from` and `to`, one in each of `n` equal stretches. */
function ascendingMoments(r: Random, from: IsoDate, to: IsoDate, n: number): Date[] {
  const span = Math.max(n, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000));
  const stretch = Math.floor(span / n);
  return Array.from({ length: n }, (_, i) => {
    const start = addDays(from, i * stretch);
    // The last few days of a stretch are left free, so a weekend moved to Monday stays in it.
    return workingMoment(r, dateBetween(r, start, addDays(start, Math.max(0, stretch - 4))));
  });
}

const isoDay = (moment: Date): IsoDate => moment.toISOString().slice(0, 10);
const minutesBefore = (moment: Date, minutes: number) =>
  new Date(moment.getTime() - minutes * 60_000);

/**
 * Decides, for the open trusts other than the demo ones, who has done what with each document:
 * exact shares (so every seed gives the same proportions), with the scheme mostly done by the
 * trusts that did their profile (its order is the profile's, shuffled a little).
 */
function planDocuments(
  r: Random,
  trustIds: readonly string[],
  shares: Scale["documents"],
): Map<string, { PROFILE: DocumentPlan; SCHEME_OF_DELEGATION: DocumentPlan }> {
  const order = r.shuffle(trustIds);
  const n = order.length;
  const engagement = new Map(order.map((id, i) => [id, (i + 0.5) / n]));
  const schemeOrder = [...order]
    .map((id) => ({ id, score: (engagement.get(id) ?? 1) + r.normal() * 0.08 }))
    .sort((a, b) => a.score - b.score)
    .map(({ id }) => id);

  const plans = new Map<string, { PROFILE: DocumentPlan; SCHEME_OF_DELEGATION: DocumentPlan }>();
  const states = (ids: readonly string[], s: { published: number; draftOnly: number }) => {
    const published = Math.round(ids.length * s.published);
    const drafted = published + Math.round(ids.length * s.draftOnly);
    const ahead = new Set(
      r.shuffle(ids.slice(0, published)).slice(0, Math.round(published * shares.draftAhead)),
    );
    return new Map(
      ids.map((id, i): [string, DocumentPlan] => [
        id,
        i < published
          ? {
              state: "PUBLISHED",
              versions: r.weighted<number>([
                [1, 40],
                [2, 35],
                [3, 25],
              ]),
              draftAhead: ahead.has(id),
            }
          : i < drafted
            ? { state: "DRAFT_ONLY" }
            : { state: "NONE" },
      ]),
    );
  };
  const profile = states(order, shares.PROFILE);
  const scheme = states(schemeOrder, shares.SCHEME_OF_DELEGATION);
  for (const id of order) {
    plans.set(id, {
      PROFILE: profile.get(id) ?? { state: "NONE" },
      SCHEME_OF_DELEGATION: scheme.get(id) ?? { state: "NONE" },
    });
  }
  return plans;
}

/**
 * The demo trusts' documents are fixed, so the end-to-end tests know what they will find: the
 * trust-admin's trust has three profile versions and two scheme versions with drafts equal to
 * the newest (an edit is then its own change), the other demo trust two and one.
 */
const demoPlans = {
  trustAdmin: {
    PROFILE: { state: "PUBLISHED", versions: 3, draftAhead: false },
    SCHEME_OF_DELEGATION: { state: "PUBLISHED", versions: 2, draftAhead: false },
  },
  otherTrustAdmin: {
    PROFILE: { state: "PUBLISHED", versions: 2, draftAhead: false },
    SCHEME_OF_DELEGATION: { state: "PUBLISHED", versions: 1, draftAhead: false },
  },
} as const satisfies Record<string, Record<"PROFILE" | "SCHEME_OF_DELEGATION", DocumentPlan>>;

const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const monthOf = (moment: Date) =>
  `${monthNames[moment.getUTCMonth()] ?? "January"} ${moment.getUTCFullYear()}`;

/** Successive contents and change summaries of one document, first published version first. */
interface History<C> {
  first(r: Random, publishedAt: Date): { content: C; summary: string };
  next(r: Random, before: C): { content: C; summary: string };
}

function profileHistory(f: TrustFacts): History<TrustProfileInput> {
  return {
    first: (r, at) => ({
      content: firstProfile(r, f),
      summary: r.pick([
        "First published profile",
        "Our first profile on Trust Atlas",
        "First version of our trust profile",
        `Profile agreed by trustees in ${monthOf(at)}`,
      ]),
    }),
    next: (r, before) => reviseProfile(r, before, f, r.int(1, 3)),
  };
}

function schemeHistory(f: TrustFacts): History<SchemeContent> {
  const model = governanceModels.label(f.model).toLowerCase();
  return {
    first: (r, at) => ({
      content: firstScheme(r, f.model),
      summary: r.pick([
        "First published scheme of delegation",
        `Scheme of delegation approved by the board in ${monthOf(at)}`,
        "Our first scheme of delegation on Trust Atlas",
        `First published scheme, based on the ${model} model`,
      ]),
    }),
    next: (r, before) => {
      const { cells, moves } = varyScheme(r, before.cells, r.int(1, 3));
      const text = describeMoves(moves, f.model, f.single);
      const summary = r.chance(0.3)
        ? `Annual review of the scheme: ${text.charAt(0).toLowerCase()}${text.slice(1)}`
        : text;
      return { content: { cells }, summary };
    },
  };
}

interface TrustDocuments {
  drafts: TrustDocumentDraftRow[];
  versions: TrustDocumentVersionRow[];
}

/** The rows of one document of one trust, by its plan. */
function documentRows<C>(
  r: Random,
  ref: { trustId: string; openedOn: IsoDate; editor: string | null },
  plan: DocumentPlan,
  history: History<C>,
  wrap: (content: C) => TrustDocumentContent,
  dates: DocumentDates,
): TrustDocuments {
  const { publishedFrom, publishedUntil, savedUntil } = dates;
  if (plan.state === "NONE") return { drafts: [], versions: [] };
  // A trust writes about itself a few months after it opens, at the earliest.
  const from = maxDate(publishedFrom, addMonths(ref.openedOn, 3));
  if (plan.state === "DRAFT_ONLY") {
    const savedAt = workingMoment(r, dateBetween(r, from, savedUntil));
    const { content } = history.first(r, savedAt);
    return {
      drafts: [
        {
          trustId: ref.trustId,
          ...wrap(content),
          version: r.int(1, 5),
          savedAt,
          savedBy: ref.editor,
        },
      ],
      versions: [],
    };
  }

  const moments = ascendingMoments(r, from, publishedUntil, plan.versions);
  const versions: TrustDocumentVersionRow[] = [];
  let content: C | undefined;
  let draftVersion = 0;
  moments.forEach((publishedAt, i) => {
    const made = content === undefined ? history.first(r, publishedAt) : history.next(r, content);
    content = made.content;
    // Each version was a draft saved one or more times since the last was published.
    draftVersion += r.int(1, 4);
    versions.push({
      id: r.uuid(),
      trustId: ref.trustId,
      ...wrap(made.content),
      number: i + 1,
      draftVersion,
      changeSummary: made.summary,
      publishedAt,
      publishedBy: ref.editor,
      unpublishedAt: null,
      unpublishedBy: null,
      unpublishReason: null,
      ...moderationOf(dates, publishedAt, i === moments.length - 1),
    });
  });
  const last = versions.at(-1);
  if (!last || content === undefined) throw new Error("a published document without versions");
  const draft: TrustDocumentDraftRow = plan.draftAhead
    ? {
        trustId: ref.trustId,
        ...wrap(history.next(r, content).content),
        version: draftVersion + r.int(1, 3),
        savedAt: workingMoment(r, dateBetween(r, addDays(isoDay(last.publishedAt), 3), savedUntil)),
        savedBy: ref.editor,
      }
    : {
        // Published as it was last saved: the draft is the newest version's content.
        trustId: ref.trustId,
        ...wrap(content),
        version: draftVersion,
        savedAt: minutesBefore(last.publishedAt, r.int(4, 90)),
        savedBy: ref.editor,
      };
  return { drafts: [draft], versions };
}

export interface DocumentInputs {
  /** What share of the trusts did what with each document. */
  shares: Scale["documents"];
  trusts: readonly TrustWithSchools[];
  /** The user id of each trust's demo administrator, where it has one. */
  editorOf: ReadonlyMap<string, string>;
  trustAdminTrustId: string;
  otherTrustAdminTrustId: string;
  clock: DemoClock;
}

/**
 * Profiles and schemes of delegation for the open trusts: about 80% have published a profile
 * and 70% a scheme (mostly the same trusts), in one to three versions over the last two years,
 * 15% of those with unpublished changes in the draft; 5% have only drafted each, and the rest
 * nothing. Each trust's content comes from its own facts and its own generator, so one trust's
 * documents never shift another's.
 */
export function buildTrustDocuments(r: Random, inputs: DocumentInputs): TrustDocuments {
  const dates = documentDates(inputs.clock);
  const open = inputs.trusts.filter((t) => t.schools.length > 0);
  const demoIds = new Set([inputs.trustAdminTrustId, inputs.otherTrustAdminTrustId]);
  const plans = planDocuments(
    r.fork("plan"),
    open.filter((t) => !demoIds.has(t.trust.id)).map((t) => t.trust.id),
    inputs.shares,
  );
  const drafts: TrustDocumentDraftRow[] = [];
  const versions: TrustDocumentVersionRow[] = [];
  for (const { trust, plan, schools } of open) {
    const tr = r.fork(`trust:${trust.id}`);
    const planned =
      trust.id === inputs.trustAdminTrustId
        ? demoPlans.trustAdmin
        : trust.id === inputs.otherTrustAdminTrustId
          ? demoPlans.otherTrustAdmin
          : plans.get(trust.id);
    if (!planned) throw new Error(`no document plan for trust ${trust.name}`);
    const facts = factsOf(tr.fork("facts"), trust, plan, schools);
    const ref = {
      trustId: trust.id,
      openedOn: trust.openedOn ?? "2015-01-01",
      editor: inputs.editorOf.get(trust.id) ?? null,
    };
    const profile = documentRows(
      tr.fork("profile"),
      ref,
      planned.PROFILE,
      profileHistory(facts),
      (content) => ({
        kind: "PROFILE" as const,
        content,
      }),
      dates,
    );
    const scheme = documentRows(
      tr.fork("scheme"),
      ref,
      planned.SCHEME_OF_DELEGATION,
      schemeHistory(facts),
      (content) => ({
        kind: "SCHEME_OF_DELEGATION" as const,
        content: { cells: storedGrid(content.cells) },
      }),
      dates,
    );
    drafts.push(...profile.drafts, ...scheme.drafts);
    versions.push(...profile.versions, ...scheme.versions);
  }
  return { drafts, versions };
}
