/**
 * Trust Partnerships through the API: a school requests one (once, however often it sends),
 * the trust discusses and proposes terms, both confirm, it starts, and it concludes; each
 * step an event and a message to the other side, written together. And the refusals: bad
 * dates, the wrong side, a stale version, a curator acting, a second active partnership.
 */
import { randomUUID } from "node:crypto";
import { tables } from "@atlas/db";
import { buildSchool, buildSectorBody, buildTrust, buildUser } from "@atlas/db/testing";
import { addMonths, dateInEngland } from "@atlas/domain";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PartnershipTermsInput, RequestPartnershipInput } from "./gql/graphql.ts";
import { graphql } from "./gql/index.ts";
import { createTestApp, expectTypename, type Sender, type TestApp } from "./support/testkit.ts";

const REQUEST = graphql(`
  mutation RequestPartnershipTest($input: RequestPartnershipInput!) {
    requestPartnership(input: $input) {
      __typename
      ... on PartnershipPayload {
        partnership { id state version intent endDate confirmedBy terms { startDate endDate focusAreas servicesProvided } }
      }
      ... on ValidationError { message issues { path message } }
      ... on NotFoundError { message path }
      ... on PartnershipConflictError { message }
      ... on PartnershipRequestLimitError { message retryAfterSeconds }
    }
  }
`);

const TRANSITION = graphql(`
  mutation TransitionPartnershipTest($input: TransitionPartnershipInput!) {
    transitionPartnership(input: $input) {
      __typename
      ... on PartnershipPayload {
        partnership { id state version endDate outcome confirmedBy availableActions }
      }
      ... on ValidationError { message issues { path message } }
      ... on NotFoundError { message path }
      ... on PartnershipRefusedError { message code path }
      ... on PartnershipStaleError { message currentVersion }
      ... on PartnershipConflictError { message }
    }
  }
`);

const READ = graphql(`
  query PartnershipTest($id: ID!) {
    partnership(id: $id) {
      state
      availableActions
      agreement { title sections { heading paragraphs } }
      school { name }
      trust { name }
      partnershipEvents { sequence action actorName actorParty fromState toState reason details }
    }
  }
`);

