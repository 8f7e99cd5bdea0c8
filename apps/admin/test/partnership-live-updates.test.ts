import { randomUUID } from "node:crypto";
import { createTestApi, type TestApi } from "@atlas/api/testing";
import { buildSchool, buildTrust, buildUser } from "@atlas/db/testing";
import { addMonths } from "@atlas/domain";
import { type Client, gql } from "urql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  PartnershipDocument,
  PartnershipInboxDocument,
  type PartnershipInboxQuery,
  PartnershipInboxUpdatesDocument,
  PartnershipPageUpdatesDocument,
  type PartnershipQuery,
} from "../src/gql/graphql.ts";
import { isLastingRefusal } from "../src/graphql/subscriptions.ts";
import { countByState } from "../src/partnerships/inbox.ts";
import { inboxAnnouncement, pageAnnouncement } from "../src/partnerships/live-updates.ts";
import { type Browser, createBrowser } from "./support/browser.ts";
import { clientIn } from "./support/session.ts";

// An inbox and a partnership page open in the admin app, kept live by the app's own client
// (graphcache and the server-sent-events exchange) against the real API, while the school
// acts through the API as the public site would: the open query's answer changes by itself.

let api: TestApi;
let trustId: string;
let urn: number;
let memberCookie: string;
let adminCookie: string;
let adminBrowser: Browser;
let admin: Client;

const REQUEST = gql`
  mutation RequestPartnershipLive($input: RequestPartnershipInput!) {
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

const TRANSITION = gql`
  mutation WithdrawPartnershipLive($input: TransitionPartnershipInput!) {
    transitionPartnership(input: $input) {
      __typename
    }
  }
