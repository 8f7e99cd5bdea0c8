import { randomUUID } from "node:crypto";
import { createTestApi, type TestApi } from "@atlas/api/testing";
import { demoPassword } from "@atlas/data";
import { buildSchool, buildSectorBody, buildTrust, buildUser } from "@atlas/db/testing";
import { addMonths, longDate, MAX_DOCUMENT_BYTES } from "@atlas/domain";
import { checkNote, ErrorSummary, FileUpload } from "@atlas/ui";
import { renderToStaticMarkup } from "react-dom/server";
import { gql } from "urql";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  AttachPartnershipDocumentDocument,
  PartnershipDocument,
  PartnershipInboxDocument,
  RecordPartnershipNoteDocument,
  TransitionPartnershipDocument,
  ViewerDocument,
} from "../src/gql/graphql.ts";
import { attachDocument, uploadAnswerOf } from "../src/partnerships/document-upload.ts";
import { countByState, readStateFilter } from "../src/partnerships/inbox.ts";
import { noteAnswerOf } from "../src/partnerships/note-form.ts";
import { answerOf } from "../src/partnerships/PartnershipActions.tsx";
import { TermsFields } from "../src/partnerships/TermsFields.tsx";
import {
  checkTermsForm,
  termsErrorsFromIssues,
  termsFormFrom,
} from "../src/partnerships/terms-form.ts";
import { textOf as text, renderPage as visit } from "./support/render.tsx";
import { clientIn, demoPasswordHash, sessionIn, signIn } from "./support/session.ts";

// Trust Partnerships in the admin, against the real API on a fresh database: a school asks
// through the API (as its member, the way the public site does), and the trust's administrator
// reads the inbox, opens the request, takes steps and sees the history grow; a curator reads it
// all without a step to take. Server renders do not wait for queries, so each visit first asks
// the session's own client for what the page needs (answered then from its cache).

let api: TestApi;
let adminEmail: string;
let emptyAdminEmail: string;
let memberEmail: string;
let otherMemberEmail: string;
let curatorEmail: string;
let brookUrn: number;
let fernUrn: number;
let trustId = "";

const REQUEST = gql`
  mutation RequestPartnershipFromSchool($input: RequestPartnershipInput!) {
    requestPartnership(input: $input) {
      __typename
      ... on PartnershipPayload {
        partnership {
          id
          version
        }
      }
    }
  }
`;

/** Today in England, as the API counts days. */
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
const start = addMonths(today, 1);

beforeAll(async () => {
  api = await createTestApi();
  const { db } = api.database;
  const brook = await buildSchool(db, { name: "Brook Primary School" });
  const fern = await buildSchool(db, { name: "Fern Infant School" });
  brookUrn = brook.urn;
  fernUrn = fern.urn;
  const { trust } = await buildTrust(db, { name: "Heron Learning Trust" });
  const { trust: quiet } = await buildTrust(db, { name: "Quiet Waters Trust" });
  const body = await buildSectorBody(db, { name: "Trust Atlas Curation" });
  const person = async (name: string, roles: Parameters<typeof buildUser>[1]["roles"]) =>
    (await buildUser(db, { name, passwordHash: demoPasswordHash, roles })).email;
  adminEmail = await person("Tia Admin", [{ role: "TRUST_ADMIN", trustId: trust.id }]);
  emptyAdminEmail = await person("Quinn Admin", [{ role: "TRUST_ADMIN", trustId: quiet.id }]);
  memberEmail = await person("Sam Member", [{ role: "SCHOOL_MEMBER", schoolId: brook.id }]);
  otherMemberEmail = await person("Fay Member", [{ role: "SCHOOL_MEMBER", schoolId: fern.id }]);
  curatorEmail = await person("Cora Curator", [{ role: "CURATOR", sectorBodyId: body.id }]);

  // The trust's id as the API gives it (a global id), from its administrator's roles.
  const { session } = sessionIn(api);
  await signIn(session.current(), adminEmail, demoPassword);
  const viewer = await session.current().query(ViewerDocument, {}).toPromise();
  trustId = viewer.data?.viewer?.roles?.find((r) => r.role === "TRUST_ADMIN")?.trust?.id ?? "";
  expect(trustId).not.toBe("");
});

afterAll(async () => {
  await api?.close();
});