const NOTE = graphql(`
  mutation RecordPartnershipNoteTest($input: RecordPartnershipNoteInput!) {
    recordPartnershipNote(input: $input) {
      __typename
      ... on PartnershipPayload { partnership { version partnershipEvents { sequence action actorParty details } } }
      ... on PartnershipRefusedError { message code }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const LISTS = graphql(`
  query PartnershipListsTest($urn: Int!, $trustId: ID!, $states: [PartnershipState!]) {
    school(urn: $urn) { partnerships { id state } }
    trust(id: $trustId) { partnershipRequests(filter: { states: $states }) { id state } }
  }
`);

const PASSWORD_HASH = "not-a-real-hash";
const globalId = (typename: string, id: string) =>
  Buffer.from(`${typename}:${id}`).toString("base64");

let app: TestApp;
let urn: number;
let trustId: string;
let otherTrustId: string;
let member: Sender;
let otherSchoolMember: Sender;
let admin: Sender;
let otherAdmin: Sender;
let curator: Sender;
const today = dateInEngland(new Date());

beforeAll(async () => {
  app = await createTestApp();
  const db = app.database.db;
  const school = await buildSchool(db, { name: "Brook Primary School" });
  urn = school.urn;
  const other = await buildSchool(db);
  const trust = await buildTrust(db, { name: "Heron Learning Trust" });
  const otherTrust = await buildTrust(db, { name: "Kestrel Academies" });
  trustId = globalId("Trust", trust.trust.id);
  otherTrustId = globalId("Trust", otherTrust.trust.id);
  const person = async (name: string, roles: Parameters<typeof buildUser>[1]["roles"]) =>
    app.sessionFor((await buildUser(db, { name, passwordHash: PASSWORD_HASH, roles })).user.id);
  member = await person("Sam Member", [{ role: "SCHOOL_MEMBER", schoolId: school.id }]);
  otherSchoolMember = await person("Otto Other", [{ role: "SCHOOL_MEMBER", schoolId: other.id }]);
  admin = await person("Tia Admin", [{ role: "TRUST_ADMIN", trustId: trust.trust.id }]);
  otherAdmin = await person("Kit Admin", [{ role: "TRUST_ADMIN", trustId: otherTrust.trust.id }]);
  const body = await buildSectorBody(db);
  curator = await person("Cora Curator", [{ role: "CURATOR", sectorBodyId: body.id }]);
});
afterAll(() => app?.close());

function request(overrides: Partial<RequestPartnershipInput> = {}): RequestPartnershipInput {
  return {
    trustId,
    urn,
    idempotencyKey: randomUUID(),
    intent: "EXPLORE_JOINING",
    focusAreas: ["CURRICULUM", "CPD"],
    objectives: "Share curriculum planning and train our middle leaders.",
    proposedStartDate: today,
    proposedEndDate: addMonths(today, 12),
    expectedServiceChargePounds: 2500,
    ...overrides,
  };
}

function terms(overrides: Partial<PartnershipTermsInput> = {}): PartnershipTermsInput {
  return {
    startDate: today,
    endDate: addMonths(today, 12),
    focusAreas: ["CURRICULUM"],
    objectives: "Curriculum planning together.",
    serviceChargePounds: 3000,
    extensionAllowed: true,
    maxTermMonths: 18,
    servicesProvided: "Subject networks, CPD days and a mentor for the headteacher.",
    dataProtection:
      "Each party is a controller of its own data; a sharing agreement covers pupils.",
    ...overrides,
  };
}

async function requested(input: RequestPartnershipInput, as = member) {
  const data = (await app.execute(REQUEST, { input }, as)).expectNoErrors();
  return expectTypename(data.requestPartnership, "PartnershipPayload").partnership;
}

async function step(
  as: Sender,
  input: { partnershipId: string; action: string; expectedVersion: number } & Record<
    string,
    unknown
  >,
) {
  return (await app.execute(TRANSITION, { input: input as never }, as)).expectNoErrors()
    .transitionPartnership;
}

const outboxFor = (partnershipId: string) =>
  app.database.db
    .select({
      topic: tables.outboxMessages.topic,
      to: tables.outboxMessages.recipientEmail,
      subject: tables.outboxMessages.subject,
      body: tables.outboxMessages.body,
    })
    .from(tables.outboxMessages)
    .where(sql`${tables.outboxMessages.payload}->>'partnershipId' = ${partnershipId}`);

describe("a trust partnership, from request to conclusion", () => {
  let id = "";
  let rowId = "";

  it("is requested once however often the form is sent, and the trust is told", async () => {
    const input = request();
    const first = await requested(input);
    const again = await requested(input);
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({
      state: "REQUESTED",
      version: 1,
      intent: "EXPLORE_JOINING",
      confirmedBy: [],
      terms: {
        startDate: today,
        focusAreas: ["CURRICULUM", "CPD"],
        servicesProvided: "To be agreed in discussion.",
      },
    });
    id = first.id;
    rowId = Buffer.from(id, "base64").toString().split(":")[1] ?? "";
    const rows = await app.database.db
      .select()
      .from(tables.partnerships)
      .where(eq(tables.partnerships.id, rowId));
    expect(rows).toHaveLength(1);
    const sent = await outboxFor(rowId);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      topic: "partnership.request",
      subject: "Brook Primary School asks for a trust partnership with Heron Learning Trust",
    });
    // The trust's people read partnerships in the admin app.
    expect(sent[0]?.body).toContain(
      `See the partnership and its history: http://localhost:3001/partnership-requests/${encodeURIComponent(id)}`,
    );
  });

  it("refuses a second open request to the same trust", async () => {
    const data = (await app.execute(REQUEST, { input: request() }, member)).expectNoErrors();
    expect(data.requestPartnership).toMatchObject({
      __typename: "PartnershipConflictError",
      message: expect.stringMatching(
        /has an open request or partnership with Heron Learning Trust already/,
      ),
    });
  });

  it("lets only the trust open discussion, and only with the version it loaded", async () => {
    expect(
      await step(member, { partnershipId: id, action: "OPEN_DISCUSSION", expectedVersion: 1 }),
    ).toMatchObject({
      __typename: "PartnershipRefusedError",
      code: "NOT_YOUR_STEP",
    });
    expect(
      await step(admin, { partnershipId: id, action: "OPEN_DISCUSSION", expectedVersion: 7 }),
    ).toMatchObject({
      __typename: "PartnershipStaleError",
      currentVersion: 1,
    });
    const opened = expectTypename(
      await step(admin, { partnershipId: id, action: "OPEN_DISCUSSION", expectedVersion: 1 }),
      "PartnershipPayload",
    );
    expect(opened.partnership).toMatchObject({ state: "IN_DISCUSSION", version: 2 });
  });

  it("checks proposed terms with the domain's schema, then needs both sides to confirm", async () => {
    const tooLong = await step(admin, {
      partnershipId: id,
      action: "PROPOSE_TERMS",
      expectedVersion: 2,
      terms: terms({ endDate: addMonths(today, 30), maxTermMonths: 24 }),
    });
    expect(tooLong).toMatchObject({ __typename: "ValidationError" });
    expect(JSON.stringify(tooLong)).toMatch(/24 months/);
    const proposed = expectTypename(
      await step(admin, {
        partnershipId: id,
        action: "PROPOSE_TERMS",
        expectedVersion: 2,
        terms: terms(),
        reason: "Our usual offer.",
      }),
      "PartnershipPayload",
    );
    expect(proposed.partnership).toMatchObject({
      state: "IN_DISCUSSION",
      confirmedBy: ["TRUST"],
      version: 3,
    });
    const agreed = expectTypename(
      await step(member, { partnershipId: id, action: "CONFIRM_TERMS", expectedVersion: 3 }),
      "PartnershipPayload",
    );
    expect(agreed.partnership).toMatchObject({ state: "AGREED", confirmedBy: ["SCHOOL", "TRUST"] });
    // Once both have confirmed there is an agreement, in the model agreement's words.
    const { agreement } =
      (await app.execute(READ, { id }, admin)).expectNoErrors().partnership ?? {};
    expect(agreement?.title).toBe(
      "Trust Partnership agreement between Brook Primary School and Heron Learning Trust",
    );
    expect(
      agreement?.sections.find((s) => s.heading === "4. Services provided")?.paragraphs,
    ).toEqual(["Subject networks, CPD days and a mentor for the headteacher."]);
  });

  it("has no agreement to print before both sides confirm", async () => {
    const fresh = await requested(request({ trustId: otherTrustId }), member);
    const read = (await app.execute(READ, { id: fresh.id }, member)).expectNoErrors();
    expect(read.partnership?.agreement).toBeNull();
    await step(member, {
      partnershipId: fresh.id,
      action: "WITHDRAW",
      expectedVersion: 1,
      reason: "Asked too soon.",
    });
  });

  it("lets a curator read it but not act, and hides it from everyone else", async () => {
    const read = (await app.execute(READ, { id }, curator)).expectNoErrors();
    expect(read.partnership).toMatchObject({ state: "AGREED", availableActions: [] });
    const acting = await app.execute(
      TRANSITION,
      { input: { partnershipId: id, action: "START", expectedVersion: 4 } },
      curator,
    );
    expect(acting.expectErrors()[0]?.extensions?.code).toBe("FORBIDDEN");
    for (const outsider of [otherSchoolMember, otherAdmin, {}]) {
      expect(
        (await app.execute(READ, { id }, outsider)).expectErrors()[0]?.extensions?.code,
      ).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
  });

  it("starts on its start date, extends within its maximum term, and concludes with an outcome", async () => {
    const started = expectTypename(
      await step(member, { partnershipId: id, action: "START", expectedVersion: 4 }),
      "PartnershipPayload",
    );
    expect(started.partnership).toMatchObject({ state: "ACTIVE" });
    expect(started.partnership.availableActions).toEqual(
      expect.arrayContaining(["EXTEND", "CONCLUDE"]),
    );
    const tooFar = await step(admin, {
      partnershipId: id,
      action: "EXTEND",
      expectedVersion: 5,
      endDate: addMonths(today, 20),
      reason: "Longer",
    });
    expect(tooFar).toMatchObject({ __typename: "PartnershipRefusedError", code: "INVALID_DATE" });
    const extended = expectTypename(
      await step(admin, {
        partnershipId: id,
        action: "EXTEND",
        expectedVersion: 5,
        endDate: addMonths(today, 18),
        reason: "More time for the curriculum work.",
      }),
      "PartnershipPayload",
    );
    expect(extended.partnership.endDate).toBe(addMonths(today, 18));
    const noReason = await step(member, {
      partnershipId: id,
      action: "CONCLUDE",
      expectedVersion: 6,
      outcome: "JOINING_TRUST",
      reason: " ",
    });
    expect(noReason).toMatchObject({
      __typename: "PartnershipRefusedError",
      code: "MISSING_REASON",
    });
    const concluded = expectTypename(
      await step(member, {
        partnershipId: id,
        action: "CONCLUDE",
        expectedVersion: 6,
        outcome: "JOINING_TRUST",
        reason: "The governing body resolved to join.",
      }),
      "PartnershipPayload",
    );
    expect(concluded.partnership).toMatchObject({
      state: "CONCLUDED",
      outcome: "JOINING_TRUST",
      availableActions: [],
    });
  });

  it("keeps every step as its history, which cannot be changed, and told the other side each time", async () => {
    const read = (await app.execute(READ, { id }, member)).expectNoErrors();
    const events = read.partnership?.partnershipEvents ?? [];
    expect(events.map((e) => [e.sequence, e.action, e.actorParty, e.toState])).toEqual([
      [1, "REQUEST", "SCHOOL", "REQUESTED"],
      [2, "OPEN_DISCUSSION", "TRUST", "IN_DISCUSSION"],
      [3, "PROPOSE_TERMS", "TRUST", "IN_DISCUSSION"],
      [4, "CONFIRM_TERMS", "SCHOOL", "AGREED"],
      [5, "START", "SCHOOL", "ACTIVE"],
      [6, "EXTEND", "TRUST", "ACTIVE"],
      [7, "CONCLUDE", "SCHOOL", "CONCLUDED"],
    ]);
    expect(events[2]).toMatchObject({ actorName: "Tia Admin", reason: "Our usual offer." });
    expect(events[6]?.details).toEqual({ outcome: "JOINING_TRUST" });
    const sent = await outboxFor(rowId);
    // The request, then one message per step to the side that did not take it.
    expect(sent).toHaveLength(7);
    // The school's people read theirs in the public app, under the school.
    const toSchool = sent.find((m) => m.topic === "partnership.propose_terms");
    expect(toSchool?.body).toContain(
      `http://localhost:3000/schools/${urn}/partnerships/${encodeURIComponent(id)}`,
    );
    await expect(
      app.database.db
        .update(tables.partnershipEvents)
        .set({ reason: "rewritten" })
        .where(eq(tables.partnershipEvents.partnershipId, rowId)),
    ).rejects.toThrow();
  });
});

