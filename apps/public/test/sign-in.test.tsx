import { createTestApi, type TestApi } from "@atlas/api/testing";
import { demoAccounts, demoPassword } from "@atlas/data";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { fieldErrorsFrom, validateSignIn } from "../app/auth/sign-in-form.ts";
import SignInPage, { action as signInAction } from "../app/routes/sign-in.tsx";
import { action as signOutAction } from "../app/routes/sign-out.tsx";
import { routeArgs } from "./route-args.ts";
import { type ApiCall, askApi, cookiePairOf, routeFetchTo, viewerWith } from "./support/api.ts";

// The actions talk to the real API, on a database loaded with the demo data and its accounts.
let api: TestApi;
let calls: ApiCall[];

const account = demoAccounts.find((a) => a.email === "trust-admin@demo.trustatlas.test");
if (!account) throw new Error("the demo trust administrator is missing");
const { email, name } = account;

/** The session cookie the API sets: HttpOnly, whole site, Lax, for a while. */
const SESSION_COOKIE = /^atlas_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=[1-9]\d*$/;

beforeAll(async () => {
  api = await createTestApi({ demoData: true });
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

function post(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return routeArgs(
    path,
    {},
    {
      method: "POST",
      body: new URLSearchParams(fields),
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    },
  );
}

async function outcomeOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    return await promise;
  } catch (thrown) {
    return thrown;
  }
}

/** The body and status of a `data(…)` result. */
function dataResult(value: unknown): { data: unknown; status: number | undefined } {
  const { data, init } = value as { data: unknown; init?: { status?: number } | null };
  return { data, status: init?.status };
}

/** The sign-in page as the server renders it after a failed attempt. */
function renderAfterAttempt(actionData: unknown): string {
  const Stub = createRoutesStub([{ id: "sign-in", path: "/sign-in", Component: SignInPage }]);
  return renderToString(
    <Stub
      initialEntries={["/sign-in"]}
      hydrationData={{
        loaderData: { "sign-in": { redirectTo: "/" } },
        actionData: { "sign-in": actionData },
      }}
    />,
  );
}

/** The `<input>` tag of the field with this name. */
function inputNamed(html: string, field: string): string {
  const inputs = html.match(/<input[^>]*>/g) ?? [];
  return inputs.find((input) => input.includes(` name="${field}"`)) ?? "";
}

const SignInMutation = `
  mutation ($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on ValidationError { issues { path message } }
    }
  }
`;

