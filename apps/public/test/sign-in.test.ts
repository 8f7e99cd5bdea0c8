import { afterEach, describe, expect, it, vi } from "vitest";
import { action as signInAction } from "../app/routes/sign-in.tsx";
import { action as signOutAction } from "../app/routes/sign-out.tsx";
import { stubApi } from "./api-stub.ts";
import { routeArgs } from "./route-args.ts";

afterEach(() => {
  vi.unstubAllGlobals();
});

const SESSION_COOKIE = "atlas_session=tok; Path=/; HttpOnly; SameSite=Lax; Max-Age=2592000";

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

describe("signing in", () => {
  it("passes the API's session cookie on and goes where the person was going", async () => {
    const calls = stubApi(() => ({
      body: {
        data: { signIn: { __typename: "SignInPayload", viewer: { id: "u1", name: "Ann" } } },
      },
      headers: { "set-cookie": SESSION_COOKIE },
    }));
    const response = await outcomeOf(
      signInAction(
        post("/sign-in", {
          email: " Head@School.example ",
          password: "demo-password",
          redirectTo: "/trusts?q=oak",
        }),
      ),
    );
    expect(calls[0]?.variables).toEqual({
      input: { email: "head@school.example", password: "demo-password" },
    });
    expect(response).toBeInstanceOf(Response);
    if (response instanceof Response) {
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toBe("/trusts?q=oak");
      expect(response.headers.getSetCookie()).toEqual([SESSION_COOKIE]);
    }
  });

  it("never redirects to another site", async () => {
    stubApi(() => ({
      body: {
        data: { signIn: { __typename: "SignInPayload", viewer: { id: "u1", name: "Ann" } } },
      },
    }));
    const response = await outcomeOf(
      signInAction(
        post("/sign-in", { email: "a@b.example", password: "x", redirectTo: "//evil.example" }),
      ),
    );
    expect(response instanceof Response && response.headers.get("location")).toBe("/");
  });

  it("checks the form before asking the API, keeping the email typed", async () => {
    const calls = stubApi(() => ({ body: {} }));
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

  it("says when the email and password do not match", async () => {
    stubApi(() => ({
      body: {
        data: {
          signIn: {
            __typename: "InvalidCredentialsError",
            message: "The email address or password is not right.",
          },
        },
      },
    }));
    const result = dataResult(
      await signInAction(
        post("/sign-in", { email: "a@b.example", password: "wrong", redirectTo: "/trusts" }),
      ),
    );
    expect(result.status).toBe(400);
    expect(result.data).toEqual({
      email: "a@b.example",
      redirectTo: "/trusts",
      errors: { email: "Enter the email address and password of your account." },
    });
  });

  it("puts the API's validation issues on their fields", async () => {
    stubApi(() => ({
      body: {
        data: {
          signIn: {
            __typename: "ValidationError",
            message: "input.password: too long",
            issues: [
              { path: ["input", "password"], message: "A password can be at most 256 characters." },
            ],
          },
        },
      },
    }));
    const result = dataResult(
      await signInAction(post("/sign-in", { email: "a@b.example", password: "x" })),
    );
    expect(result.data).toEqual({
      email: "a@b.example",
      redirectTo: "/",
      errors: { password: "A password can be at most 256 characters." },
    });
  });

  it("refuses a form posted from another site", async () => {
    const calls = stubApi(() => ({ body: {} }));
    const thrown = await outcomeOf(
      signInAction(
        post(
          "/sign-in",
          { email: "a@b.example", password: "x" },
          { "sec-fetch-site": "cross-site" },
        ),
      ),
    );
    expect(dataResult(thrown).status).toBe(403);
    const thrownByOrigin = await outcomeOf(
      signInAction(
        post(
          "/sign-in",
          { email: "a@b.example", password: "x" },
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
    const cleared = "atlas_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0";
    const calls = stubApi(() => ({
      body: { data: { signOut: { signedOut: true } } },
      headers: { "set-cookie": cleared },
    }));
    const response = await outcomeOf(
      signOutAction(
        post("/sign-out", {}, { cookie: "atlas_session=tok", "sec-fetch-site": "same-origin" }),
      ),
    );
    expect(calls[0]?.operationName).toBe("SignOut");
    expect(calls[0]?.headers.get("cookie")).toBe("atlas_session=tok");
    expect(response instanceof Response && response.status).toBe(303);
    if (response instanceof Response) {
      expect(response.headers.get("location")).toBe("/");
      expect(response.headers.getSetCookie()).toEqual([cleared]);
    }
  });
});