describe("partnership rules across a school's partnerships", () => {
  it("reports each bad date of a request, and writes nothing", async () => {
    const before = await app.database.db.$count(tables.partnerships);
    const data = (
      await app.execute(
        REQUEST,
        {
          input: request({
            trustId: otherTrustId,
            proposedStartDate: addMonths(today, -1),
            proposedEndDate: addMonths(today, -2),
            focusAreas: [],
          }),
        },
        member,
      )
    ).expectNoErrors();
    const refused = expectTypename(data.requestPartnership, "ValidationError");
    const paths = refused.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["input.focusAreas", "input.proposedEndDate"]));
    expect(await app.database.db.$count(tables.partnerships)).toBe(before);
  });

  it("lets a school trial one trust at a time", async () => {
    const first = await requested(request({ trustId: otherTrustId }));
    await step(otherAdmin, {
      partnershipId: first.id,
      action: "PROPOSE_TERMS",
      expectedVersion: 1,
      terms: terms(),
    });
    await step(member, { partnershipId: first.id, action: "CONFIRM_TERMS", expectedVersion: 2 });
    expectTypename(
      await step(otherAdmin, { partnershipId: first.id, action: "START", expectedVersion: 3 }),
      "PartnershipPayload",
    );
    // A new request to Heron (the last one concluded) can be agreed, but not started.
    const second = await requested(request());
    await step(admin, {
      partnershipId: second.id,
      action: "PROPOSE_TERMS",
      expectedVersion: 1,
      terms: terms(),
    });
    await step(member, { partnershipId: second.id, action: "CONFIRM_TERMS", expectedVersion: 2 });
    expect(
      await step(admin, { partnershipId: second.id, action: "START", expectedVersion: 3 }),
    ).toMatchObject({
      __typename: "PartnershipConflictError",
      message: expect.stringMatching(/one trust at a time/),
    });
    // The school withdraws it instead, with a reason.
    expect(
      await step(member, {
        partnershipId: second.id,
        action: "WITHDRAW",
        expectedVersion: 3,
        reason: "We are trialling Kestrel.",
      }),
    ).toMatchObject({
      __typename: "PartnershipPayload",
    });
  });

  it("lists a school's partnerships for its members and a trust's requests for its admins", async () => {
    const lists = (
      await app.execute(LISTS, { urn, trustId: otherTrustId, states: ["ACTIVE"] }, member)
    ).expectErrors();
    // A school member reads the school's list, not the trust's requests.
    expect(lists.map((e) => e.path?.join("."))).toEqual(["trust.partnershipRequests"]);
    const asCurator = (
      await app.execute(LISTS, { urn, trustId: otherTrustId, states: ["ACTIVE"] }, curator)
    ).expectNoErrors();
    expect(asCurator.school?.partnerships?.map((p) => p.state).sort()).toEqual([
      "ACTIVE",
      "CONCLUDED",
      "WITHDRAWN",
      "WITHDRAWN",
    ]);
    expect(asCurator.trust?.partnershipRequests?.map((p) => p.state)).toEqual(["ACTIVE"]);
  });
});

