import {
  buildSchool,
  buildSectorBody,
  buildTrust,
  buildUser,
  type RoleSpec,
} from "@atlas/db/testing";
import { type DocumentNode, print } from "graphql";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../src/modules/accounts/passwords.ts";
import { createApp } from "../src/yoga.ts";
import { graphql } from "./gql/index.ts";
import { createTestApp, expectTypename, type Sender, type TestApp } from "./support/testkit.ts";

/** The password of every person built here. */
const TEST_PASSWORD = "correct horse battery staple";

let app: TestApp;
let passwordHash: string;
beforeAll(async () => {
  app = await createTestApp();
  passwordHash = await hashPassword(TEST_PASSWORD);
});
afterAll(() => app?.close());

/** A person holding these roles, who signs in with TEST_PASSWORD. */
function person(...roles: RoleSpec[]) {
  return buildUser(app.database.db, { passwordHash, roles });
}

const SIGN_IN = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on SignInPayload { viewer { email roles { role trust { name } } } }
      ... on UserError { message }
      ... on ValidationError { issues { path message } }
    }
  }
`);

/** Signs in and returns the session cookie to send back ("name=value"). */
async function signIn(email: string, password = TEST_PASSWORD, cookie?: string) {
  const result = await app.execute(SIGN_IN, { input: { email, password } }, { cookie });
  const setCookie = result.headers.get("set-cookie") ?? "";
  return { result, setCookie, cookie: setCookie.split(";")[0] ?? "" };
}

const VIEWER = graphql(`query ViewerEmail { viewer { email } }`);

describe("sign in", () => {
  it("starts a session in an HttpOnly SameSite cookie and knows the viewer", async () => {
    const { email } = await person();
    const { result, setCookie, cookie } = await signIn(email.toUpperCase());
    expect(expectTypename(result.expectNoErrors().signIn, "SignInPayload").viewer.email).toBe(
      email,
    );
    expect(setCookie).toMatch(/^atlas_session=[\w-]{40,};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    const viewer = await app.execute(VIEWER, {}, { cookie });
    expect(viewer.expectNoErrors().viewer?.email).toBe(email);
  });

  it("names the cookie __Host- and marks it Secure when served over TLS", async () => {
    const secure = createApp({
      database: app.database,
      logger: pino({ level: "silent" }),
      cookieSecure: true,
    });
    const { email } = await person();
    const call = (document: DocumentNode, variables: Record<string, unknown>, cookie?: string) =>
      secure.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query: print(document), variables }),
      });
    const response = await call(SIGN_IN, { input: { email, password: TEST_PASSWORD } });
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(
      /^__Host-atlas_session=[\w-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+; Secure$/,
    );
    const viewer = await call(VIEWER, {}, setCookie.split(";")[0]);
    expect(await viewer.json()).toEqual({ data: { viewer: { email } } });
  });

  it("gives a wrong password and an unknown email the same answer", async () => {
    const { email } = await person();
    const wrong = await signIn(email, "not the password");
    const unknown = await signIn("nobody-here@example.org", "not the password");
    const a = expectTypename(wrong.result.expectNoErrors().signIn, "InvalidCredentialsError");
    const b = unknown.result.expectNoErrors().signIn;
    expect(a).toEqual({ __typename: "InvalidCredentialsError", message: a.message });
    expect(b).toEqual(a);
    expect(wrong.setCookie).toBe("");
    expect(unknown.setCookie).toBe("");
  });

  it("says what to fix when the input is not valid", async () => {
    const { result } = await signIn("not-an-email", "");
    const payload = expectTypename(result.expectNoErrors().signIn, "ValidationError");
    expect(payload.issues).toEqual([
      { path: ["input", "email"], message: expect.stringMatching(/email address/) },
      { path: ["input", "password"], message: "Enter your password." },
    ]);
  });

  it("rotates the session: the token used before signing in stops working", async () => {
    const { email } = await person();
    const first = await signIn(email);
    const second = await signIn(email, TEST_PASSWORD, first.cookie);
    expect(second.cookie).not.toBe(first.cookie);
    expect((await app.execute(VIEWER, {}, { cookie: first.cookie })).expectNoErrors()).toEqual({
      viewer: null,
    });
    expect(
      (await app.execute(VIEWER, {}, { cookie: second.cookie })).expectNoErrors().viewer?.email,
    ).toBe(email);
  });

  it("ends the session on sign out and clears the cookie", async () => {
    const { email } = await person();
    const { cookie } = await signIn(email);
    const out = await app.execute(
      graphql(`mutation SignOut { signOut { signedOut } }`),
      {},
      { cookie },
    );
    expect(out.expectNoErrors().signOut.signedOut).toBe(true);
    expect(out.headers.get("set-cookie")).toMatch(/^atlas_session=; .*Max-Age=0/);
    expect((await app.execute(VIEWER, {}, { cookie })).expectNoErrors()).toEqual({ viewer: null });
  });

  it("ignores a forged session cookie", async () => {
    const result = await app.execute(VIEWER, {}, { cookie: "atlas_session=forged-token" });
    expect(result.expectNoErrors()).toEqual({ viewer: null });
  });
});

describe("repeated failures", () => {
  const ATTEMPT = graphql(
    `mutation SignInAttempt($input: SignInInput!) { signIn(input: $input) { __typename ... on TooManyAttemptsError { retryAfterSeconds message } } }`,
  );
  const attempt = async (email: string, password: string, from?: Sender) =>
    (await app.execute(ATTEMPT, { input: { email, password } }, from)).expectNoErrors().signIn;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it("slow one account down step by step, never locking its owner out for long", async () => {
    const { email } = await person();
    for (let i = 0; i < 5; i++) {
      expect((await attempt(email, `wrong ${i}`)).__typename).toBe("InvalidCredentialsError");
    }
    // From any address: a guesser with many addresses is slowed just the same.
    const paused = await attempt(email, TEST_PASSWORD, { forwardedFor: "198.51.100.9" });
    expect(paused).toMatchObject({ __typename: "TooManyAttemptsError", retryAfterSeconds: 1 });
    expect(expectTypename(paused, "TooManyAttemptsError").message).toBe(
      "Too many sign-in attempts. Wait 1 second, then try again.",
    );

    await sleep(1100);
    expect((await attempt(email, "wrong again")).__typename).toBe("InvalidCredentialsError");
    const again = await attempt(email, TEST_PASSWORD);
    expect(expectTypename(again, "TooManyAttemptsError").retryAfterSeconds).toBe(2);

    // The owner, once the short pause is over, signs in; the count starts again.
    await sleep(2100);
    expect((await attempt(email, TEST_PASSWORD)).__typename).toBe("SignInPayload");
    expect((await attempt(email, "one slip")).__typename).toBe("InvalidCredentialsError");
    expect((await attempt(email, TEST_PASSWORD)).__typename).toBe("SignInPayload");
  });

  it("do not hold up someone else signing in from the same address", async () => {
    const { email } = await person();
    for (let i = 0; i < 6; i++) await attempt(email, `wrong ${i}`);
    const other = await person();
    expect((await signIn(other.email)).result.expectNoErrors().signIn.__typename).toBe(
      "SignInPayload",
    );
  });
});

describe("sign-in limits hold", () => {
  const TYPES = graphql(
    `mutation SignInOutcome($input: SignInInput!) { signIn(input: $input) { __typename } }`,
  );
  const attempt = async (email: string, from: Sender) =>
    (await app.execute(TYPES, { input: { email, password: "wrong" } }, from)).expectNoErrors()
      .signIn.__typename;

  it("against attempts sent all at once: at most ten password checks", async () => {
    const { email } = await person();
    const types = await Promise.all(
      Array.from({ length: 16 }, () => attempt(email, { forwardedFor: "192.0.2.16" })),
    );
    const checked = types.filter((t) => t === "InvalidCredentialsError").length;
    const refused = types.filter((t) => t === "TooManyAttemptsError").length;
    expect(checked).toBeGreaterThanOrEqual(5);
    expect(checked).toBeLessThanOrEqual(10);
    expect(checked + refused).toBe(16);
  });

  // A hundred password checks (argon2id, by design slow): in batches, with time to spare.
  it("against one address trying one password on many accounts (spraying)", {
    timeout: 120_000,
  }, async () => {
    // Through our proxy (loopback); the client writes a different first entry every time.
    for (let batch = 0; batch < 10; batch++) {
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, j) => {
          const i = batch * 10 + j;
          return attempt(`sprayed-${i}@example.org`, { forwardedFor: `10.0.${i}.1, 203.0.113.7` });
        }),
      );
      expect(answers).toEqual(Array(10).fill("InvalidCredentialsError"));
    }
    expect(await attempt("sprayed-last@example.org", { forwardedFor: "203.0.113.7" })).toBe(
      "TooManyAttemptsError",
    );
    // Another visitor behind the same proxy is not held up.
    expect(await attempt("sprayed-0@example.org", { forwardedFor: "198.51.100.20" })).toBe(
      "InvalidCredentialsError",
    );
    // X-Forwarded-For from a connection that is not our proxy is not believed.
    expect(
      await attempt("sprayed-1@example.org", { peer: "192.0.2.50", forwardedFor: "198.51.100.21" }),
    ).toBe("InvalidCredentialsError");
  });

  it("one signIn per request: aliases cannot multiply password checks", async () => {
    const { email } = await person();
    const aliased = graphql(
      `mutation SignInTwice($input: SignInInput!) { a: signIn(input: $input) { __typename } b: signIn(input: $input) { __typename } }`,
    );
    const result = await app.execute(aliased, { input: { email, password: "wrong" } });
    const errors = result.expectErrors();
    expect(errors[0]?.message).toBe("Ask for signIn once per request.");
    expect(errors[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.body.data).toBeUndefined();
  });
});

describe("a trust's administrators", () => {
  const ADMINS = graphql(
    `query TrustAdministrators($id: ID!) { node(id: $id) { ... on Trust { name administrators { user { email } } } } }`,
  );

  async function setting() {
    const db = app.database.db;
    const own = await buildTrust(db, { schools: [{}] });
    const other = await buildTrust(db, { schools: [{}] });
    const body = await buildSectorBody(db);
    const ownAdmin = await person({ role: "TRUST_ADMIN", trustId: own.trust.id });
    const otherAdmin = await person({ role: "TRUST_ADMIN", trustId: other.trust.id });
    const curator = await person({ role: "CURATOR", sectorBodyId: body.id });
    const school = await buildSchool(db);
    const member = await person({ role: "SCHOOL_MEMBER", schoolId: school.id });
    const id = Buffer.from(`Trust:${own.trust.id}`).toString("base64");
    return { id, ownAdmin, otherAdmin, curator, member };
  }

  async function asUser(email: string | null, id: string) {
    const cookie = email ? (await signIn(email)).cookie : undefined;
    return app.execute(ADMINS, { id }, { cookie });
  }

  it("are refused to anonymous visitors", async () => {
    const s = await setting();
    const errors = (await asUser(null, s.id)).expectErrors();
    expect(errors[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("are refused to another trust's admin and to a school member", async () => {
    const s = await setting();
    for (const who of [s.otherAdmin.email, s.member.email]) {
      const errors = (await asUser(who, s.id)).expectErrors();
      expect(errors[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("are shown to the trust's own admin and to curators", async () => {
    const s = await setting();
    for (const who of [s.ownAdmin.email, s.curator.email]) {
      const data = (await asUser(who, s.id)).expectNoErrors();
      expect(data.node?.administrators?.map((a) => a.user?.email)).toEqual([s.ownAdmin.email]);
    }
  });

  it("do not show a fellow admin's roles elsewhere, except to that person and curators", async () => {
    const s = await setting();
    const elsewhere = await buildTrust(app.database.db, { schools: [{}] });
    const ownId = Buffer.from(s.id, "base64").toString().replace("Trust:", "");
    const coAdmin = await person(
      { role: "TRUST_ADMIN", trustId: ownId },
      { role: "TRUST_ADMIN", trustId: elsewhere.trust.id },
    );
    const ROLES = graphql(
      `query TrustAdministratorRoles($id: ID!) { node(id: $id) { ... on Trust { administrators { user { email roles { role trust { name } } } } } } }`,
    );
    const as = async (email: string) =>
      app.execute(ROLES, { id: s.id }, { cookie: (await signIn(email)).cookie });

    const byFellow = (await as(s.ownAdmin.email)).expectErrors();
    expect(new Set(byFellow.map((e) => e.extensions?.code))).toEqual(new Set(["FORBIDDEN"]));
    expect(byFellow[0]?.path).toContain("roles");

    const byCurator = (await as(s.curator.email)).expectNoErrors();
    const seen = byCurator.node?.administrators?.find((a) => a.user?.email === coAdmin.email);
    expect(seen?.user?.roles).toHaveLength(2);
  });
});
