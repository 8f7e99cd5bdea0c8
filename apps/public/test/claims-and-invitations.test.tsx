import { createTestApi, type TestApi } from "@atlas/api/testing";
import { tables } from "@atlas/db";
import { buildSchool, buildSectorBody, buildTrust, buildUser } from "@atlas/db/testing";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { validateSignUp } from "../app/auth/sign-up-form.ts";
import { claimFromForm } from "../app/claims/claim-form.ts";
import ClaimsPage, {
  action as claimAction,
  loader as claimsLoader,
} from "../app/routes/claims.tsx";
import InvitationPage, {
  action as acceptAction,
  loader as invitationLoader,
} from "../app/routes/invitation.tsx";
import SignUpPage, {
  action as signUpAction,
  loader as signUpLoader,
} from "../app/routes/sign-up.tsx";
import { routeArgs } from "./route-args.ts";
import { type ApiCall, askApi, cookiePairOf, routeFetchTo, viewerWith } from "./support/api.ts";
import { outcome, render } from "./support/route-results.tsx";

// A newcomer's way in through the public app's forms, against the real API: signing up (and
// being signed in), asking to represent a school or administer a trust and reading where the
// claim stands as a curator decides it, and accepting a colleague's invitation by its link.

let api: TestApi;
let calls: ApiCall[];
let curator: string;
let school: { id: string; urn: number; name: string };
let otherSchool: { urn: number; name: string };
let trust: { groupUid: number; name: string };

const PASSWORD = "heron kestrel osprey";
let serial = 0;
const newEmail = () => `newcomer.${++serial}@school.example`;