/** A school member asks the trust for a partnership through the API. */
async function requestAs(
  email: string,
  urn: number,
  objectives: string,
  startDate = start,
): Promise<string> {
  const { browser } = sessionIn(api);
  const client = clientIn(api, browser);
  await signIn(client, email, demoPassword);
  const result = await client
    .mutation(REQUEST, {
      input: {
        trustId,
        urn,
        idempotencyKey: randomUUID(),
        intent: "EXPLORE_JOINING",
        focusAreas: ["CURRICULUM", "CPD"],
        objectives,
        proposedStartDate: startDate,
        proposedEndDate: addMonths(startDate, 12),
        expectedServiceChargePounds: 2500,
      },
    })
    .toPromise();
  expect(result.error).toBeUndefined();
  expect(result.data?.requestPartnership.__typename).toBe("PartnershipPayload");
  return result.data.requestPartnership.partnership.id as string;
}

async function signedInAs(email: string) {
  const visitor = sessionIn(api);
  await signIn(visitor.session.current(), email, demoPassword);
  return visitor;
}

/** The body rows of the table with this caption, as the text of their cells. */
function tableRows(html: string, caption: string): string[][] {
  const table = html
    .split("<table")
    .find(
      (part) => text(part.match(/<caption[^>]*>(.*?)<\/caption>/)?.[1] ?? "").trim() === caption,
    );
  if (table === undefined) throw new Error(`no table "${caption}"`);
  const body = table.match(/<tbody>(.*?)<\/tbody>/s)?.[1] ?? "";
  // Across lines too: a note's words keep their line breaks.
  return [...body.matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) =>
    [...(row[1] ?? "").matchAll(/<t[hd] [^>]*>(.*?)<\/t[hd]>/gs)].map((cell) =>
      text(cell[1] ?? "").trim(),
    ),
  );
}

const labels = (html: string) =>
  [...html.matchAll(/<(label|legend)[^>]*>(.*?)<\/\1>/g)].map((m) => text(m[2] ?? "").trim());
const buttons = (html: string) =>
  [...html.matchAll(/<button[^>]*>(.*?)<\/button>/g)].map((m) => text(m[1] ?? "").trim());
const headings = (html: string) =>
  [...html.matchAll(/<h([1-3])[^>]*>(.*?)<\/h\1>/g)].map(
    (m) => `h${m[1]} ${text(m[2] ?? "").trim()}`,
  );

const inboxCaption = "Partnership requests to Heron Learning Trust, newest first";
const historyCaption = "History of this partnership, oldest first";

