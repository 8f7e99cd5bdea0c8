import { createTestApi, type TestApi } from "@atlas/api/testing";
import { demoPasswordHashes } from "@atlas/data";
import { buildSchool, buildTrust, buildUser } from "@atlas/db/testing";
import { addMonths, dateInEngland } from "@atlas/domain";
import { PDFDocument } from "pdf-lib";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import PartnershipPage, {
  loader as partnershipLoader,
  action as stepAction,
} from "../app/routes/school-partnership.tsx";
import { loader as agreementLoader } from "../app/routes/school-partnership-agreement.ts";
import RequestPage, {
  action as requestAction,
  loader as requestLoader,
} from "../app/routes/school-partnership-new.tsx";
import PartnershipsPage, { loader as listLoader } from "../app/routes/school-partnerships.tsx";
import { routeArgs } from "./route-args.ts";
import {
  askApi,
  memberSessionOf,
  routeFetchTo,
  sessionCookieOf,
  trustIdOf,
} from "./support/api.ts";
import { outcome, render } from "./support/route-results.tsx";

// A school's trust partnerships through the public app's forms, against the real API: the
// request (checked here first, then by the API, once however often it is sent), the school's
// list, and a partnership's page with its history and the school's steps, the trust's own
// steps taken straight through the API as its administrator would in the trust's app.

let api: TestApi;
let urn: number;
let rowanUrn: number;
let member: string;
let otherMember: string;
let trustAdmin: string;
const trusts: Record<"alder" | "beech", { id: string; name: string }> = {
  alder: { id: "", name: "Alder Partnership Trust" },
  beech: { id: "", name: "Beech Partnership Trust" },
};
const today = dateInEngland(new Date());

beforeAll(async () => {
  api = await createTestApi();
  const { db } = api.database;
  const school = await buildSchool(db, { name: "Hazel Primary School" });
  const other = await buildSchool(db, { name: "Rowan Primary School" });
  urn = school.urn;
  rowanUrn = other.urn;
  let beechRowId = "";
  for (const key of ["alder", "beech"] as const) {
    const { trust } = await buildTrust(db, { name: trusts[key].name, schools: [{}] });
    trusts[key].id = await trustIdOf(api, trust.groupId ?? "");
    if (key === "beech") beechRowId = trust.id;
  }
  member = (await memberSessionOf(api, school.id, "Sam Member")).cookie;
  otherMember = (await memberSessionOf(api, other.id)).cookie;
  const admin = await buildUser(db, {
    name: "Tia Admin",
    passwordHash: demoPasswordHashes["school@demo.trustatlas.test"] ?? "",
    roles: [{ role: "TRUST_ADMIN", trustId: beechRowId }],
  });
  trustAdmin = await sessionCookieOf(api, admin.email);
});

afterAll(async () => {
  await api.close();
});