describe("messages, activities and reviews", () => {
  it("are added to the history by either side without changing the version, each when it fits", async () => {
    const db = app.database.db;
    const school = await buildSchool(db, { name: "Alder Primary School" });
    const { trust } = await buildTrust(db, { name: "Curlew Trust" });
    const schoolSide = await app.sessionFor(
      (
        await buildUser(db, {
          passwordHash: PASSWORD_HASH,
          roles: [{ role: "SCHOOL_MEMBER", schoolId: school.id }],
        })
      ).user.id,
    );
    const trustSide = await app.sessionFor(
      (
        await buildUser(db, {
          name: "Cal Admin",
          passwordHash: PASSWORD_HASH,
          roles: [{ role: "TRUST_ADMIN", trustId: trust.id }],
        })
      ).user.id,
    );
    const made = await requested(
      request({ urn: school.urn, trustId: globalId("Trust", trust.id) }),
      schoolSide,
    );
    const note = async (
      as: Sender,
      input: { kind: string; body: string; nextReviewDate?: string },
    ) =>
      (
        await app.execute(NOTE, { input: { partnershipId: made.id, ...input } as never }, as)
      ).expectNoErrors().recordPartnershipNote;

    const message = expectTypename(
      await note(trustSide, { kind: "MESSAGE", body: "Could we visit on Tuesday?" }),
      "PartnershipPayload",
    );
    expect(message.partnership.version).toBe(1);
    expect(await note(schoolSide, { kind: "ACTIVITY", body: "A training day." })).toMatchObject({
      __typename: "PartnershipRefusedError",
      message: expect.stringMatching(/while a partnership runs/),
    });
    expect(await note(schoolSide, { kind: "MESSAGE", body: " " })).toMatchObject({
      __typename: "ValidationError",
    });
    // The step after the message is still at the version the school loaded.
    await step(trustSide, {
      partnershipId: made.id,
      action: "PROPOSE_TERMS",
      expectedVersion: 1,
      terms: terms(),
    });
    await step(schoolSide, { partnershipId: made.id, action: "CONFIRM_TERMS", expectedVersion: 2 });
    await step(schoolSide, { partnershipId: made.id, action: "START", expectedVersion: 3 });
    const reviewed = expectTypename(
      await note(schoolSide, {
        kind: "REVIEW",
        body: "Curriculum work on track.",
        nextReviewDate: addMonths(today, 3),
      }),
      "PartnershipPayload",
    );
    expect(
      reviewed.partnership.partnershipEvents.map((e) => [e.sequence, e.action, e.actorParty]),
    ).toEqual([
      [1, "REQUEST", "SCHOOL"],
      [2, "MESSAGE", "TRUST"],
      [3, "PROPOSE_TERMS", "TRUST"],
      [4, "CONFIRM_TERMS", "SCHOOL"],
      [5, "START", "SCHOOL"],
      [6, "REVIEW", "SCHOOL"],
    ]);
    expect(reviewed.partnership.partnershipEvents.at(-1)?.details).toEqual({
      body: "Curriculum work on track.",
      nextReviewDate: addMonths(today, 3),
    });
    const rowId = Buffer.from(made.id, "base64").toString().split(":")[1] ?? "";
    const sent = await outboxFor(rowId);
    expect(sent.filter((m) => m.topic === "partnership.message").map((m) => m.subject)).toEqual([
      "A message about the partnership of Alder Primary School and Curlew Trust",
    ]);
  });
});