beforeAll(async () => {
  api = await createTestApi();
  const { db } = api.database;
  const hazel = await buildSchool(db, { name: "Hazel Primary School" });
  school = { id: hazel.id, urn: hazel.urn, name: hazel.name };
  const rowan = await buildSchool(db, { name: "Rowan Primary School" });
  otherSchool = { urn: rowan.urn, name: rowan.name };
  const built = await buildTrust(db, { name: "Alder Learning Trust" });
  trust = { groupUid: built.trust.groupUid, name: built.trust.name };
  const body = await buildSectorBody(db, { name: "Trust Atlas Curation" });
  const person = await buildUser(db, {
    name: "Cora Curator",
    passwordHash: "not used: signed in by sessionFor",
    roles: [{ role: "CURATOR", sectorBodyId: body.id }],
  });
  curator = await api.sessionFor(person.user.id);
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

const SAME_SITE = { "sec-fetch-site": "same-origin" };

function post(path: string, fields: Record<string, string>, cookie?: string) {
  return routeArgs(
    path,
    {},
    {
      method: "POST",
      body: new URLSearchParams(fields),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        ...SAME_SITE,
        ...(cookie ? { cookie } : {}),
      },
    },
  );
}

const get = (path: string, cookie?: string) =>
  routeArgs(path, {}, cookie ? { headers: { cookie } } : undefined);

/** The text a person reads, tags and React's markers gone. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe("signing up", () => {
  it("creates the account, signs it in and goes to the claims page", async () => {
    const email = newEmail();
    const thrown = await signUpAction(
      post("/sign-up", { name: " Nia Newcomer ", email: email.toUpperCase(), password: PASSWORD }),
    ).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(Response);
    if (!(thrown instanceof Response)) return;
    expect(calls.map((c) => c.operationName)).toEqual(["SignUp"]);
    expect(calls[0]?.variables).toEqual({
      input: { name: "Nia Newcomer", email, password: PASSWORD },
    });
    expect(thrown.status).toBe(303);
    expect(thrown.headers.get("location")).toBe("/claims");
    const [cookie] = thrown.headers.getSetCookie();
    expect(cookie).toMatch(/^atlas_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);
    expect(await viewerWith(api, cookiePairOf(cookie ?? ""))).toEqual({ name: "Nia Newcomer" });
  });

  it("goes back where the person was going, only on this site", async () => {
    expect(signUpLoader(get("/sign-up?redirectTo=%2Finvitations%2Fabc"))).toEqual({
      redirectTo: "/invitations/abc",
    });
    expect(signUpLoader(get("/sign-up?redirectTo=https%3A%2F%2Fevil.example"))).toEqual({
      redirectTo: "/claims",
    });
    const kept = await outcome(
      signUpAction(
        post("/sign-up", {
          name: "Ola",
          email: newEmail(),
          password: PASSWORD,
          redirectTo: "/invitations/abc",
        }),
      ),
    );
    expect(kept.location).toBe("/invitations/abc");
    const refused = await outcome(
      signUpAction(
        post("/sign-up", { name: "Ola", email: newEmail(), password: PASSWORD, redirectTo: "//x" }),
      ),
    );
    expect(refused.location).toBe("/claims");
  });

  it("checks the form with the domain's rules before asking the API", async () => {
    const answer = await outcome(
      signUpAction(post("/sign-up", { name: "", email: "nope", password: "short" })),
    );
    expect(calls).toHaveLength(0);
    expect(answer.status).toBe(400);
    expect(answer.data).toMatchObject({
      values: { name: "", email: "nope" },
      errors: {
        fields: {
          name: "Enter your name.",
          email: expect.stringMatching(/correct format/),
          password: expect.stringMatching(/at least 12 characters/),
        },
      },
    });
    expect(
      validateSignUp({
        name: "A",
        email: "head@school.example",
        password: "Head@School.example",
      }),
    ).toEqual({
      ok: false,
      errors: expect.objectContaining({
        fields: { password: "Choose a password that is not your email address." },
      }),
    });
  });

  it("says when the address has an account already, keeping what was typed but the password", async () => {
    const email = newEmail();
    await outcome(signUpAction(post("/sign-up", { name: "Ola", email, password: PASSWORD })));
    const answer = await outcome(
      signUpAction(post("/sign-up", { name: "Ola Again", email, password: PASSWORD })),
    );
    expect(answer.status).toBe(400);
    const html = render(SignUpPage, "/sign-up", "/sign-up", { redirectTo: "/claims" }, answer.data);
    expect(html).toContain(
      '<a href="#email">There is already an account with this email address: sign in instead.</a>',
    );
    expect(html).toContain('value="Ola Again"');
    expect(html).not.toContain(PASSWORD);
    expect(html).toContain('href="/sign-in?redirectTo=%2Fclaims"');
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });
});

/** A new account, signed up through the API; its session cookie. */
async function newAccount(email = newEmail()): Promise<string> {
  const { headers } = await askApi(
    api,
    "mutation ($input: SignUpInput!) { signUp(input: $input) { __typename } }",
    { input: { name: "Nia Newcomer", email, password: PASSWORD } },
  );
  return cookiePairOf(headers.getSetCookie()[0] ?? "");
}

async function decide(claimId: string, decision: "APPROVE" | "DECLINE", reason?: string) {
  const { data } = await askApi<{ decideClaim: { __typename: string } }>(
    api,
    "mutation ($input: DecideClaimInput!) { decideClaim(input: $input) { __typename } }",
    { input: { claimId, decision, reason } },
    curator,
  );
  expect(data.decideClaim.__typename).toBe("ClaimPayload");
}

const claimFor = (urn: number | string) => ({
  role: "SCHOOL_MEMBER",
  urn: String(urn),
  jobTitle: "Headteacher",
  evidence: "My name is on the school's staff page.",
});

describe("claims", () => {
  it("sends someone signed out to sign in and back", async () => {
    const answer = await outcome(claimsLoader(get("/claims")));
    expect(answer).toMatchObject({ status: 302, location: "/sign-in?redirectTo=%2Fclaims" });
  });

  it("asks to represent a school, says where the claim stands, and does not send it twice", async () => {
    const cookie = await newAccount();
    const empty = await outcome(claimsLoader(get("/claims", cookie)));
    expect(empty.data).toMatchObject({ claims: [], role: "SCHOOL_MEMBER", sent: null });
    let html = render(ClaimsPage, "/claims", "/claims", empty.data);
    expect(text(html)).toContain("You have not asked to act for a school or trust yet.");
    expect(html).toContain('name="urn"');
    expect(html).toContain('href="/claims?role=TRUST_ADMIN#claim-form"');

    // Checked before the API: a URN is six digits; the job title cannot be blank.
    calls.length = 0;
    const unchecked = await outcome(
      claimAction(post("/claims", { ...claimFor("12ab"), jobTitle: " " }, cookie)),
    );
    expect(calls).toHaveLength(0);
    expect(unchecked.data).toMatchObject({
      errors: {
        fields: {
          urn: "Enter the school's six-digit URN.",
          jobTitle: expect.stringMatching(/^Enter what you do there/),
        },
      },
    });

    // A URN of no school: the API's NotFoundError, on the URN.
    const unknown = await outcome(claimAction(post("/claims", claimFor(999999), cookie)));
    expect(unknown.status).toBe(400);
    expect(unknown.data).toMatchObject({
      values: { organisation: "999999", jobTitle: "Headteacher" },
      errors: {
        fields: { urn: "No school has URN 999999." },
        summary: [{ href: "#urn", text: "No school has URN 999999." }],
      },
    });
    html = render(ClaimsPage, "/claims", "/claims", empty.data, unknown.data);
    expect(html).toContain('<a href="#urn">No school has URN 999999.</a>');
    expect(html).toContain('value="999999"');

    // The claim is sent; its page says it waits, and sending it again finds the same one.
    const sent = await outcome(claimAction(post("/claims", claimFor(school.urn), cookie)));
    expect(sent.status).toBe(303);
    const again = await outcome(claimAction(post("/claims", claimFor(school.urn), cookie)));
    expect(again.location).toBe(sent.location);
    const page = await outcome(claimsLoader(get(sent.location ?? "", cookie)));
    expect(page.data).toMatchObject({
      claims: [{ state: "PENDING", role: "SCHOOL_MEMBER", school: { urn: school.urn } }],
      sent: { state: "PENDING" },
    });
    html = render(ClaimsPage, "/claims", sent.location ?? "", page.data);
    const content = text(html);
    expect(content).toContain("Your claim is sent");
    expect(content).toContain(`Your claim to act for ${school.name} is waiting for a curator.`);
    expect(content).toContain(`${school.name} URN ${school.urn}`);
    expect(content).toContain("Awaiting a curator");
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  it("shows a curator's decision: the reason for a decline, the school's page once approved", async () => {
    const cookie = await newAccount();
    await outcome(claimAction(post("/claims", claimFor(otherSchool.urn), cookie)));
    await outcome(claimAction(post("/claims", claimFor(school.urn), cookie)));
    const before = await outcome(claimsLoader(get("/claims", cookie)));
    const claims = (before.data as { claims: { id: string; school: { urn: number } }[] }).claims;
    const declined = claims.find((c) => c.school.urn === otherSchool.urn)?.id ?? "";
    const approved = claims.find((c) => c.school.urn === school.urn)?.id ?? "";
    await decide(declined, "DECLINE", "The school could not confirm you work there.");
    await decide(approved, "APPROVE");

    const after = await outcome(claimsLoader(get("/claims", cookie)));
    const html = render(ClaimsPage, "/claims", "/claims", after.data);
    const content = text(html);
    expect(content).toContain(
      "Declined on", // …today's date…
    );
    expect(content).toContain("The curator's reason: The school could not confirm you work there.");
    expect(content).toContain(`You represent ${school.name}.`);
    expect(html).toContain(`href="/schools/${school.urn}"`);
    expect(content).toMatch(/Approved on \d{1,2} \w+ \d{4}\./);

    // Asking again for a school one represents: the API's ClaimRefusedError, on the URN.
    const refused = await outcome(claimAction(post("/claims", claimFor(school.urn), cookie)));
    expect(refused.data).toMatchObject({
      errors: { fields: { urn: `You already act for ${school.name}.` } },
    });
  });

  it("asks to administer a trust by its Group UID", async () => {
    const cookie = await newAccount();
    const page = await outcome(claimsLoader(get("/claims?role=TRUST_ADMIN", cookie)));
    const html = render(ClaimsPage, "/claims", "/claims?role=TRUST_ADMIN", page.data);
    expect(html).toContain('name="groupUid"');
    expect(html).not.toContain('name="urn"');
    expect(text(html)).toContain("Ask to administer a trust");

    const fields = {
      role: "TRUST_ADMIN",
      jobTitle: "Chief operating officer",
      evidence: "Call the CEO.",
    };
    const unknown = await outcome(
      claimAction(post("/claims", { ...fields, groupUid: "987654" }, cookie)),
    );
    expect(unknown.data).toMatchObject({
      errors: { fields: { groupUid: "No trust has Group UID 987654." } },
    });
    const sent = await outcome(
      claimAction(post("/claims", { ...fields, groupUid: String(trust.groupUid) }, cookie)),
    );
    expect(sent.status).toBe(303);
    const after = await outcome(claimsLoader(get(sent.location ?? "", cookie)));
    expect(after.data).toMatchObject({
      claims: [{ role: "TRUST_ADMIN", state: "PENDING", trust: { name: trust.name } }],
    });
    expect(text(render(ClaimsPage, "/claims", "/claims", after.data))).toContain(
      `${trust.name} Group UID ${trust.groupUid}`,
    );
    expect(
      claimFromForm({ role: "TRUST_ADMIN", organisation: "", jobTitle: "x", evidence: "y" }),
    ).toMatchObject({
      ok: false,
      errors: { fields: { groupUid: expect.stringMatching(/^Enter the trust's Group UID/) } },
    });
  });
});

/** The token in the newest invitation email to this address. */
async function tokenSentTo(email: string): Promise<string> {
  const sent = await api.database.db.select().from(tables.outboxMessages);
  const body = sent.filter((m) => m.recipientEmail === email).at(-1)?.body ?? "";
  const token = /\/invitations\/([A-Za-z0-9_-]{43})/.exec(body)?.[1];
  if (!token) throw new Error(`no invitation sent to ${email}`);
  return token;
}

describe("an invitation's page", () => {
  let email = "";
  let token = "";
  const path = () => `/invitations/${token}`;
  const args = (cookie?: string) => ({
    ...routeArgs(path(), { token }, cookie ? { headers: { cookie } } : undefined),
  });
  const acceptArgs = (cookie: string) =>
    routeArgs(
      path(),
      { token },
      { method: "POST", body: new URLSearchParams(), headers: { cookie, ...SAME_SITE } },
    );

  beforeAll(async () => {
    // A member of the school invites a colleague, through the API.
    const member = await buildUser(api.database.db, {
      name: "Sam Member",
      passwordHash: "not used",
      roles: [{ role: "SCHOOL_MEMBER", schoolId: school.id }],
    });
    email = newEmail();
    const { data } = await askApi<{ school: { id: string } }>(
      api,
      "query ($urn: Int!) { school(urn: $urn) { id } }",
      { urn: school.urn },
    );
    await askApi(
      api,
      "mutation ($input: InviteColleagueInput!) { inviteColleague(input: $input) { __typename } }",
      { input: { organisationId: data.school.id, email } },
      await api.sessionFor(member.user.id),
    );
    token = await tokenSentTo(email);
  });

  it("shows who invited whom to what, and offers sign in or sign up, back to the page", async () => {
    const page = await outcome(invitationLoader(args()));
    expect(page.data).toMatchObject({
      invitation: { invitedBy: "Sam Member", organisationName: school.name, email },
      viewer: null,
      refusal: null,
    });
    const html = render(InvitationPage, "/invitations/:token", path(), page.data);
    const content = text(html);
    expect(content).toContain(`Sam Member invites you to be a member of ${school.name}.`);
    expect(content).toContain("School member");
    expect(html).toContain(`href="/sign-in?redirectTo=%2Finvitations%2F${token}"`);
    expect(html).toContain(`href="/sign-up?redirectTo=%2Finvitations%2F${token}"`);
    expect(html).not.toContain("Accept the invitation");
  });

  it("tells someone signed in with another address why they cannot accept", async () => {
    const other = await newAccount();
    const page = await outcome(invitationLoader(args(other)));
    expect((page.data as { refusal: string }).refusal).toBe(
      `This invitation was sent to ${email}. Sign in with that address to accept it.`,
    );
    const html = render(InvitationPage, "/invitations/:token", path(), page.data);
    expect(text(html)).toContain("You cannot accept this invitation");
    expect(html).not.toContain("Accept the invitation");
    // Posted anyway: the API's InvitationRefusedError, said the same way.
    const refused = await outcome(acceptAction(acceptArgs(other)));
    expect(refused).toMatchObject({
      status: 409,
      data: {
        refused: `This invitation was sent to ${email}. Sign in with that address to accept it.`,
      },
    });
  });

  it("accepts for the address it was sent to, links to the school, and then is spent", async () => {
    const cookie = await newAccount(email);
    const page = await outcome(invitationLoader(args(cookie)));
    expect(page.data).toMatchObject({ refusal: null, viewer: { email } });
    expect(render(InvitationPage, "/invitations/:token", path(), page.data)).toContain(
      "Accept the invitation",
    );
    const accepted = await outcome(acceptAction(acceptArgs(cookie)));
    expect(accepted.data).toEqual({
      accepted: { role: "SCHOOL_MEMBER", organisationName: school.name, schoolUrn: school.urn },
    });
    const html = render(InvitationPage, "/invitations/:token", path(), page.data, accepted.data);
    expect(text(html)).toContain(`You are now a member of ${school.name}.`);
    expect(html).toContain(`href="/schools/${school.urn}"`);

    const spent = await outcome(invitationLoader(args(cookie)));
    expect((spent.data as { refusal: string }).refusal).toMatch(
      /^This invitation has been used already/,
    );
    const again = await outcome(acceptAction(acceptArgs(cookie)));
    expect(again.data).toEqual({ refused: expect.stringMatching(/has been used already/) });
  });

  it("is not found for a link we did not send", async () => {
    for (const bad of ["not-a-token", "A".repeat(43)]) {
      const answer = await outcome(
        invitationLoader(routeArgs(`/invitations/${bad}`, { token: bad })),
      );
      expect(answer.status).toBe(404);
    }
  });
});