describe("a trust's partnership requests", () => {
  let brookId = "";

  it("lists the requests with a count per state, and filters by state", async () => {
    brookId = await requestAs(memberEmail, brookUrn, "Share curriculum planning.");
    const fernId = await requestAs(otherMemberEmail, fernUrn, "Train our early years staff.");
    // The trust turns Fern's request down (through the API, as the page does).
    const admin = await signedInAs(adminEmail);
    const client = admin.session.current();
    const fern = await client.query(PartnershipDocument, { id: fernId }).toPromise();
    const declined = await client
      .mutation(TransitionPartnershipDocument, {
        input: {
          partnershipId: fernId,
          action: "DECLINE",
          expectedVersion: fern.data?.partnership?.version ?? 0,
          reason: "We are not taking on infant schools this year.",
        },
      })
      .toPromise();
    expect(declined.data?.transitionPartnership.__typename).toBe("PartnershipPayload");

    const inbox = await client.query(PartnershipInboxDocument, { id: trustId }).toPromise();
    expect(inbox.error).toBeUndefined();
    const requests = inbox.data?.trust?.partnershipRequests ?? [];
    expect(countByState(requests)).toMatchObject({ REQUESTED: 1, DECLINED: 1, ACTIVE: 0 });

    const html = await visit(admin.session, "/partnership-requests");
    const content = text(html);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(/aria-current="page"[^>]*>.*Partnership requests/);
    expect(content).not.toContain("Coming next");
    expect(labels(html)).toEqual(
      expect.arrayContaining([
        "Show requests that are",
        "Requested (1)",
        "In discussion (0)",
        "Declined (1)",
        "Withdrawn (0)",
      ]),
    );
    const rows = tableRows(html, inboxCaption);
    // Newest first: school, intent, focus areas, proposed dates, state, received.
    expect(rows.map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
      [
        "Fern Infant School",
        "Explore joining the trust",
        "Curriculum, Staff training (CPD)",
        "Declined",
      ],
      [
        "Brook Primary School",
        "Explore joining the trust",
        "Curriculum, Staff training (CPD)",
        "Requested",
      ],
    ]);
    expect(rows[0]?.[3]).toMatch(/^\d{1,2} \w+ \d{4} to \d{1,2} \w+ \d{4}$/);
    expect(html).toContain(`href="/partnership-requests/${encodeURIComponent(brookId)}"`);
    expect(content).toContain("2 requests");

    // Filtered by the address: the counts stay those of the whole list.
    const params = new URLSearchParams("state=DECLINED&state=NONSENSE");
    expect(readStateFilter(params)).toEqual(["DECLINED"]);
    const filtered = await visit(admin.session, "/partnership-requests?state=DECLINED");
    expect(tableRows(filtered, inboxCaption).map((r) => r[0])).toEqual(["Fern Infant School"]);
    expect(text(filtered)).toContain("1 request of 2");
    expect(labels(filtered)).toContain("Requested (1)");
    expect(filtered).toMatch(
      /id="state-filter-6"[^>]*checked=""|checked=""[^>]*id="state-filter-6"/,
    );
  });

  it("says so when a trust has no requests yet", async () => {
    const { session } = await signedInAs(emptyAdminEmail);
    const quietId = (await session.current().query(ViewerDocument, {}).toPromise()).data?.viewer
      ?.roles?.[0]?.trust?.id;
    await session
      .current()
      .query(PartnershipInboxDocument, { id: quietId ?? "" })
      .toPromise();
    const html = await visit(session, "/partnership-requests");
    expect(text(html)).toContain("No partnership requests yet");
    expect(html).not.toContain("<table");
  });

  it("opens a request, takes steps from the version loaded, and grows the history", async () => {
    const warn = vi.spyOn(console, "warn");
    const { session, browser } = await signedInAs(adminEmail);
    const client = session.current();
    const load = async () => {
      const result = await client
        .query(PartnershipDocument, { id: brookId }, { requestPolicy: "network-only" })
        .toPromise();
      expect(result.error).toBeUndefined();
      const partnership = result.data?.partnership;
      if (!partnership) throw new Error("the partnership did not load");
      return partnership;
    };
    const page = `/partnership-requests/${encodeURIComponent(brookId)}`;

    // As requested: the school, the terms, the trust's steps, and the request in the history.
    const requested = await load();
    expect(requested.availableActions).toEqual(
      expect.arrayContaining(["OPEN_DISCUSSION", "PROPOSE_TERMS", "DECLINE"]),
    );
    let html = await visit(session, page);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(headings(html)).toEqual([
      "h1 Partnership request Brook Primary School",
      "h2 Terms",
      "h2 What you can do",
      "h3 Open discussion",
      "h3 Propose changes to terms",
      "h3 Decline",
      "h2 Messages",
      "h3 Send a message",
      "h2 Documents",
      "h3 Attach a document",
      "h2 History",
    ]);
    expect(html).toContain('aria-label="Breadcrumb"');
    expect(text(html)).toContain("Share curriculum planning.");
    expect(text(html)).toContain("Neither side has confirmed the terms yet.");
    expect(buttons(html)).toEqual(expect.arrayContaining(["Open discussion", "Decline"]));
    expect(labels(html)).toEqual(
      expect.arrayContaining(["Message to the school (optional)", "Reason"]),
    );
    expect(tableRows(html, historyCaption)).toEqual([
      [
        "1",
        "Asked for a partnership",
        "Sam Member, the school",
        expect.any(String),
        "Requested",
        expect.stringMatching(/^Terms for /),
      ],
    ]);

    // Open discussion, with a message; sent with the version loaded.
    const opened = await client
      .mutation(TransitionPartnershipDocument, {
        input: {
          partnershipId: brookId,
          action: "OPEN_DISCUSSION",
          expectedVersion: requested.version,
          reason: "Happy to talk: could you come in next week?",
        },
      })
      .toPromise();
    expect(answerOf(opened.data?.transitionPartnership).kind).toBe("done");
    html = await visit(session, page);
    expect(text(html)).toContain("In discussion");
    expect(tableRows(html, historyCaption).map((r) => [r[1], r[2], r[4], r[5]])).toEqual([
      ["Asked for a partnership", "Sam Member, the school", "Requested", expect.any(String)],
      [
        "Open discussion",
        "Tia Admin, the trust",
        "Requested → In discussion",
        "Happy to talk: could you come in next week?",
      ],
    ]);
    expect(buttons(html)).toEqual(expect.arrayContaining(["Confirm the agreement", "Decline"]));

    // A step from the old version is refused as stale: nothing is applied.
    const stale = await client
      .mutation(TransitionPartnershipDocument, {
        input: {
          partnershipId: brookId,
          action: "DECLINE",
          expectedVersion: requested.version,
          reason: "Too late.",
        },
      })
      .toPromise();
    expect(answerOf(stale.data?.transitionPartnership)).toEqual({
      kind: "stale",
      currentVersion: requested.version + 1,
    });

    // Propose terms: an invalid form is refused at the edge, its errors on the fields.
    const discussing = await load();
    const form = termsFormFrom(discussing.terms);
    expect(form.startDate).toBe(start);
    const sentBefore = browser.sent("TransitionPartnership");
    const invalid = checkTermsForm({ ...form, endDate: addMonths(start, -1) });
    expect(invalid.ok).toBe(false);
    if (invalid.ok) return;
    expect(invalid.errors.summary).toEqual([
      { href: "#terms-endDate", text: "The end date must be after the start date." },
    ]);
    expect(invalid.errors.fields["terms-endDate"]).toBe(
      "The end date must be after the start date.",
    );
    const twoWrong = checkTermsForm({ ...form, focusAreas: [], serviceChargePounds: "a lot" });
    expect(!twoWrong.ok && twoWrong.errors.summary.map((s) => s.href)).toEqual([
      "#terms-focusAreas",
      "#terms-serviceChargePounds",
    ]);
    expect(browser.sent("TransitionPartnership")).toBe(sentBefore);
    const shown = renderToStaticMarkup(
      <>
        <ErrorSummary errors={invalid.errors.summary} />
        <TermsFields form={form} onChange={() => {}} errors={invalid.errors.fields} />
      </>,
    );
    expect(shown).toContain('href="#terms-endDate"');
    expect(shown).toMatch(
      /id="terms-endDate"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="terms-endDate"/,
    );
    expect(text(shown)).toContain("Error: The end date must be after the start date.");
    expect(labels(shown)).toEqual(
      expect.arrayContaining([
        "Start date",
        "End date",
        "Focus areas",
        "Objectives",
        "Services the trust provides",
        "Service charge, in pounds",
        "May the partnership be extended?",
        "Maximum term, in months",
        "Data protection",
      ]),
    );

    // The API's own refusal of terms (sent past the edge) lands on the same fields.
    const valid = checkTermsForm({
      ...form,
      focusAreas: ["CURRICULUM", "LEADERSHIP_MENTORING"],
      servicesProvided: "Subject networks, CPD days and a mentor for the headteacher.",
      serviceChargePounds: "3,000",
      maxTermMonths: "18",
      reason: "Our offer, as we discussed.",
    });
    if (!valid.ok) throw new Error(JSON.stringify(valid.errors));
    const refused = await client
      .mutation(TransitionPartnershipDocument, {
        input: {
          partnershipId: brookId,
          action: "PROPOSE_TERMS",
          expectedVersion: discussing.version,
          terms: { ...valid.terms, maxTermMonths: 30 },
        },
      })
      .toPromise();
    const refusedAnswer = answerOf(refused.data?.transitionPartnership);
    expect(refusedAnswer.kind).toBe("issues");
    if (refusedAnswer.kind === "issues") {
      expect(Object.keys(termsErrorsFromIssues(refusedAnswer.issues).fields)).toEqual([
        "terms-maxTermMonths",
      ]);
    }

    // Then a valid proposal: the trust has confirmed its own terms, the school is asked.
    const proposed = await client
      .mutation(TransitionPartnershipDocument, {
        input: {
          partnershipId: brookId,
          action: "PROPOSE_TERMS",
          expectedVersion: discussing.version,
          terms: valid.terms,
          reason: valid.reason,
        },
      })
      .toPromise();
    const proposedAnswer = answerOf(proposed.data?.transitionPartnership);
    expect(proposedAnswer.kind).toBe("done");
    if (proposedAnswer.kind === "done") {
      expect(proposedAnswer.partnership.confirmedBy).toEqual(["TRUST"]);
      expect(proposedAnswer.partnership.availableActions).not.toContain("CONFIRM_TERMS");
    }
    html = await visit(session, page);
    expect(text(html)).toContain("The trust has confirmed; waiting for the school.");
    expect(text(html)).toContain("£3,000");
    expect(text(html)).toContain("Headteacher and leadership mentoring");
    const history = tableRows(html, historyCaption);
    expect(history).toHaveLength(3);
    expect(history[2]?.slice(1, 3)).toEqual(["Propose changes to terms", "Tia Admin, the trust"]);
    expect(history[2]?.[5]).toContain("Our offer, as we discussed.");
    expect(history[2]?.[5]).toMatch(/Terms for \d/);
    expect(buttons(html)).not.toContain("Confirm the agreement");

    // Confirming again is refused, and the refusal's message is what the page shows.
    const again = await client
      .mutation(TransitionPartnershipDocument, {
        input: {
          partnershipId: brookId,
          action: "CONFIRM_TERMS",
          expectedVersion: discussing.version + 1,
        },
      })
      .toPromise();
    const againAnswer = answerOf(again.data?.transitionPartnership);
    expect(againAnswer.kind).toBe("error");

    // The inbox row changed with the step (the payload updated the cached partnership).
    const inbox = await client.query(PartnershipInboxDocument, { id: trustId }).toPromise();
    expect(inbox.data?.trust?.partnershipRequests?.find((p) => p.id === brookId)?.state).toBe(
      "IN_DISCUSSION",
    );
    // Graphcache warns (console.warn) about any type it cannot key: there are none.
    const warnings = warn.mock.calls.map((call) => String(call[0]));
    warn.mockRestore();
    expect(warnings).toEqual([]);
  });

  it("lets a curator read the inbox and the partnership, with no step to take", async () => {
    const { session } = await signedInAs(curatorEmail);
    const client = session.current();
    const read = await client.query(PartnershipDocument, { id: brookId }).toPromise();
    expect(read.data?.partnership?.availableActions).toEqual([]);
    await client.query(PartnershipInboxDocument, { id: trustId }).toPromise();

    const inbox = await visit(
      session,
      `/trusts/${encodeURIComponent(trustId)}/partnership-requests`,
    );
    expect(text(inbox)).toContain("You are reading these requests as a curator");
    expect(tableRows(inbox, inboxCaption)).toHaveLength(2);

    const html = await visit(session, `/partnership-requests/${encodeURIComponent(brookId)}`);
    expect(text(html)).toContain("You are reading this partnership as a curator");
    expect(headings(html)).not.toContain("h2 What you can do");
    const main = html.slice(html.indexOf("<main"));
    expect(buttons(main)).toEqual([]);
    expect(main).not.toContain("<form");
    expect(tableRows(html, historyCaption)).toHaveLength(3);

    // Without a trust to read, a curator is asked to choose one.
    expect(text(await visit(session, "/partnership-requests"))).toContain("Choose a trust");
  });

  it("keeps the messages between the sides, then the activities and reviews once it runs", async () => {
    const { session, browser } = await signedInAs(adminEmail);
    const client = session.current();
    const page = `/partnership-requests/${encodeURIComponent(brookId)}`;
    const note = (partnershipId: string, kind: string, body: string, nextReviewDate?: string) =>
      client
        .mutation(RecordPartnershipNoteDocument, {
          input: {
            partnershipId,
            kind: kind as never,
            body,
            nextReviewDate: nextReviewDate ?? null,
          },
        })
        .toPromise();
    await client.query(PartnershipDocument, { id: brookId }).toPromise();

    // A blank message is refused before anything is sent.
    const sentBefore = browser.sent("RecordPartnershipNote");
    const blank = checkNote("MESSAGE", { body: "  ", nextReviewDate: "" });
    expect(!blank.ok && blank.errors.summary).toEqual([
      { href: "#message-body", text: "Enter the note; it cannot be blank." },
    ]);
    expect(browser.sent("RecordPartnershipNote")).toBe(sentBefore);

    // The school writes (as its member, on the public site), the trust replies from the page.
    const school = sessionIn(api);
    const schoolClient = clientIn(api, school.browser);
    await signIn(schoolClient, memberEmail, demoPassword);
    const asked = await schoolClient
      .mutation(RecordPartnershipNoteDocument, {
        input: { partnershipId: brookId, kind: "MESSAGE", body: "Could we visit in March?" },
      })
      .toPromise();
    expect(noteAnswerOf(asked.data?.recordPartnershipNote)).toEqual({ kind: "done" });
    const reply = checkNote("MESSAGE", {
      body: " Yes: Tuesday 9 March suits us.\nBring the curriculum map. ",
      nextReviewDate: "",
    });
    if (!reply.ok) throw new Error(JSON.stringify(reply.errors));
    const replied = await note(brookId, "MESSAGE", reply.note.body);
    expect(noteAnswerOf(replied.data?.recordPartnershipNote)).toEqual({ kind: "done" });

    // The payload brought the history back: the thread shows both, oldest first, with who.
    let html = await visit(session, page);
    const messages = html.slice(html.indexOf(">Messages</h2>"), html.indexOf(">History</h2>"));
    expect(text(messages)).toMatch(
      /Message from Sam Member, the school, \d{1,2} \w+ \d{4} at \d{2}:\d{2} Could we visit in March\? Message from Tia Admin, the trust, .* Yes: Tuesday 9 March suits us. Bring the curriculum map./,
    );
    // Kept as written, line breaks and all.
    expect(html).toContain(
      'class="admin-prewrap">Yes: Tuesday 9 March suits us.\nBring the curriculum map.</p>',
    );
    expect(labels(html)).toContain("Message to the school");
    expect(buttons(html)).toContain("Send the message");
    expect(headings(html)).not.toContain("h2 Activities and reviews");
    expect(
      tableRows(html, historyCaption)
        .slice(-2)
        .map((r) => [r[1], r[2], r[4], r[5]]),
    ).toEqual([
      [
        "Message",
        "Sam Member, the school",
        "In discussion (unchanged)",
        "Could we visit in March?",
      ],
      [
        "Message",
        "Tia Admin, the trust",
        "In discussion (unchanged)",
        "Yes: Tuesday 9 March suits us. Bring the curriculum map.",
      ],
    ]);

    // A review before it runs is the API's refusal, which the form shows as it is.
    const early = await note(brookId, "REVIEW", "Too soon.");
    const earlyAnswer = noteAnswerOf(early.data?.recordPartnershipNote);
    expect(earlyAnswer).toEqual({
      kind: "error",
      text: expect.stringMatching(/^Activities and reviews are recorded while a partnership runs/),
    });

    // Fern asks again, starting today; the trust proposes, the school confirms, and it starts.
    const fernId = await requestAs(otherMemberEmail, fernUrn, "Phonics together.", today);
    const step = async (c: typeof client, input: Record<string, unknown>) => {
      const { data } = await c
        .query(PartnershipDocument, { id: fernId }, { requestPolicy: "network-only" })
        .toPromise();
      const result = await c
        .mutation(TransitionPartnershipDocument, {
          input: {
            partnershipId: fernId,
            expectedVersion: data?.partnership?.version ?? 0,
            ...input,
          } as never,
        })
        .toPromise();
      expect(answerOf(result.data?.transitionPartnership).kind).toBe("done");
    };
    const fernClient = clientIn(api, sessionIn(api).browser);
    await signIn(fernClient, otherMemberEmail, demoPassword);
    const fernTerms = (await client.query(PartnershipDocument, { id: fernId }).toPromise()).data
      ?.partnership?.terms;
    if (!fernTerms) throw new Error("no terms");
    const { __typename: _, ...terms } = fernTerms as typeof fernTerms & { __typename?: string };
    await step(client, {
      action: "PROPOSE_TERMS",
      terms: {
        ...terms,
        servicesProvided: "Phonics training.",
        dataProtection: "Each party controls its own data.",
      },
    });
    await step(fernClient, { action: "CONFIRM_TERMS" });
    await step(client, { action: "START" });

    const fernPage = `/partnership-requests/${encodeURIComponent(fernId)}`;
    html = await visit(session, fernPage);
    expect(headings(html)).toEqual(
      expect.arrayContaining([
        "h2 Messages",
        "h3 Send a message",
        "h2 Activities and reviews",
        "h3 Record an activity",
        "h3 Record a review",
      ]),
    );
    expect(text(html)).toContain("Not set next review");

    // A review with a date that is none is caught by the form; a good one is recorded.
    const badDate = checkNote("REVIEW", { body: "Fine.", nextReviewDate: "2027-02-30" });
    expect(!badDate.ok && Object.keys(badDate.errors.fields)).toEqual(["review-nextReviewDate"]);
    const nextDate = addMonths(today, 3);
    const review = checkNote("REVIEW", {
      body: "Phonics scores are up; keep the weekly sessions.",
      nextReviewDate: nextDate,
    });
    if (!review.ok) throw new Error(JSON.stringify(review.errors));
    const reviewed = await note(fernId, "REVIEW", review.note.body, review.note.nextReviewDate);
    expect(noteAnswerOf(reviewed.data?.recordPartnershipNote)).toEqual({ kind: "done" });
    const activity = await note(fernId, "ACTIVITY", "Joint training day on phonics.");
    expect(noteAnswerOf(activity.data?.recordPartnershipNote)).toEqual({ kind: "done" });

    html = await visit(session, fernPage);
    const day = longDate(nextDate);
    expect(text(html)).toContain(`${day} next review`);
    const records = html.slice(
      html.indexOf(">Activities and reviews</h2>"),
      html.indexOf(">History</h2>"),
    );
    expect(text(records)).toMatch(
      new RegExp(
        `Review from Tia Admin, the trust, .* Phonics scores are up; keep the weekly sessions. Next review: ${day} Activity from Tia Admin, the trust, .* Joint training day on phonics.`,
      ),
    );
    expect(tableRows(html, historyCaption).at(-2)?.[5]).toBe(
      `Phonics scores are up; keep the weekly sessions. Next review ${day}`,
    );
  });
});

