import { createTestApi, type TestApi } from "@atlas/api/testing";
import { tables } from "@atlas/db";
import { buildSchool } from "@atlas/db/testing";
import { formatDate } from "@atlas/ui";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { sentOf } from "../app/invitations/invite-form.ts";
import ColleaguesPage, { action, loader } from "../app/routes/school-colleagues.tsx";
import { routeArgs } from "./route-args.ts";
import { type ApiCall, memberSessionOf, routeFetchTo } from "./support/api.ts";
import { outcome, render } from "./support/route-results.tsx";

// A school's member invites a colleague through the public app's form, against the real API:
// the form only for the school's own members, the domain's check before the API, the API's
// refusal at the field, and an invitation written with its email, the page saying to whom and
// until when, never the link's token.

let api: TestApi;
let calls: ApiCall[];
let school: { id: string; urn: number; name: string };
let member: { cookie: string; email: string };
let otherMember: string;
let path: string;
let serial = 0;
const newEmail = () => `colleague.${++serial}@hazel.example`;

const PATTERN = "/schools/:urn/colleagues";

beforeAll(async () => {
  api = await createTestApi();
  const { db } = api.database;
  const hazel = await buildSchool(db, { name: "Hazel Primary School" });
  school = { id: hazel.id, urn: hazel.urn, name: hazel.name };
  const rowan = await buildSchool(db, { name: "Rowan Primary School" });
  path = `/schools/${school.urn}/colleagues`;
  member = await memberSessionOf(api, hazel.id, "Sam Member");
  otherMember = (await memberSessionOf(api, rowan.id)).cookie;
});

afterAll(async () => {
  await api.close();
});

