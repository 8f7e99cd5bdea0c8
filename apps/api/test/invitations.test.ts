/**
 * Signing up and invitations: a new account holds no roles; a trust's administrator invites
 * a colleague by email, whose link works once, for a week, for that address only; accepting
 * grants the role, and both steps are in the audit log.
 */
import { tables } from "@atlas/db";
import { buildSchool, buildSectorBody, buildTrust, buildUser } from "@atlas/db/testing";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type Sender, type TestApp } from "./support/testkit.ts";

const SIGN_UP = `
  mutation SignUpTest($input: SignUpInput!) {
    signUp(input: $input) {
      __typename
      ... on SignInPayload { viewer { name email } }
      ... on ValidationError { issues { path message } }
      ... on UserError { message }
    }
  }
`;
const INVITE = `
  mutation InviteTest($input: InviteColleagueInput!) {
    inviteColleague(input: $input) {
      __typename
      ... on InvitationPayload { invitation { email role organisationName invitedBy acceptedAt } }
      ... on UserError { message }
    }
  }
`;
const ACCEPT = `
  mutation AcceptTest($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      __typename
      ... on InvitationPayload { invitation { organisationName acceptedAt } }
      ... on UserError { message }
    }
  }
`;

let app: TestApp;
let admin: Sender;
let curator: Sender;
let member: Sender;
let trust: { id: string; rowId: string };
let school: { id: string; rowId: string };

const globalId = (typename: string, id: string) =>
  Buffer.from(`${typename}:${id}`).toString("base64");

/** Signs up as a new person; the answer's cookie is their session. */
async function signUp(email: string, password = "heron kestrel osprey") {
  const response = await app.yoga.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", "x-graphql-yoga-csrf": "1" },
    body: JSON.stringify({
      query: SIGN_UP,
      variables: { input: { name: "Nia Newcomer", email, password } },
    }),
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  const body = (await response.json()) as { data: { signUp: Record<string, unknown> } };
  return { answer: body.data.signUp, as: { cookie } as Sender };
}

const invite = async (organisationId: string, email: string, as: Sender) =>
  (await app.executeRaw(INVITE, { input: { organisationId, email } }, as)).body;
const accept = async (token: string, as: Sender) =>
  (
    (await app.executeRaw(ACCEPT, { input: { token } }, as)).expectNoErrors() as {
      acceptInvitation: { __typename: string; message?: string; invitation?: unknown };
    }
  ).acceptInvitation;

/** The token in the newest invitation email to this address. */
async function tokenSentTo(email: string): Promise<{ token: string; body: string }> {
  const sent = await app.database.db
    .select({ body: tables.outboxMessages.body })
    .from(tables.outboxMessages)
    .where(
      and(
        eq(tables.outboxMessages.topic, "invitation.sent"),
        eq(tables.outboxMessages.recipientEmail, email),
      ),
    );
  const body = sent.at(-1)?.body ?? "";
  return { token: /\/invitations\/([A-Za-z0-9_-]{43})/.exec(body)?.[1] ?? "", body };
}

beforeAll(async () => {
  app = await createTestApp();
  const db = app.database.db;
  const built = await buildTrust(db, { name: "Heron Learning Trust" });
  trust = { id: globalId("Trust", built.trust.id), rowId: built.trust.id };
  const builtSchool = await buildSchool(db, { name: "Brook Primary School" });
  school = { id: globalId("School", builtSchool.id), rowId: builtSchool.id };
  const body = await buildSectorBody(db);
  const person = async (name: string, roles: Parameters<typeof buildUser>[1]["roles"]) =>
    app.sessionFor((await buildUser(db, { name, passwordHash: "x", roles })).user.id);
  admin = await person("Tia Admin", [{ role: "TRUST_ADMIN", trustId: built.trust.id }]);
  member = await person("Sam Member", [{ role: "SCHOOL_MEMBER", schoolId: builtSchool.id }]);
  curator = await person("Cora Curator", [{ role: "CURATOR", sectorBodyId: body.id }]);
});
afterAll(() => app?.close());