describe("documents on a partnership", () => {
  const page = (id: string) => `/partnership-requests/${encodeURIComponent(id)}`;
  const documentsCaption = "Documents attached to this partnership, oldest first";
  const pdf = (name: string) =>
    new File([`%PDF-1.4\n% ${name}\ntrailer<</Root 1 0 R>>\n%%EOF\n`], name, {
      type: "application/pdf",
    });
  // What a .docx starts with (the local file header of a zip), made up to 3 KB.
  const zipHeader = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
  const docx = (name: string) =>
    new File([zipHeader, "word/document.xml".padEnd(3 * 1024 - zipHeader.length)], name);
  const planSize = `${pdf("Reading plan.pdf").size} bytes`;
  let wrenId = "";
  let wrenMemberEmail = "";

  beforeAll(async () => {
    const { db } = api.database;
    const wren = await buildSchool(db, { name: "Wren Primary School" });
    wrenMemberEmail = (
      await buildUser(db, {
        name: "Wyn Member",
        passwordHash: demoPasswordHash,
        roles: [{ role: "SCHOOL_MEMBER", schoolId: wren.id }],
      })
    ).email;
    wrenId = await requestAs(wrenMemberEmail, wren.urn, "Plan a shared reading scheme.");
    // The school attaches its plan first (as the public site would, through the API).
    const school = await signedInAs(wrenMemberEmail);
    const sent = await attachDocument(school.session.current(), wrenId, pdf("Reading plan.pdf"));
    expect(sent).toEqual({ kind: "done", fileName: "Reading plan.pdf" });
  });

  it("lists the documents with download links, and attaches one from the trust's form", async () => {
    const { session, browser } = await signedInAs(adminEmail);
    const client = session.current();
    await client.query(PartnershipDocument, { id: wrenId }).toPromise();
    let html = await visit(session, page(wrenId));
    expect(headings(html)).toEqual(
      expect.arrayContaining(["h2 Documents", "h3 Attach a document"]),
    );
    expect(tableRows(html, documentsCaption)).toEqual([
      [
        "Download Reading plan.pdf",
        "PDF",
        planSize,
        "Wyn Member, the school",
        expect.stringMatching(/^\d{1,2} \w+ \d{4} at \d{2}:\d{2}$/),
      ],
    ]);
    // A plain same-origin link (the admin's server passes it to the API), not a route.
    const link = html.match(/<a [^>]*href="(\/files\/partnership-documents\/[0-9a-f-]{36})"[^>]*>/);
    expect(link?.[0]).toContain("download");
    const downloadPath = link?.[1] ?? "";

    // The form: the types and the domain's limit in the hint, the browser told what to offer.
    expect(labels(html)).toContain("Document to attach");
    expect(text(html)).toContain("A PDF or Word (.docx) document of at most 10 MB.");
    const box = html.match(/<input [^>]*id="partnership-document-file"[^>]*>/)?.[0] ?? "";
    expect(box).toContain('type="file"');
    expect(box).toContain('accept=".pdf,.docx"');
    expect(buttons(html)).toContain("Attach the document");

    // Attached as the form does it: one multipart request with the CSRF header, then the page
    // (redrawn from the cache, with nothing asked by this test) lists it after the school's.
    const before = browser.sent("AttachPartnershipDocument");
    const historyBefore = tableRows(html, historyCaption).length;
    const answer = await attachDocument(client, wrenId, docx("Heads of terms.docx"));
    expect(answer).toEqual({ kind: "done", fileName: "Heads of terms.docx" });
    expect(browser.sent("AttachPartnershipDocument")).toBe(before + 1);
    const upload = browser.requests.findLast(
      (r) => r.operationName === "AttachPartnershipDocument",
    );
    expect(upload?.init?.body).toBeInstanceOf(FormData);
    expect(upload?.headers.get("x-graphql-yoga-csrf")).toBe("1");
    html = await visit(session, page(wrenId));
    expect(tableRows(html, documentsCaption).map((r) => r.slice(0, 4))).toEqual([
      ["Download Reading plan.pdf", "PDF", planSize, "Wyn Member, the school"],
      ["Download Heads of terms.docx", "Word document", "3 KB", "Tia Admin, the trust"],
    ]);
    // The history says so too: what was added, by whom.
    const history = tableRows(html, historyCaption);
    expect(history).toHaveLength(historyBefore + 1);
    expect(history.at(-1)?.filter((_, i) => [1, 2, 5].includes(i))).toEqual([
      "Added a document",
      "Tia Admin, the trust",
      "Heads of terms.docx",
    ]);

    // The link downloads the school's bytes for the trust's session.
    const download = await browser.fetch(new URL(downloadPath, api.url));
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toContain("Reading plan.pdf");
    expect(await download.text()).toContain("% Reading plan.pdf");
  });

  it("refuses a file that is not a document by the field, sending nothing", async () => {
    const { session, browser } = await signedInAs(adminEmail);
    const client = session.current();
    const before = browser.sent("AttachPartnershipDocument");
    const minutes = new File(["Minutes of the meeting."], "minutes.txt", { type: "text/plain" });
    expect(await attachDocument(client, wrenId, minutes)).toEqual({
      kind: "refused",
      text: "minutes.txt is a .txt file; attach a PDF or Word (.docx) document.",
    });
    expect(await attachDocument(client, wrenId, new File(["Minutes."], "minutes.pdf"))).toEqual({
      kind: "refused",
      text: "minutes.pdf is named as a PDF but its contents are not one; attach a real PDF or Word (.docx) document.",
    });
    const large = new File([new Uint8Array(MAX_DOCUMENT_BYTES + 1)], "scan.pdf");
    expect(await attachDocument(client, wrenId, large)).toEqual({
      kind: "refused",
      text: "scan.pdf is 10 MB; documents may be at most 10 MB.",
    });
    expect(await attachDocument(client, wrenId, null)).toEqual({
      kind: "refused",
      text: "Choose a PDF or Word (.docx) document to attach.",
    });
    expect(browser.sent("AttachPartnershipDocument")).toBe(before);

    // Shown by the field, which is marked invalid and read with its message.
    const shown = renderToStaticMarkup(
      <FileUpload
        name="partnership-document-file"
        label="Document to attach"
        hint="A PDF or Word (.docx) document."
        error="minutes.txt is a .txt file; attach a PDF or Word (.docx) document."
        accept=".pdf,.docx"
      />,
    );
    expect(shown).toMatch(
      /aria-describedby="partnership-document-file-hint partnership-document-file-error"/,
    );
    expect(shown).toContain('aria-invalid="true"');
    expect(text(shown)).toContain("Error: minutes.txt is a .txt file;");

    // Past the browser's check, the API refuses it in the same words, and the form says so there.
    const forced = await client
      .mutation(AttachPartnershipDocumentDocument, {
        input: { partnershipId: wrenId, file: minutes },
      })
      .toPromise();
    expect(uploadAnswerOf(forced.data?.attachPartnershipDocument, minutes.name)).toEqual({
      kind: "refused",
      text: "minutes.txt is a .txt file; attach a PDF or Word (.docx) document.",
    });
  });

  it("lets a curator read and download the documents, with no form to attach one", async () => {
    const { session, browser } = await signedInAs(curatorEmail);
    const client = session.current();
    await client.query(PartnershipDocument, { id: wrenId }).toPromise();
    const html = await visit(session, page(wrenId));
    expect(tableRows(html, documentsCaption)).toHaveLength(2);
    const main = html.slice(html.indexOf("<main"));
    expect(main).not.toContain("<form");
    expect(main).not.toContain('type="file"');
    expect(headings(html)).not.toContain("h3 Attach a document");
    const path = html.match(/href="(\/files\/partnership-documents\/[^"]+)"/)?.[1] ?? "";
    expect((await browser.fetch(new URL(path, api.url))).status).toBe(200);
    // The API would refuse it anyway: curators read partnerships, they do not take part.
    const refused = await client
      .mutation(AttachPartnershipDocumentDocument, {
        input: { partnershipId: wrenId, file: pdf("Curator notes.pdf") },
      })
      .toPromise();
    expect(refused.error?.graphQLErrors[0]?.extensions.code).toBe("FORBIDDEN");
    expect(uploadAnswerOf(refused.data?.attachPartnershipDocument, "Curator notes.pdf").kind).toBe(
      "error",
    );
  });

  it("offers no form once the partnership has ended", async () => {
    const { session } = await signedInAs(adminEmail);
    const client = session.current();
    const loaded = await client
      .query(PartnershipDocument, { id: wrenId }, { requestPolicy: "network-only" })
      .toPromise();
    const declined = await client
      .mutation(TransitionPartnershipDocument, {
        input: {
          partnershipId: wrenId,
          action: "DECLINE",
          expectedVersion: loaded.data?.partnership?.version ?? 0,
          reason: "We have no room for another partnership this year.",
        },
      })
      .toPromise();
    expect(answerOf(declined.data?.transitionPartnership).kind).toBe("done");
    const html = await visit(session, page(wrenId));
    expect(tableRows(html, documentsCaption)).toHaveLength(2);
    expect(text(html)).toContain("This partnership has ended, so no more documents can be added.");
    expect(html).not.toContain('type="file"');
  });
});