beforeEach(() => {
  routeFetchTo(api);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const newPath = (trustId: string) =>
  `/schools/${urn}/partnerships/new?${new URLSearchParams({ trust: trustId })}`;
const listPath = () => `/schools/${urn}/partnerships`;

function postTo<A>(
  // Each route's own args type names its params; these are the ones its path gives.
  run: (args: never) => A,
  path: string,
  params: Record<string, string>,
  cookie: string,
  fields: [string, string][],
) {
  return run(
    routeArgs(path, params, {
      method: "POST",
      headers: {
        cookie,
        "content-type": "application/x-www-form-urlencoded",
        "sec-fetch-site": "same-origin",
      },
      body: new URLSearchParams(fields),
    }) as never,
  );
}

async function renderRequestForm(cookie: string, trustId: string, actionData?: unknown) {
  const loaded = await outcome(
    requestLoader(routeArgs(newPath(trustId), { urn: String(urn) }, { headers: { cookie } })),
  );
  const html = render(
    RequestPage,
    "/schools/:urn/partnerships/new",
    newPath(trustId),
    loaded.data,
    actionData,
  );
  return { loaded, html };
}

async function renderList(cookie: string) {
  const loaded = await outcome(
    listLoader(routeArgs(listPath(), { urn: String(urn) }, { headers: { cookie } })),
  );
  return render(PartnershipsPage, "/schools/:urn/partnerships", listPath(), loaded.data);
}

async function renderPartnership(path: string, actionData?: unknown) {
  const partnershipId = decodeURIComponent(
    new URL(path, "http://x").pathname.split("/").pop() ?? "",
  );
  const loaded = await outcome(
    partnershipLoader(
      routeArgs(path, { urn: String(urn), partnershipId }, { headers: { cookie: member } }),
    ),
  );
  expect(loaded.status).toBe(200);
  return render(
    PartnershipPage,
    "/schools/:urn/partnerships/:partnershipId",
    path,
    loaded.data,
    actionData,
  );
}

function requestFields(trustId: string, key: string, overrides: [string, string][] = []) {
  const fields: [string, string][] = [
    ["trustId", trustId],
    ["idempotencyKey", key],
    ["intent", "EXPLORE_JOINING"],
    ["focusAreas", "CURRICULUM"],
    ["focusAreas", "CPD"],
    ["objectives", "Share curriculum planning and train our middle leaders."],
    ["proposedStartDate", today],
    ["proposedEndDate", addMonths(today, 12)],
    ["expectedServiceChargePounds", "2,500"],
    ["governingBodyResolutionDate", today],
  ];
  const names = new Set(overrides.map(([n]) => n));
  return [...fields.filter(([n]) => !names.has(n)), ...overrides];
}

function request(cookie: string, fields: [string, string][]) {
  const trustId = fields.find(([n]) => n === "trustId")?.[1] ?? "";
  return outcome(postTo(requestAction, newPath(trustId), { urn: String(urn) }, cookie, fields));
}

function step(path: string, fields: [string, string][], cookie = member) {
  const partnershipId = decodeURIComponent(path.split("/").pop() ?? "");
  return outcome(postTo(stepAction, path, { urn: String(urn), partnershipId }, cookie, fields));
}

async function schoolPartnerships() {
  const { data } = await askApi<{ school: { partnerships: { id: string; state: string }[] } }>(
    api,
    "query ($urn: Int!) { school(urn: $urn) { partnerships { id state } } }",
    { urn },
    member,
  );
  return data.school.partnerships;
}

async function versionOf(id: string) {
  const { data } = await askApi<{ partnership: { version: number; state: string } }>(
    api,
    "query ($id: ID!) { partnership(id: $id) { version state } }",
    { id },
    member,
  );
  return data.partnership;
}

const idOf = (location: string | null) =>
  decodeURIComponent(/partnerships\/([^?]+)/.exec(location ?? "")?.[1] ?? "");

describe("a school's trust partnerships", () => {
  let alderPath = "";

  it("shows the request form to the school's members only", async () => {
    const { loaded, html } = await renderRequestForm(member, trusts.alder.id);
    expect(loaded.status).toBe(200);
    expect(html).toContain("Request a trust partnership with Alder Partnership Trust");
    expect(html).toMatch(/name="idempotencyKey" value="[0-9a-f-]{36}"/);
    expect(html).toContain("What does the school hope the partnership leads to?");
    expect(html).toContain("Explore joining the trust");
    expect(html).toContain("Planning and sequencing what is taught, subject by subject.");
    expect(html).toContain('type="date"');
    expect(html).toContain("at most 24 months");
    expect(html).toContain("Documents, such as the governing body");

    const other = await renderRequestForm(otherMember, trusts.alder.id);
    expect(other.loaded.status).toBe(403);
    expect(other.html).toContain("Only people who work for Hazel Primary School");
    expect(other.html).not.toContain("Alder Partnership Trust");

    const signedOut = await outcome(
      requestLoader(routeArgs(newPath(trusts.alder.id), { urn: String(urn) })),
    );
    expect(signedOut).toMatchObject({
      status: 302,
      location: `/sign-in?${new URLSearchParams({ redirectTo: newPath(trusts.alder.id) })}`,
    });
    // Nor may another school's member post the form.
    const refused = await request(otherMember, requestFields(trusts.alder.id, crypto.randomUUID()));
    expect(refused.status).toBe(403);
  });

  it("refuses a request with problems, says which, keeps what was typed and makes nothing", async () => {
    const key = crypto.randomUUID();
    const yesterday = new Date(`${today}T12:00:00Z`);
    yesterday.setUTCDate(yesterday.getUTCDate() - 1);
    const past = yesterday.toISOString().slice(0, 10);
    const refused = await request(
      member,
      requestFields(trusts.alder.id, key, [
        ["focusAreas", ""],
        ["proposedStartDate", past],
        ["proposedEndDate", addMonths(past, 25)],
      ]).filter(([n, v]) => n !== "focusAreas" || v !== ""),
    );
    expect(refused.status).toBe(400);
    const failed = refused.data as {
      values: { idempotencyKey: string; objectives: string };
      errors: { fields: Record<string, string> };
    };
    expect(failed.values.idempotencyKey).toBe(key);
    expect(failed.values.objectives).toBe(
      "Share curriculum planning and train our middle leaders.",
    );
    expect(failed.errors.fields).toMatchObject({
      focusAreas: expect.stringMatching(/at least one focus area/),
      proposedStartDate: expect.stringMatching(/has passed/),
      proposedEndDate: expect.stringMatching(/at most 24 months/),
    });
    expect(await schoolPartnerships()).toEqual([]);

    // The page shows them by each field and in the summary, with the same key to send again.
    const { html } = await renderRequestForm(member, trusts.alder.id, refused.data);
    expect(html).toContain('href="#focusAreas"');
    expect(html).toContain('href="#proposedEndDate"');
    expect(html).toContain(`name="idempotencyKey" value="${key}"`);
    expect(html).toContain(">Share curriculum planning and train our middle leaders.</textarea>");
    expect(html).toContain(`value="${past}"`);
  });

  it("sends a valid request, once however often it is sent", async () => {
    const key = crypto.randomUUID();
    const sent = await request(member, requestFields(trusts.alder.id, key));
    expect(sent.status).toBe(303);
    expect(sent.location).toMatch(
      new RegExp(`^/schools/${urn}/partnerships/[^/?]+\\?done=requested$`),
    );
    const again = await request(member, requestFields(trusts.alder.id, key));
    expect(again).toMatchObject({ status: 303, location: sent.location });
    const made = await schoolPartnerships();
    expect(made).toEqual([{ id: idOf(sent.location), state: "REQUESTED" }]);
    alderPath = (sent.location ?? "").replace(/\?.*$/, "");

    // A second request to the same trust, while the first is open, is the API's conflict.
    const second = await request(member, requestFields(trusts.alder.id, crypto.randomUUID()));
    expect(second.status).toBe(409);
    expect((second.data as { conflict: string }).conflict).toMatch(/open request|already/i);
    const { html } = await renderRequestForm(member, trusts.alder.id, second.data);
    expect(html).toContain(
      (second.data as { conflict: string }).conflict.replaceAll("'", "&#x27;"),
    );
    expect(await schoolPartnerships()).toHaveLength(1);
  });

  it("lists the school's partnerships, and says so when there are none", async () => {
    const html = await renderList(member);
    expect(html).toContain("Requests and partnerships (1)");
    expect(html).toContain("Alder Partnership Trust");
    expect(html).toContain(">Requested</strong>");
    expect(html).toContain("Explore joining the trust");
    expect(html).toContain(`href="${alderPath}"`);
    const other = await outcome(
      listLoader(routeArgs(listPath(), { urn: String(urn) }, { headers: { cookie: otherMember } })),
    );
    expect(other.status).toBe(403);
  });

  it("shows a partnership with its terms and its history", async () => {
    const html = await renderPartnership(`${alderPath}?done=requested`);
    expect(html).toContain("The request is sent to the trust.");
    expect(html).toContain("Partnership with Alder Partnership Trust");
    expect(html).toContain("The terms");
    expect(html).toContain("£2,500.00");
    expect(html).toContain("The history is the record");
    expect(html).toContain("Requested a partnership");
    expect(html).toContain("by Sam Member for Hazel Primary School");
    // The school may withdraw a request; confirming waits for the trust's terms.
    expect(html).toContain('name="action" value="WITHDRAW"');
    expect(html).not.toContain('value="CONFIRM_TERMS"');
  });

  it("withdraws only with a reason", async () => {
    const { version } = await versionOf(idOf(alderPath));
    const refused = await step(alderPath, [
      ["action", "WITHDRAW"],
      ["expectedVersion", String(version)],
      ["reason", "  "],
    ]);
    expect(refused.status).toBe(400);
    const failed = refused.data as { errors: { fields: Record<string, string> } };
    expect(failed.errors.fields.reason).toMatch(/Say why the school is withdrawing/);
    const html = await renderPartnership(alderPath, refused.data);
    expect(html).toContain('href="#withdraw-reason"');
    expect((await versionOf(idOf(alderPath))).state).toBe("REQUESTED");

    const withdrawn = await step(alderPath, [
      ["action", "WITHDRAW"],
      ["expectedVersion", String(version)],
      ["reason", "The governors chose to wait a year."],
    ]);
    expect(withdrawn).toMatchObject({ status: 303, location: `${alderPath}?done=withdraw` });
    expect((await versionOf(idOf(alderPath))).state).toBe("WITHDRAWN");
    const after = await renderPartnership(`${alderPath}?done=withdraw`);
    expect(after.replaceAll("&#x27;", "'")).toContain("The school has withdrawn.");
    expect(after).toContain("The governors chose to wait a year.");
    expect(after).toContain("From requested to withdrawn");
    expect(after).not.toContain('name="action"');
  });

  it("confirms the trust's terms, starts, extends and concludes, refusing a stale page", async () => {
    const sent = await request(member, requestFields(trusts.beech.id, crypto.randomUUID()));
    expect(sent.status).toBe(303);
    const path = (sent.location ?? "").replace(/\?.*$/, "");
    const id = idOf(path);

    // The trust proposes terms, as its administrator would in the trust's app.
    const proposed = await askApi<{ transitionPartnership: { __typename: string } }>(
      api,
      `mutation ($input: TransitionPartnershipInput!) {
        transitionPartnership(input: $input) { __typename }
      }`,
      {
        input: {
          partnershipId: id,
          action: "PROPOSE_TERMS",
          expectedVersion: (await versionOf(id)).version,
          terms: {
            startDate: today,
            endDate: addMonths(today, 12),
            focusAreas: ["CURRICULUM"],
            objectives: "Curriculum planning together.",
            serviceChargePounds: 3000,
            extensionAllowed: true,
            maxTermMonths: 18,
            servicesProvided: "Subject networks and CPD days.",
            dataProtection: "Each party is a controller of its own data.",
          },
        },
      },
      trustAdmin,
    );
    expect(proposed.data.transitionPartnership.__typename).toBe("PartnershipPayload");

    let html = await renderPartnership(path);
    expect(html).toContain("Subject networks and CPD days.");
    expect(html).toContain("The trust");
    expect(html).toContain("by Tia Admin for Beech Partnership Trust");
    const shownVersion = (await versionOf(id)).version;
    expect(html).toContain(`name="expectedVersion" value="${shownVersion}"`);

    const confirmed = await step(path, [
      ["action", "CONFIRM_TERMS"],
      ["expectedVersion", String(shownVersion)],
    ]);
    expect(confirmed).toMatchObject({ status: 303, location: `${path}?done=confirm-terms` });
    expect((await versionOf(id)).state).toBe("AGREED");

    // Agreed: the agreement downloads as a PDF, for the school's members only.
    expect(await renderPartnership(path)).toContain("Download the agreement (PDF)");
    const pdfArgs = (cookie?: string) =>
      routeArgs(
        `${path}/agreement.pdf`,
        { urn: String(urn), partnershipId: id },
        cookie ? { headers: { cookie } } : undefined,
      );
    const pdf = await agreementLoader(pdfArgs(member));
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const document = await PDFDocument.load(new Uint8Array(await pdf.arrayBuffer()));
    expect(document.getTitle()).toMatch(
      /^Trust Partnership agreement between .+ and Beech Partnership Trust$/,
    );
    expect((await outcome(agreementLoader(pdfArgs(otherMember)))).status).toBe(403);

    // The page shown before confirming is out of date now: the API refuses it.
    const stale = await step(path, [
      ["action", "START"],
      ["expectedVersion", String(shownVersion)],
    ]);
    expect(stale.status).toBe(409);
    html = await renderPartnership(path, stale.data);
    expect(html).toContain("The partnership changed since you opened this page");

    const started = await step(path, [
      ["action", "START"],
      ["expectedVersion", String((await versionOf(id)).version)],
    ]);
    expect(started).toMatchObject({ status: 303, location: `${path}?done=start` });
    expect((await versionOf(id)).state).toBe("ACTIVE");

    const tooLong = await step(path, [
      ["action", "EXTEND"],
      ["expectedVersion", String((await versionOf(id)).version)],
      ["endDate", addMonths(today, 20)],
      ["reason", "More time for the curriculum work."],
    ]);
    expect(tooLong.status).toBe(400);
    expect(
      (tooLong.data as { errors: { fields: Record<string, string> } }).errors.fields.endDate,
    ).toMatch(/maximum term of 18 months/);

    const extended = await step(path, [
      ["action", "EXTEND"],
      ["expectedVersion", String((await versionOf(id)).version)],
      ["endDate", addMonths(today, 15)],
      ["reason", "More time for the curriculum work."],
    ]);
    expect(extended).toMatchObject({ status: 303, location: `${path}?done=extend` });

    const noOutcome = await step(path, [
      ["action", "CONCLUDE"],
      ["expectedVersion", String((await versionOf(id)).version)],
      ["reason", "The trial is over."],
    ]);
    expect(noOutcome.status).toBe(400);
    html = await renderPartnership(path, noOutcome.data);
    expect(html).toContain('href="#conclude-outcome"');

    const concluded = await step(path, [
      ["action", "CONCLUDE"],
      ["expectedVersion", String((await versionOf(id)).version)],
      ["outcome", "JOINING_TRUST"],
      ["reason", "The trial is over; the school will join."],
    ]);
    expect(concluded).toMatchObject({ status: 303, location: `${path}?done=conclude` });
    html = await renderPartnership(`${path}?done=conclude`);
    expect(html).toContain("The partnership is concluded.");
    expect(html).toContain("Joining the trust");
    expect(html).toContain("extended from");
    for (const label of ["Confirm the agreement", "Start the partnership", "Extend", "Conclude"])
      expect(html).toContain(`<h3 class="ui-heading ui-heading--s">${label}</h3>`);
  });

  it("is a 404 for a partnership of another school or an id that is none", async () => {
    const missing = await outcome(
      partnershipLoader(
        routeArgs(
          `${listPath()}/nonsense`,
          { urn: String(urn), partnershipId: "nonsense" },
          {
            headers: { cookie: member },
          },
        ),
      ),
    );
    expect(missing.status).toBe(404);

    const { data } = await askApi<{
      requestPartnership: { partnership: { id: string } };
    }>(
      api,
      `mutation ($input: RequestPartnershipInput!) {
        requestPartnership(input: $input) { ... on PartnershipPayload { partnership { id } } }
      }`,
      {
        input: {
          trustId: trusts.alder.id,
          urn: rowanUrn,
          idempotencyKey: crypto.randomUUID(),
          intent: "MERGE",
          focusAreas: ["GOVERNANCE"],
          objectives: "Governance support.",
          proposedStartDate: today,
          proposedEndDate: addMonths(today, 6),
        },
      },
      otherMember,
    );
    const theirs = data.requestPartnership.partnership.id;
    const notOurs = await outcome(
      partnershipLoader(
        routeArgs(
          `${listPath()}/${encodeURIComponent(theirs)}`,
          {
            urn: String(urn),
            partnershipId: theirs,
          },
          { headers: { cookie: member } },
        ),
      ),
    );
    expect(notOurs.status).toBe(404);
  });

  it("keeps messages, lets the school propose terms, and records reviews once it runs", async () => {
    const sent = await request(member, requestFields(trusts.beech.id, crypto.randomUUID()));
    expect(sent.status).toBe(303);
    const path = (sent.location ?? "").replace(/\?.*$/, "");
    const id = idOf(path);
    const note = (kind: string, fields: [string, string][] = []) =>
      step(path, [["action", "NOTE"], ["kind", kind], ...fields]);

    // Open: the message form, the school's own terms form, and no activities or reviews yet.
    let html = await renderPartnership(path);
    expect(html).toContain(
      '<h2 id="messages-heading" class="ui-heading ui-heading--l">Messages</h2>',
    );
    expect(html).toContain("No messages yet.");
    expect(html).toContain('name="kind" value="MESSAGE"');
    expect(html).toContain(
      '<label class="ui-label" for="message-body">Message to the trust</label>',
    );
    expect(html).not.toContain('name="kind" value="REVIEW"');
    expect(html).toContain("Propose changes to the terms");
    expect(html).toContain('name="action" value="PROPOSE_TERMS"');
    // Filled with the terms as they stand (the request's, so far).
    expect(html).toMatch(new RegExp(`id="propose-endDate"[^>]*value="${addMonths(today, 12)}"`));

    // A blank message is refused here, by its field, and nothing reaches the history.
    const blank = await note("MESSAGE", [["body", "   "]]);
    expect(blank.status).toBe(400);
    html = await renderPartnership(path, blank.data);
    expect(html).toContain("That was not recorded");
    expect(html).toContain('href="#message-body"');
    expect(html).toContain("Enter the note; it cannot be blank.");
    // An activity before the partnership runs is the API's refusal, kept with what was typed.
    const early = await note("ACTIVITY", [["body", "A visit to the trust's school."]]);
    expect(early.status).toBe(400);
    expect(
      (early.data as { errors: { fields: Record<string, string> } }).errors.fields["activity-body"],
    ).toMatch(/^Activities and reviews are recorded while a partnership runs/);

    const message = await note("MESSAGE", [["body", "Could we visit in March?\nAny Tuesday."]]);
    expect(message).toMatchObject({ status: 303, location: `${path}?done=message` });
    const reply = await askApi<{ recordPartnershipNote: { __typename: string } }>(
      api,
      `mutation ($input: RecordPartnershipNoteInput!) {
        recordPartnershipNote(input: $input) { __typename }
      }`,
      { input: { partnershipId: id, kind: "MESSAGE", body: "Yes: 9 March suits us." } },
      trustAdmin,
    );
    expect(reply.data.recordPartnershipNote.__typename).toBe("PartnershipPayload");
    html = await renderPartnership(`${path}?done=message`);
    expect(html).toContain("The message is sent.");
    const thread = html.slice(
      html.indexOf('id="messages-heading"'),
      html.indexOf('id="history-heading"'),
    );
    expect(thread.replace(/<[^>]+>/g, "")).toMatch(
      /Message from Sam Member for Hazel Primary School, \d{1,2} \w+ \d{4} at \d{2}:\d{2}Could we visit in March\?\nAny Tuesday\..*Message from Tia Admin for Beech Partnership Trust, .*Yes: 9 March suits us\./s,
    );

    // The school proposes other terms: a wrong end date is shown by its field, input kept.
    const version = (await versionOf(id)).version;
    const proposal = (overrides: [string, string][] = [], expectedVersion = version) => {
      const fields: [string, string][] = [
        ["action", "PROPOSE_TERMS"],
        ["expectedVersion", String(expectedVersion)],
        ["startDate", today],
        ["endDate", addMonths(today, 9)],
        ["focusAreas", "CURRICULUM"],
        ["objectives", "Curriculum planning together."],
        ["servicesProvided", "Subject networks and two CPD days."],
        ["serviceChargePounds", "£2,000"],
        ["extensionAllowed", "yes"],
        ["maxTermMonths", "12"],
        ["dataProtection", "Each party is a controller of its own data."],
        ["reason", "A shorter trial first."],
      ];
      const names = new Set(overrides.map(([n]) => n));
      return step(path, [...fields.filter(([n]) => !names.has(n)), ...overrides]);
    };
    const wrong = await proposal([["endDate", addMonths(today, 15)]]);
    expect(wrong.status).toBe(400);
    html = await renderPartnership(path, wrong.data);
    expect(html).toContain('href="#propose-endDate"');
    expect(html).toContain("within the maximum term of 12 months");
    expect(html).toContain(`value="${addMonths(today, 15)}"`);
    expect(html).toContain(">Subject networks and two CPD days.</textarea>");
    expect(await versionOf(id)).toMatchObject({ version, state: "REQUESTED" });

    const proposed = await proposal();
    expect(proposed).toMatchObject({ status: 303, location: `${path}?done=propose-terms` });
    expect(await versionOf(id)).toMatchObject({ state: "IN_DISCUSSION" });
    // The same form again, from the page shown before: the partnership has moved on.
    const stale = await proposal([], version);
    expect(stale.status).toBe(409);
    html = await renderPartnership(`${path}?done=propose-terms`);
    expect(html).toContain("The school has proposed new terms.");
    expect(html).toContain("Subject networks and two CPD days.");
    expect(html).toContain("A shorter trial first.");
    // The school's proposal is its confirmation: only the trust's is awaited.
    expect(html).not.toContain('value="CONFIRM_TERMS"');

    // The trust confirms the school's terms, the school starts it: activities and reviews open.
    const confirmed = await askApi<{ transitionPartnership: { __typename: string } }>(
      api,
      `mutation ($input: TransitionPartnershipInput!) {
        transitionPartnership(input: $input) { __typename }
      }`,
      {
        input: {
          partnershipId: id,
          action: "CONFIRM_TERMS",
          expectedVersion: (await versionOf(id)).version,
        },
      },
      trustAdmin,
    );
    expect(confirmed.data.transitionPartnership.__typename).toBe("PartnershipPayload");
    const started = await step(path, [
      ["action", "START"],
      ["expectedVersion", String((await versionOf(id)).version)],
    ]);
    expect(started.status).toBe(303);
    html = await renderPartnership(path);
    expect(html).toContain("Activities and reviews");
    expect(html).toContain('<span class="ui-stat__value">Not set</span>');
    expect(html).not.toContain("Propose changes to the terms");

    const badDate = await note("REVIEW", [
      ["body", "Going well."],
      ["nextReviewDate", "2027-02-30"],
    ]);
    expect(badDate.status).toBe(400);
    html = await renderPartnership(path, badDate.data);
    expect(html).toContain('href="#review-nextReviewDate"');
    expect(html).toContain('value="2027-02-30"');
    expect(html).toContain(">Going well.</textarea>");

    const next = addMonths(today, 3);
    const review = await note("REVIEW", [
      ["body", "Curriculum maps shared; keep the termly visits."],
      ["nextReviewDate", next],
    ]);
    expect(review).toMatchObject({ status: 303, location: `${path}?done=review` });
    html = await renderPartnership(`${path}?done=review`);
    expect(html).toContain("The review is recorded.");
    const day = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(`${next}T00:00:00Z`));
    expect(html).toContain(`<span class="ui-stat__value">${day}</span>`);
    expect(html).toContain("Curriculum maps shared; keep the termly visits.");
    expect(html).toContain(`Next review: ${day}`);
  });
});