describe("signing in", () => {
  it("passes the API's session cookie on and goes where the person was going", async () => {
    const response = await outcomeOf(
      signInAction(
        post("/sign-in", {
          email: " Trust-Admin@Demo.TrustAtlas.test ",
          password: demoPassword,
          redirectTo: "/trusts?q=oak",
        }),
      ),
    );
    expect(calls.map((c) => c.operationName)).toEqual(["SignIn"]);
    expect(calls[0]?.variables).toEqual({ input: { email, password: demoPassword } });
    expect(response).toBeInstanceOf(Response);
    if (!(response instanceof Response)) return;
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/trusts?q=oak");
    const cookies = response.headers.getSetCookie();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatch(SESSION_COOKIE);
    // The browser sends the cookie back, and the API knows who it is.
    expect(await viewerWith(api, cookiePairOf(cookies[0] ?? ""))).toEqual({ name });
  });

  it("never redirects to another site", async () => {
    const response = await outcomeOf(
      signInAction(
        post("/sign-in", { email, password: demoPassword, redirectTo: "//evil.example" }),
      ),
    );
    expect(response).toBeInstanceOf(Response);
    if (!(response instanceof Response)) return;
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/");
    expect(response.headers.getSetCookie()[0]).toMatch(SESSION_COOKIE);
  });

  it("checks the form before asking the API, keeping the email typed", async () => {
    const result = dataResult(
      await signInAction(post("/sign-in", { email: "nope", password: "" })),
    );
    expect(calls).toHaveLength(0);
    expect(result.status).toBe(400);
    expect(result.data).toMatchObject({
      email: "nope",
      redirectTo: "/",
      errors: { email: expect.stringMatching(/correct format/), password: "Enter your password." },
    });
  });

  it("says when the email and password do not match (the API's InvalidCredentialsError)", async () => {
    for (const attempt of [
      { email, password: "not-the-password" },
      { email: "nobody@demo.trustatlas.test", password: demoPassword },
    ]) {
      calls.length = 0;
      const result = dataResult(
        await signInAction(post("/sign-in", { ...attempt, redirectTo: "/trusts" })),
      );
      expect(calls.map((c) => c.operationName)).toEqual(["SignIn"]);
      expect(result.status).toBe(400);
      expect(result.data).toEqual({
        email: attempt.email,
        redirectTo: "/trusts",
        errors: { email: "The email address or password is not right." },
      });
      const html = renderAfterAttempt(result.data);
      expect(html).toContain("There is a problem");
      expect(html).toContain('<a href="#email">The email address or password is not right.</a>');
      // The email stays as typed; the password is never sent back.
      expect(inputNamed(html, "email")).toContain(`value="${attempt.email}"`);
      expect(inputNamed(html, "password")).not.toContain("value=");
      expect(html).not.toContain(attempt.password);
    }
  });

  it("puts the API's validation issues on the form's fields", async () => {
    // The form checks with the same domain rules as the API, so the sign-in action never sends
    // what the API's ValidationError is for: ask the API directly for a real one.
    const password = "x".repeat(257);
    const { data } = await askApi<{
      signIn: { __typename: string; issues?: { path: string[]; message: string }[] };
    }>(api, SignInMutation, { input: { email, password } });
    expect(data.signIn.__typename).toBe("ValidationError");
    const errors = fieldErrorsFrom(data.signIn.issues ?? []);
    expect(errors).toEqual({ password: "A password can be at most 256 characters." });
    // The API and the form's own check say the same thing, on the same field.
    expect(validateSignIn(email, password)).toEqual({ ok: false, errors });

    const html = renderAfterAttempt({ email, redirectTo: "/", errors });
    expect(html).toContain('<a href="#password">A password can be at most 256 characters.</a>');
  });

  it("refuses a form posted from another site", async () => {
    const thrown = await outcomeOf(
      signInAction(
        post("/sign-in", { email, password: demoPassword }, { "sec-fetch-site": "cross-site" }),
      ),
    );
    expect(dataResult(thrown).status).toBe(403);
    const thrownByOrigin = await outcomeOf(
      signInAction(
        post(
          "/sign-in",
          { email, password: demoPassword },
          { origin: "https://evil.example", host: "localhost:3000" },
        ),
      ),
    );
    expect(dataResult(thrownByOrigin).status).toBe(403);
    expect(calls).toHaveLength(0);
  });
});

describe("signing out", () => {
  it("ends the session, clears the cookie and goes home", async () => {
    const signedIn = await askApi<{ signIn: { __typename: string } }>(api, SignInMutation, {
      input: { email, password: demoPassword },
    });
    expect(signedIn.data.signIn.__typename).toBe("SignInPayload");
    const session = cookiePairOf(signedIn.headers.getSetCookie()[0] ?? "");
    expect(await viewerWith(api, session)).toEqual({ name });

    const response = await outcomeOf(
      signOutAction(post("/sign-out", {}, { cookie: session, "sec-fetch-site": "same-origin" })),
    );
    expect(calls.map((c) => c.operationName)).toEqual(["SignOut"]);
    expect(calls[0]?.headers.get("cookie")).toBe(session);
    expect(response).toBeInstanceOf(Response);
    if (!(response instanceof Response)) return;
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/");
    expect(response.headers.getSetCookie()).toEqual([
      "atlas_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0",
    ]);
    // The session is over on the API's side too, not only in the browser.
    expect(await viewerWith(api, session)).toBeNull();
  });
});
