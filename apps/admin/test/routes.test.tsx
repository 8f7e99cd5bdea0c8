import { renderToString } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { adminRoutes } from "../src/routing/routes.tsx";
import { SessionProvider } from "../src/session/SessionProvider.tsx";
import type { SessionClient } from "../src/session/session-client.ts";
import { fakeApi, fakeSession, organisation, viewer } from "./support/fake-api.ts";

/** Runs a request through the routes as the browser router would, then renders the page. */
async function visit(session: SessionClient, path: string, init?: RequestInit) {
  const handler = createStaticHandler(adminRoutes(session));
  const context = await handler.query(new Request(`http://admin.test${path}`, init));
  if (context instanceof Response) return { response: context, html: "" };
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <SessionProvider session={session}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </SessionProvider>,
  );
  return { response: undefined, html, context };
}

function signInForm(fields: Record<string, string>): RequestInit {
  return { method: "POST", body: new URLSearchParams(fields) };
}

const signedOut = () => fakeApi({ Viewer: () => ({ viewer: null }) });

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("the auth guard", () => {
  it("sends a signed-out visitor to sign in, remembering where they were going", async () => {
    const { response } = await visit(fakeSession(signedOut()), "/curation?tab=queue");
    expect(response?.status).toBe(302);
    expect(response?.headers.get("location")).toBe("/sign-in?redirectTo=%2Fcuration%3Ftab%3Dqueue");
  });

  it("sends someone already signed in on from the sign-in page", async () => {
    const api = fakeApi({ Viewer: () => ({ viewer: viewer("Ann Curator", []) }) });
    const { response } = await visit(fakeSession(api), "/sign-in?redirectTo=%2Fcuration");
    expect(response?.headers.get("location")).toBe("/curation");
  });
});