describe("the limit on new requests", () => {
  it("lets one person send 10 new requests a day, and a repeat of one costs nothing", async () => {
    const db = app.database.db;
    const school = await buildSchool(db);
    const asker = await app.sessionFor(
      (
        await buildUser(db, {
          passwordHash: PASSWORD_HASH,
          roles: [{ role: "SCHOOL_MEMBER", schoolId: school.id }],
        })
      ).user.id,
    );
    const sent: RequestPartnershipInput[] = [];
    for (let i = 0; i < 10; i++) {
      const { trust } = await buildTrust(db);
      const input = request({ urn: school.urn, trustId: globalId("Trust", trust.id) });
      await requested(input, asker);
      sent.push(input);
    }
    const { trust } = await buildTrust(db);
    const eleventh = (
      await app.execute(
        REQUEST,
        { input: request({ urn: school.urn, trustId: globalId("Trust", trust.id) }) },
        asker,
      )
    ).expectNoErrors().requestPartnership;
    expect(eleventh).toMatchObject({
      __typename: "PartnershipRequestLimitError",
      message: expect.stringMatching(/as many partnership requests as one day allows/),
    });
    expect(
      eleventh.__typename === "PartnershipRequestLimitError" && eleventh.retryAfterSeconds,
    ).toBeGreaterThan(3000);
    // The same form sent again finds its request, limit or no limit.
    const again = await requested(sent[0] as RequestPartnershipInput, asker);
    expect(again.state).toBe("REQUESTED");
  });
});
