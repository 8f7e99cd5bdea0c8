import {
  buildSchool,
  buildSectorBody,
  buildTrust,
  buildUser,
  type RoleSpec,
} from "@atlas/db/testing";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../src/auth/passwords.ts";
import { createApp } from "../src/yoga.ts";
import { createTestApp, type TestApp } from "./support/testkit.ts";

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

const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on SignInPayload { viewer { email roles { role trust { name } } } }
      ... on UserError { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;

interface SignInData {
  signIn: {
    __typename: string;
    message?: string;
    issues?: { path: string[]; message: string }[];
    viewer?: { email: string; roles: { role: string; trust: { name: string } | null }[] };
  };
}

/** Signs in and returns the session cookie to send back ("name=value"). */
async function signIn(email: string, password = TEST_PASSWORD, cookie?: string) {
  const result = await app.execute<SignInData>(SIGN_IN, { input: { email, password } }, { cookie });
  const setCookie = result.headers.get("set-cookie") ?? "";
  return { result, setCookie, cookie: setCookie.split(";")[0] ?? "" };
}

const VIEWER = `{ viewer { email } }`;

describe("sign in", () => {
  it("starts a session in an HttpOnly SameSite cookie and knows the viewer", async () => {
    const { email } = await person();
    const { result, setCookie, cookie } = await signIn(email.toUpperCase());
    expect(result.expectNoErrors().signIn.viewer?.email).toBe(email);
    expect(setCookie).toMatch(/^atlas_session=[\w-]{40,};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    const viewer = await app.execute<{ viewer: { email: string } | null }>(VIEWER, {}, { cookie });
    expect(viewer.expectNoErrors().viewer?.email).toBe(email);
  });

  it("names the cookie __Host- and marks it Secure when served over TLS", async () => {
    const secure = createApp({
      database: app.database,
      logger: pino({ level: "silent" }),
      cookieSecure: true,
    });
    const { email } = await person();
    const call = (query: string, variables: Record<string, unknown>, cookie?: string) =>
      secure.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
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
    const a = wrong.result.expectNoErrors().signIn;
    const b = unknown.result.expectNoErrors().signIn;
    expect(a).toEqual({ __typename: "InvalidCredentialsError", message: a.message });
    expect(b).toEqual(a);
    expect(wrong.setCookie).toBe("");
    expect(unknown.setCookie).toBe("");
  });

  it("says what to fix when the input is not valid", async () => {
    const { result } = await signIn("not-an-email", "");
    const payload = result.expectNoErrors().signIn;
    expect(payload.__typename).toBe("ValidationError");
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
      (
        await app.execute<{ viewer: { email: string } }>(VIEWER, {}, { cookie: second.cookie })
      ).expectNoErrors().viewer.email,
    ).toBe(email);
  });

  it("ends the session on sign out and clears the cookie", async () => {
    const { email } = await person();
    const { cookie } = await signIn(email);
    const out = await app.execute<{ signOut: { signedOut: boolean } }>(
      `mutation { signOut { signedOut } }`,
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
  it("pause sign-in for that email after ten, even with the right password, and say how long", async () => {
    const { email } = await person();
    for (let i = 0; i < 10; i++) {
      const { result } = await signIn(email, `wrong ${i}`);
      expect(result.expectNoErrors().signIn.__typename).toBe("InvalidCredentialsError");
    }
    const blocked = await app.execute<{
      signIn: { __typename: string; retryAfterSeconds?: number };
    }>(
      `mutation ($input: SignInInput!) { signIn(input: $input) { __typename ... on TooManyAttemptsError { retryAfterSeconds message } } }`,
      { input: { email, password: TEST_PASSWORD } },
    );
    const payload = blocked.expectNoErrors().signIn;
    expect(payload.__typename).toBe("TooManyAttemptsError");
    expect(payload.retryAfterSeconds).toBeGreaterThan(60);
    expect(blocked.headers.get("set-cookie")).toBeNull();

    // Someone else signing in from the same address is not held up.
    const other = await person();
    expect((await signIn(other.email)).result.expectNoErrors().signIn.__typename).toBe(
      "SignInPayload",
    );
  });
});

describe("sign-in limits hold", () => {
  const TYPES = `mutation ($input: SignInInput!) { signIn(input: $input) { __typename } }`;

  it("against attempts sent all at once", async () => {
    const { email } = await person();
    const outcomes = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        app.execute<{ signIn: { __typename: string } }>(TYPES, {
          input: { email, password: `wrong ${i}` },
        }),
      ),
    );
    const types = outcomes.map((o) => o.expectNoErrors().signIn.__typename);
    expect(types.filter((t) => t === "InvalidCredentialsError")).toHaveLength(10);
    expect(types.filter((t) => t === "TooManyAttemptsError")).toHaveLength(6);
  });

  it("behind a proxy, whatever the client writes at the front of X-Forwarded-For", async () => {
    const proxied = createApp({
      database: app.database,
      logger: pino({ level: "silent" }),
      trustProxy: true,
    });
    const { email } = await person();
    const attempt = async (i: number) => {
      const response = await proxied.fetch("http://test/graphql", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          // A forged first entry each time; the proxy's own entry (the last) stays the same.
          "x-forwarded-for": `10.0.0.${i}, 203.0.113.7`,
        },
        body: JSON.stringify({ query: TYPES, variables: { input: { email, password: "wrong" } } }),
      });
      return ((await response.json()) as { data: { signIn: { __typename: string } } }).data.signIn
        .__typename;
    };
    for (let i = 0; i < 10; i++) expect(await attempt(i)).toBe("InvalidCredentialsError");
    expect(await attempt(99)).toBe("TooManyAttemptsError");
  });
});

describe("a trust's administrators", () => {
  const ADMINS = `query ($id: ID!) { node(id: $id) { ... on Trust { name administrators { user { email } } } } }`;

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
    return app.execute<{ node: { administrators: { user: { email: string } }[] } }>(
      ADMINS,
      { id },
      { cookie },
    );
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
      expect(data.node.administrators.map((a) => a.user.email)).toEqual([s.ownAdmin.email]);
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
    const ROLES = `query ($id: ID!) { node(id: $id) { ... on Trust { administrators { user { email roles { role trust { name } } } } } } }`;
    const as = async (email: string) =>
      app.execute<{
        node: { administrators: { user: { email: string; roles: unknown[] } }[] };
      }>(ROLES, { id: s.id }, { cookie: (await signIn(email)).cookie });

    const byFellow = (await as(s.ownAdmin.email)).expectErrors();
    expect(new Set(byFellow.map((e) => e.extensions?.code))).toEqual(new Set(["FORBIDDEN"]));
    expect(byFellow[0]?.path).toContain("roles");

    const byCurator = (await as(s.curator.email)).expectNoErrors();
    const seen = byCurator.node.administrators.find((a) => a.user.email === coAdmin.email);
    expect(seen?.user.roles).toHaveLength(2);
  });
});