describe("signUp", () => {
  it("creates an account with no roles and signs it in", async () => {
    const { answer, as } = await signUp("first@newcomers.example");
    expect(answer).toEqual({
      __typename: "SignInPayload",
      viewer: { name: "Nia Newcomer", email: "first@newcomers.example" },
    });
    const viewer = await app.executeRaw("{ viewer { email roles { role } } }", {}, as);
    expect(viewer.expectNoErrors()).toEqual({
      viewer: { email: "first@newcomers.example", roles: [] },
    });
  });

  it("refuses a short password, and an address that has an account", async () => {
    const short = await signUp("second@newcomers.example", "too short");
    expect(short.answer).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "password"], message: expect.stringMatching(/12 characters/) }],
    });
    const again = await signUp("FIRST@newcomers.example");
    expect(again.answer).toMatchObject({ __typename: "EmailTakenError" });
    expect(again.as.cookie).toBeUndefined();
  });
});

describe("invitations", () => {
  it("are sent by a trust's administrator, and accepted once by the address invited", async () => {
    const sent = await invite(trust.id, "Dev.Colleague@Heron.example", admin);
    expect(sent.data?.inviteColleague).toEqual({
      __typename: "InvitationPayload",
      invitation: {
        email: "dev.colleague@heron.example",
        role: "TRUST_ADMIN",
        organisationName: "Heron Learning Trust",
        invitedBy: "Tia Admin",
        acceptedAt: null,
      },
    });
    const { token, body } = await tokenSentTo("dev.colleague@heron.example");
    expect(body).toContain(`http://localhost:3001/invitations/${token}`);
    // Only the hash is kept: the token itself is nowhere in the database's row.
    const [row] = await app.database.db.select().from(tables.invitations);
    expect(JSON.stringify(row)).not.toContain(token);

    const preview = await app.executeRaw(
      "query ($token: String!) { invitation(token: $token) { organisationName role } }",
      { token },
      {},
    );
    expect(preview.expectNoErrors()).toEqual({
      invitation: { organisationName: "Heron Learning Trust", role: "TRUST_ADMIN" },
    });

    const stranger = await signUp("someone.else@elsewhere.example");
    expect(await accept(token, stranger.as)).toMatchObject({
      __typename: "InvitationRefusedError",
      message: expect.stringMatching(/sent to dev.colleague@heron.example/),
    });
    const colleague = await signUp("dev.colleague@heron.example");
    expect(await accept(token, colleague.as)).toMatchObject({
      __typename: "InvitationPayload",
      invitation: { organisationName: "Heron Learning Trust", acceptedAt: expect.any(String) },
    });
    expect(await accept(token, colleague.as)).toMatchObject({
      __typename: "InvitationRefusedError",
      message: expect.stringMatching(/used already/),
    });
    const grants = await app.database.db
      .select({ role: tables.roleGrants.role })
      .from(tables.roleGrants)
      .innerJoin(tables.users, eq(tables.users.id, tables.roleGrants.userId))
      .where(
        and(
          eq(tables.users.email, "dev.colleague@heron.example"),
          isNull(tables.roleGrants.revokedAt),
        ),
      );
    expect(grants).toEqual([{ role: "TRUST_ADMIN" }]);
    const log = await app.database.db
      .select({ action: tables.auditEvents.action })
      .from(tables.auditEvents)
      .where(eq(tables.auditEvents.trustId, trust.rowId));
    expect(log.map((e) => e.action).sort()).toEqual([
      "INVITATION_ACCEPTED",
      "INVITATION_SENT",
      "ROLE_GRANTED",
    ]);
    // Now an administrator: inviting them again says so.
    const twice = await invite(trust.id, "dev.colleague@heron.example", admin);
    expect(twice.data?.inviteColleague).toMatchObject({
      __typename: "InvitationRefusedError",
      message: "dev.colleague@heron.example already acts for Heron Learning Trust.",
    });
  });

  it("expire after a week", async () => {
    await invite(school.id, "late@brook.example", member);
    const { token, body } = await tokenSentTo("late@brook.example");
    // A school's members work in the public app.
    expect(body).toContain(`http://localhost:3000/invitations/${token}`);
    await app.database.db
      .update(tables.invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(tables.invitations.email, "late@brook.example"));
    const late = await signUp("late@brook.example");
    expect(await accept(token, late.as)).toMatchObject({
      __typename: "InvitationRefusedError",
      message: expect.stringMatching(/expired/),
    });
  });

  it("are sent only by the organisation's own people", async () => {
    for (const [organisationId, as] of [
      [trust.id, curator],
      [trust.id, member],
      [school.id, admin],
    ] as const) {
      const answer = await invite(organisationId, "x@example.org", as);
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    }
    const garbled = await app.executeRaw(ACCEPT, { input: { token: "not a token" } }, member);
    expect(garbled.expectNoErrors().acceptInvitation).toMatchObject({
      __typename: "ValidationError",
    });
  });
});