beforeEach(() => {
  calls = routeFetchTo(api);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const params = () => ({ urn: String(school.urn) });

const get = (url: string, cookie?: string) =>
  routeArgs(url, params(), cookie ? { headers: { cookie } } : undefined);

function post(email: string, cookie?: string) {
  return routeArgs(path, params(), {
    method: "POST",
    body: new URLSearchParams({ email }),
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "sec-fetch-site": "same-origin",
      ...(cookie ? { cookie } : {}),
    },
  });
}

/** The text a person reads, tags and entities gone. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

/** What was written for this address: its invitations and the emails in the outbox. */
async function invitationsTo(email: string) {
  const { db } = api.database;
  const invitations = await db.select().from(tables.invitations);
  const messages = await db.select().from(tables.outboxMessages);
  return {
    invitations: invitations.filter((i) => i.email === email),
    messages: messages.filter((m) => m.recipientEmail === email),
  };
}

describe("inviting a colleague to act for a school", () => {
  it("sends someone signed out to sign in and back", async () => {
    const page = await outcome(loader(get(path)));
    expect(page).toMatchObject({
      status: 302,
      location: `/sign-in?redirectTo=${encodeURIComponent(path)}`,
    });
    const posted = await outcome(action(post(newEmail())));
    expect(posted.location).toBe(`/sign-in?redirectTo=${encodeURIComponent(path)}`);
  });

  it("is a 403 for anyone but the school's members, and sends nothing for them", async () => {
    const page = await outcome(loader(get(path, otherMember)));
    expect(page.status).toBe(403);
    const html = render(ColleaguesPage, PATTERN, path, page.data);
    expect(text(html)).toContain("You cannot invite colleagues to this school");
    expect(text(html)).toContain(
      `Only people who work for ${school.name} on Trust Atlas can invite colleagues to act for it.`,
    );
    expect(html).not.toContain('name="email"');
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);

    const email = newEmail();
    const posted = await outcome(action(post(email, otherMember)));
    expect(posted.status).toBe(403);
    expect(calls.map((c) => c.operationName)).not.toContain("InviteSchoolColleague");
    expect(await invitationsTo(email)).toEqual({ invitations: [], messages: [] });
  });

  it("shows a member the form, saying how the link works", async () => {
    const page = await outcome(loader(get(path, member.cookie)));
    expect(page).toMatchObject({ status: 200, data: { kind: "member", sent: null } });
    const html = render(ColleaguesPage, PATTERN, path, page.data);
    const content = text(html);
    expect(html).toMatch(
      /<h1[^>]*><span class="ui-caption">Hazel Primary School <\/span>Invite a colleague<\/h1>/,
    );
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(content).toContain("It works once, only for the address you give, for 7 days.");
    // A plain form post to the route's action: it works without JavaScript.
    expect(html).toMatch(new RegExp(`<form [^>]*action="${path}" method="post"`));
    expect(html).toContain('name="email"');
    expect(content).toContain("Their work email address");
    expect(content).toContain("Send the invitation");
  });

  it("checks the address with the domain's rule before asking the API", async () => {
    const answer = await outcome(action(post("not an address", member.cookie)));
    expect(calls.map((c) => c.operationName)).not.toContain("InviteSchoolColleague");
    expect(answer.status).toBe(400);
    const message = "Enter an email address in the correct format, like name@example.org.";
    expect(answer.data).toMatchObject({
      kind: "failed",
      email: "not an address",
      errors: { fields: { email: message }, summary: [{ href: "#email", text: message }] },
    });
    const page = await outcome(loader(get(path, member.cookie)));
    const html = render(ColleaguesPage, PATTERN, path, page.data, answer.data);
    expect(html).toContain(`<a href="#email">${message}</a>`);
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('value="not an address"');
    expect(text(html)).toContain("There is a problem");
  });

  it("shows the API's refusal at the field: a colleague who acts for the school already", async () => {
    const answer = await outcome(action(post(member.email.toUpperCase(), member.cookie)));
    expect(calls.map((c) => c.operationName)).toContain("InviteSchoolColleague");
    expect(answer.status).toBe(400);
    const message = `${member.email} already acts for ${school.name}.`;
    expect(answer.data).toMatchObject({
      errors: { fields: { email: message }, summary: [{ href: "#email", text: message }] },
    });
    const page = await outcome(loader(get(path, member.cookie)));
    const html = render(ColleaguesPage, PATTERN, path, page.data, answer.data);
    expect(text(html)).toContain(message);
    expect(await invitationsTo(member.email)).toEqual({ invitations: [], messages: [] });
  });

  it("sends the invitation, emails the link, and says to whom and until when", async () => {
    const email = newEmail();
    const before = Date.now();
    const sent = await outcome(action(post(` ${email.toUpperCase()} `, member.cookie)));
    expect(sent.status).toBe(303);

    const { invitations, messages } = await invitationsTo(email);
    expect(invitations).toHaveLength(1);
    const [row] = invitations;
    expect(row).toMatchObject({
      role: "SCHOOL_MEMBER",
      schoolId: school.id,
      trustId: null,
      invitedByName: "Sam Member",
      acceptedAt: null,
    });
    const days = ((row?.expiresAt.getTime() ?? 0) - before) / (24 * 60 * 60 * 1000);
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);
    expect(messages).toHaveLength(1);
    const token = /\/invitations\/([A-Za-z0-9_-]{43})/.exec(messages[0]?.body ?? "")?.[1];
    expect(token).toBeDefined();

    // Back to the page, which says it was sent: the address and the date, never the token.
    const location = sent.location ?? "";
    expect(location.startsWith(`${path}?`)).toBe(true);
    expect(location).not.toContain(token);
    expect(sentOf(new URL(location, "http://x").searchParams)).toEqual({
      email,
      expiresAt: row?.expiresAt.toISOString(),
    });
    const page = await outcome(loader(get(location, member.cookie)));
    const html = render(ColleaguesPage, PATTERN, location, page.data);
    expect(text(html)).toContain(
      `Invitation sent to ${email}, valid until ${formatDate(row?.expiresAt.toISOString() ?? "")}.`,
    );
    expect(html).toContain('role="status"');
    expect(html).not.toContain(token);
    // The form is ready for the next colleague.
    expect(html).not.toContain(`value="${email}"`);
  });

  it("says nothing was sent for an address not of its own making", () => {
    const of = (query: string) => sentOf(new URLSearchParams(query));
    expect(of("")).toBeNull();
    expect(of("sent=not-an-address&until=2026-12-14T10:00:00.000Z")).toBeNull();
    expect(of("sent=a%40b.example&until=soon")).toBeNull();
    expect(of("sent=a%40b.example&until=2026-12-14T10:00:00.000Z")).toEqual({
      email: "a@b.example",
      expiresAt: "2026-12-14T10:00:00.000Z",
    });
  });

  it("is not found for a URN of no school", async () => {
    const answer = await outcome(
      loader(
        routeArgs(
          "/schools/999999/colleagues",
          { urn: "999999" },
          { headers: { cookie: member.cookie } },
        ),
      ),
    );
    expect(answer.status).toBe(404);
  });
});