`;

beforeAll(async () => {
  api = await createTestApi();
  const { db } = api.database;
  const school = await buildSchool(db, { name: "Linnet Primary School" });
  urn = school.urn;
  const { trust } = await buildTrust(db, { name: "Curlew Learning Trust" });
  trustId = Buffer.from(`Trust:${trust.id}`).toString("base64");
  const person = async (name: string, roles: Parameters<typeof buildUser>[1]["roles"]) =>
    api.sessionFor((await buildUser(db, { name, passwordHash: "x", roles })).user.id);
  adminCookie = await person("Ada Admin", [{ role: "TRUST_ADMIN", trustId: trust.id }]);
  memberCookie = await person("Sol Member", [{ role: "SCHOOL_MEMBER", schoolId: school.id }]);
  adminBrowser = withCookie(adminCookie);
  admin = clientIn(api, adminBrowser);
});

afterAll(() => api?.close());

/** A browser already holding this session's cookie. */
function withCookie(cookie: string) {
  return createBrowser((input, init) => {
    const headers = new Headers(init?.headers);
    headers.set("cookie", cookie);
    return api.fetch(input, { ...init, headers });
  });
}

/** The school's side, through the API with the school member's session. */
function school(): Client {
  return clientIn(api, withCookie(memberCookie));
}

async function schoolRequests(): Promise<{ id: string; version: number }> {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
  const result = await school()
    .mutation(REQUEST, {
      input: {
        trustId,
        urn,
        idempotencyKey: randomUUID(),
        intent: "MERGE",
        focusAreas: ["SEND"],
        objectives: "Strengthen SEND provision together.",
        proposedStartDate: addMonths(today, 1),
        proposedEndDate: addMonths(today, 7),
      },
    })
    .toPromise();
  expect(result.data?.requestPartnership.__typename, result.error?.message).toBe(
    "PartnershipPayload",
  );
  return result.data.requestPartnership.partnership;
}

/** Waits until `check` passes, as a page waits for its next render. */
async function eventually(check: () => void, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** Yoga has subscribed once the request is under way; a moment lets it reach the pubsub. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe("an open inbox", () => {
  it("shows a school's new request and then its withdrawal, with the counts, unasked", async () => {
    let inbox: PartnershipInboxQuery | undefined;
    const shown = admin
      .query(PartnershipInboxDocument, { id: trustId })
      .subscribe((result) => (inbox = result.data));
    await eventually(() => expect(inbox?.trust?.partnershipRequests).toEqual([]));
    const heard: string[] = [];
    const live = admin
      .subscription(PartnershipInboxUpdatesDocument, { trustId })
      .subscribe((result) => {
        if (result.data) heard.push(result.data.partnershipUpdated.state);
      });
    await settle();

    const request = await schoolRequests();
    await eventually(() => {
      const rows = inbox?.trust?.partnershipRequests ?? [];
      expect(rows.map((r) => [r.school.name, r.state])).toEqual([
        ["Linnet Primary School", "REQUESTED"],
      ]);
      expect(countByState(rows).REQUESTED).toBe(1);
    });

    const withdrawn = await school()
      .mutation(TRANSITION, {
        input: {
          partnershipId: request.id,
          action: "WITHDRAW",
          expectedVersion: request.version,
          reason: "We have chosen another trust.",
        },
      })
      .toPromise();
    expect(withdrawn.data?.transitionPartnership.__typename, withdrawn.error?.message).toBe(
      "PartnershipPayload",
    );
    await eventually(() => {
      const rows = inbox?.trust?.partnershipRequests ?? [];
      expect(rows.map((r) => r.state)).toEqual(["WITHDRAWN"]);
      expect(countByState(rows)).toMatchObject({ REQUESTED: 0, WITHDRAWN: 1 });
    });
    expect(heard).toEqual(["REQUESTED", "WITHDRAWN"]);
    // Both changes came from the events themselves: the inbox was never asked for again.
    expect(adminBrowser.sent("PartnershipInbox")).toBe(1);
    live.unsubscribe();
    shown.unsubscribe();
  });
});

describe("an open partnership page", () => {
  it("shows the school's step as it is taken", async () => {
    const request = await schoolRequests();
    let page: PartnershipQuery | undefined;
    const shown = admin
      .query(PartnershipDocument, { id: request.id })
      .subscribe((result) => (page = result.data));
    await eventually(() => expect(page?.partnership?.state).toBe("REQUESTED"));
    const live = admin
      .subscription(PartnershipPageUpdatesDocument, { partnershipId: request.id })
      .subscribe(() => {});
    await settle();
    await school()
      .mutation(TRANSITION, {
        input: {
          partnershipId: request.id,
          action: "WITHDRAW",
          expectedVersion: request.version,
          reason: "Not this year.",
        },
      })
      .toPromise();
    await eventually(() => {
      expect(page?.partnership?.state).toBe("WITHDRAWN");
      expect(page?.partnership?.partnershipEvents.at(-1)?.actorName).toBe("Sol Member");
    });
    live.unsubscribe();
    shown.unsubscribe();
  });
});

/**
 * The network between the page and the API, cutting the first event stream a moment after it
 * opens, as a dropped connection or a restarting API would; the API's side of it ends too.
 */
function droppingFirstStream(network: typeof fetch): typeof fetch {
  let streams = 0;
  return async (input, init) => {
    const response = await network(input, init);
    const isStream = new Headers(init?.headers).get("accept") === "text/event-stream";
    if (!isStream || streams++ > 0 || !response.body) return response;
    const upstream = response.body.getReader();
    const { value } = await upstream.read();
    const cut = new ReadableStream<Uint8Array>({
      start(controller) {
        if (value) controller.enqueue(value);
        setTimeout(() => {
          controller.close();
          void upstream.cancel();
        }, 200);
      },
    });
    return new Response(cut, { status: response.status, headers: response.headers });
  };
}

describe("a dropped stream", () => {
  it("is opened again, and the page told to catch up on what it missed", async () => {
    const network = droppingFirstStream(api.fetch);
    const browser = createBrowser((input, init) => {
      const headers = new Headers(init?.headers);
      headers.set("cookie", adminCookie);
      return network(input, { ...init, headers });
    });
    const client = clientIn(api, browser);
    let caughtUp = 0;
    const heard: string[] = [];
    const live = client
      .subscription(
        PartnershipInboxUpdatesDocument,
        { trustId },
        { onReconnected: () => caughtUp++ },
      )
      .subscribe((result) => {
        if (result.data) heard.push(result.data.partnershipUpdated.school.name);
      });
    // The first retry waits a second or two (see retryDelay).
    await eventually(() => expect(caughtUp).toBe(1), 5000);
    await settle();
    await schoolRequests();
    await eventually(() => expect(heard).toEqual(["Linnet Primary School"]));
    live.unsubscribe();
  });
});

describe("a refused stream", () => {
  it("is given up with an error, not asked for again every 30 s", async () => {
    // A proxy in front of the API that will not pass event streams, as a misconfigured one
    // might: every stream is answered 403, everything else goes through.
    let streamsAsked = 0;
    const browser = createBrowser((input, init) => {
      const headers = new Headers(init?.headers);
      if (headers.get("accept") === "text/event-stream") {
        streamsAsked++;
        return Promise.resolve(new Response("Forbidden", { status: 403 }));
      }
      headers.set("cookie", adminCookie);
      return api.fetch(input, { ...init, headers });
    });
    const errors: string[] = [];
    const live = clientIn(api, browser)
      .subscription(PartnershipInboxUpdatesDocument, { trustId })
      .subscribe((result) => {
        if (result.error) errors.push(result.error.message);
      });
    await eventually(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toContain("The API refused this live update stream (HTTP 403).");
    // A retry would come within 1 to 2 s (see retryDelay).
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(streamsAsked).toBe(1);
    live.unsubscribe();
  });

  it("tells a lasting refusal from one worth waiting out", () => {
    expect([400, 401, 403, 404, 413].map(isLastingRefusal)).toEqual([true, true, true, true, true]);
    expect([200, 408, 429, 500, 502, 503].map(isLastingRefusal)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("what a screen reader hears", () => {
  const at = new Date("2026-06-04T13:05:00Z");
  const update = { state: "WITHDRAWN", school: { name: "Linnet Primary School" } } as const;

  it("tells a new request from a change to one listed, at the time it came", () => {
    expect(inboxAnnouncement({ ...update, state: "REQUESTED" }, true, at)).toBe(
      "New partnership request from Linnet Primary School (14:05).",
    );
    expect(inboxAnnouncement(update, false, at)).toBe(
      "Partnership request from Linnet Primary School updated: now withdrawn (14:05).",
    );
  });

  it("says what the newest step on a page was, and who took it", () => {
    expect(
      pageAnnouncement([{ action: "WITHDRAW", actorName: "Sol Member", actorParty: "SCHOOL" }], at),
    ).toMatch(/^This partnership was just updated: .+, by Sol Member, the school \(14:05\)\.$/);
  });
});
