/**
 * Open inboxes update live: `Subscription.partnershipUpdated` over server-sent events tells a
 * trust's administrators of a request the moment it is committed, and refuses to listen for
 * anyone not theirs to hear.
 */
import { randomUUID } from "node:crypto";
import { buildSchool, buildTrust, buildUser } from "@atlas/db/testing";
import { addMonths, dateInEngland } from "@atlas/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.ts";
import { createTestApp, type Sender, type TestApp } from "./support/testkit.ts";

const REQUEST = graphql(`
  mutation RequestPartnershipLive($input: RequestPartnershipInput!) {
    requestPartnership(input: $input) { __typename }
  }
`);

const LISTEN = `subscription ($trustId: ID) {
  partnershipUpdated(trustId: $trustId) { state intent school { name } }
}`;

let app: TestApp;
let urn: number;
let trustId: string;
let member: Sender;
let admin: Sender;
let otherAdmin: Sender;

beforeAll(async () => {
  app = await createTestApp();
  const db = app.database.db;
  const school = await buildSchool(db, { name: "Willow Primary School" });
  urn = school.urn;
  const trust = await buildTrust(db, { name: "Osprey Trust" });
  const other = await buildTrust(db);
  trustId = Buffer.from(`Trust:${trust.trust.id}`).toString("base64");
  const person = async (roles: Parameters<typeof buildUser>[1]["roles"]) =>
    app.sessionFor((await buildUser(db, { passwordHash: "x", roles })).user.id);
  member = await person([{ role: "SCHOOL_MEMBER", schoolId: school.id }]);
  admin = await person([{ role: "TRUST_ADMIN", trustId: trust.trust.id }]);
  otherAdmin = await person([{ role: "TRUST_ADMIN", trustId: other.trust.id }]);
});
afterAll(() => app?.close());

/** Opens the subscription as `as`, and reads its events as they come. */
async function listen(as: Sender) {
  const stop = new AbortController();
  const response = await app.yoga.fetch("http://localhost/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "text/event-stream",
      "x-graphql-yoga-csrf": "1",
      ...(as.cookie ? { cookie: as.cookie } : {}),
    },
    body: JSON.stringify({ query: LISTEN, variables: { trustId } }),
    signal: stop.signal,
  });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffered = "";
  /** The next `data:` event's payload, parsed. */
  async function next(): Promise<{
    data?: unknown;
    errors?: { extensions?: { code?: string } }[];
  }> {
    for (;;) {
      const event = /(?:^|\n)data: (.*)\n\n/.exec(buffered);
      if (event?.[1] !== undefined) {
        buffered = buffered.slice((event.index ?? 0) + event[0].length);
        return JSON.parse(event[1]);
      }
      const { value, done } = await reader.read();
      if (done) throw new Error(`the stream ended: ${buffered}`);
      buffered += decoder.decode(value, { stream: true });
    }
  }
  return { status: response.status, next, close: () => stop.abort() };
}

describe("live partnership updates", () => {
  it("tells the trust's administrators of a request as soon as it is made", async () => {
    const inbox = await listen(admin);
    expect(inbox.status).toBe(200);
    const heard = inbox.next();
    // Yoga has subscribed once the request is under way; a tick lets it reach the pubsub.
    await new Promise((r) => setTimeout(r, 50));
    const today = dateInEngland(new Date());
    const sent = await app.execute(
      REQUEST,
      {
        input: {
          trustId,
          urn,
          idempotencyKey: randomUUID(),
          intent: "MERGE",
          focusAreas: ["SEND"],
          objectives: "Strengthen SEND provision together.",
          proposedStartDate: today,
          proposedEndDate: addMonths(today, 6),
        },
      },
      member,
    );
    expect(sent.expectNoErrors().requestPartnership.__typename).toBe("PartnershipPayload");
    expect(await heard).toEqual({
      data: {
        partnershipUpdated: {
          state: "REQUESTED",
          intent: "MERGE",
          school: { name: "Willow Primary School" },
        },
      },
    });
    inbox.close();
  });

  it("refuses another trust's administrators and anyone signed out", async () => {
    for (const outsider of [otherAdmin, {}]) {
      const refused = await listen(outsider);
      const first = await refused.next();
      expect(first.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      refused.close();
    }
  });
});