describe("when the API cannot be reached", () => {
  it("says there is a problem with the service", async () => {
    // The error page logs the details for developers; keep the test output quiet.
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const api = fakeApi({
      Viewer: () => new Response("Bad gateway", { status: 502 }),
    });
    const { html } = await visit(fakeSession(api), "/");
    expect(text(html)).toContain("Sorry, there is a problem with the service");
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});

describe("the sign-in page", () => {
  it("renders a labelled form with one h1 that returns to the page asked for", async () => {
    const { html } = await visit(fakeSession(signedOut()), "/sign-in?redirectTo=%2Fcuration");
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(/<h1[^>]*tabindex="-1"[^>]*>Sign in<\/h1>/);
    expect(html).toContain('<label class="ui-label" for="email">Email address</label>');
    expect(html).toContain('<label class="ui-label" for="password">Password</label>');
    expect(html).toMatch(/<input[^>]*autoComplete="username"|<input[^>]*autocomplete="username"/i);
    expect(html).toContain('type="hidden" name="redirectTo" value="/curation"');
    expect(html).toContain('href="#main-content"');
    expect(text(html)).toContain("Trust Atlas admin");
  });

  it("says so after signing out", async () => {
    const { html } = await visit(fakeSession(signedOut()), "/sign-in?signedOut=1");
    expect(text(html)).toContain("You have signed out.");
  });

  it("checks the form before asking the API, and shows the errors", async () => {
    const api = signedOut();
    const { html } = await visit(
      fakeSession(api),
      "/sign-in",
      signInForm({ email: "nope", password: "", redirectTo: "/" }),
    );
    expect(api.requests.map((r) => r.operationName)).not.toContain("SignIn");
    expect(html).toContain("There is a problem");
    expect(html).toContain('href="#email"');
    expect(html).toContain('href="#password"');
    expect(html).toMatch(/id="email"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="email"/);
    expect(text(html)).toContain("Enter your password.");
    expect(html).toContain('value="nope"');
  });

  it("shows wrong credentials from the API on the form", async () => {
    const api = fakeApi({
      Viewer: () => ({ viewer: null }),
      SignIn: () => ({
        signIn: {
          __typename: "InvalidCredentialsError",
          message: "The email address or password is not right.",
        },
      }),
    });
    const { html } = await visit(
      fakeSession(api),
      "/sign-in",
      signInForm({ email: "Ann@Example.org ", password: "wrong", redirectTo: "/" }),
    );
    const signIn = api.requests.find((r) => r.operationName === "SignIn");
    // The domain schema trims and lower-cases the address before it is sent.
    expect(signIn?.variables).toEqual({ input: { email: "ann@example.org", password: "wrong" } });
    expect(signIn?.headers.get("x-graphql-yoga-csrf")).toBe("1");
    expect(text(html)).toContain("The email address or password is not right.");
  });

  it("starts a new session and goes where the visitor was going", async () => {
    const api = fakeApi({
      Viewer: () => ({ viewer: null }),
      SignIn: () => ({
        signIn: { __typename: "SignInPayload", viewer: { __typename: "User", id: "user-1" } },
      }),
    });
    const session = fakeSession(api);
    const before = session.current();
    const { response } = await visit(
      session,
      "/sign-in",
      signInForm({ email: "ann@example.org", password: "right", redirectTo: "/curation" }),
    );
    expect(response?.status).toBe(302);
    expect(response?.headers.get("location")).toBe("/curation");
    expect(session.current()).not.toBe(before);
  });

  it("never redirects off the site after signing in", async () => {
    const api = fakeApi({
      Viewer: () => ({ viewer: null }),
      SignIn: () => ({
        signIn: { __typename: "SignInPayload", viewer: { __typename: "User", id: "user-1" } },
      }),
    });
    const { response } = await visit(
      fakeSession(api),
      "/sign-in",
      signInForm({ email: "ann@example.org", password: "right", redirectTo: "//evil.example" }),
    );
    expect(response?.headers.get("location")).toBe("/");
  });
});

describe("signed-in pages", () => {
  const school = organisation("School", "U1", "Hill Primary School");
  const trust = organisation("Trust", "T1", "Oak Learning Trust");

  it("tells a school member the admin is for trusts and the sector body", async () => {
    const api = fakeApi({
      Viewer: () => ({ viewer: viewer("Sam Member", [{ role: "SCHOOL_MEMBER", school }]) }),
    });
    const { html } = await visit(fakeSession(api), "/");
    const content = text(html);
    expect(content).toContain("The admin app is for trusts and the sector body");
    expect(content).toContain("as a member of Hill Primary School");
    expect(html).toContain('href="https://trustatlas.example"');
    expect(content).toContain("Signed in as Sam Member");
    expect(content).not.toContain("Curation");
  });

  it("lays out the trust administrator's navigation, marking the current area", async () => {
    const api = fakeApi({
      Viewer: () => ({ viewer: viewer("Tia Admin", [{ role: "TRUST_ADMIN", trust }]) }),
    });
    const { html } = await visit(fakeSession(api), "/scheme-of-delegation");
    expect(html).toMatch(/aria-current="page"[^>]*>.*Scheme of delegation/);
    expect(text(html)).toContain("Coming next");
    expect(text(html)).not.toContain("Curation");
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  it("keeps curation for curators", async () => {
    const api = fakeApi({
      Viewer: () => ({ viewer: viewer("Tia Admin", [{ role: "TRUST_ADMIN", trust }]) }),
    });
    const { html } = await visit(fakeSession(api), "/curation");
    expect(text(html)).toContain("You cannot use this area");
  });

  it("shows a not-found page inside the admin", async () => {
    const api = fakeApi({
      Viewer: () => ({ viewer: viewer("Tia Admin", [{ role: "TRUST_ADMIN", trust }]) }),
    });
    const { html } = await visit(fakeSession(api), "/no-such-page");
    expect(text(html)).toContain("Page not found");
    expect(text(html)).toContain("Signed in as Tia Admin");
  });
});
