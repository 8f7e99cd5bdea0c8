import type { TestApi } from "@atlas/api/testing";
import { demoPassword, demoPasswordHashes } from "@atlas/data";
import { buildUser } from "@atlas/db/testing";
import { vi } from "vitest";

/** One GraphQL request the app made, as the API received it. */
export interface ApiCall {
  operationName: string;
  variables: Record<string, unknown>;
  headers: Headers;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function callOf(init: RequestInit | undefined): ApiCall {
  const body: unknown = typeof init?.body === "string" ? JSON.parse(init.body) : null;
  const query = isRecord(body) && typeof body.query === "string" ? body.query : "";
  const named = isRecord(body) && typeof body.operationName === "string" ? body.operationName : "";
  return {
    operationName: named || (/(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? "anonymous"),
    variables: isRecord(body) && isRecord(body.variables) ? body.variables : {},
    headers: new Headers(init?.headers),
  };
}

/**
 * Sends the app's `fetch` to the real API, in process, noting each request on the way (the
 * answers are the API's own). Undo with `vi.unstubAllGlobals()`.
 */
export function routeFetchTo(api: TestApi): ApiCall[] {
  const calls: ApiCall[] = [];
  vi.stubGlobal("fetch", (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(callOf(init));
    return api.fetch(input, init);
  });
  return calls;
}

export interface ApiAnswer<T> {
  data: T;
  headers: Headers;
}

/** Asks the API directly (not through the app), failing on any GraphQL error. */
export async function askApi<T>(
  api: TestApi,
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-graphql-yoga-csrf": "1",
  };
  if (cookie) headers.cookie = cookie;
  const response = await api.fetch(api.url, {
    method: "POST",
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body: unknown = await response.json();
  if (!isRecord(body) || body.errors !== undefined || !isRecord(body.data)) {
    throw new Error(`The API answered ${response.status}: ${JSON.stringify(body)}`);
  }
  // The shape is the query's: the caller names it.
  return { data: body.data as T, headers: response.headers };
}

/** A trust's ID as the API gives it out (its `Trust.id`), found by its Group ID. */
export async function trustIdOf(api: TestApi, groupId: string): Promise<string> {
  const { data } = await askApi<{ trusts: { nodes: { id: string }[] } }>(
    api,
    "query ($search: String) { trusts(filter: { search: $search }) { nodes { id } } }",
    { search: groupId },
  );
  const [trust, ...others] = data.trusts.nodes;
  if (!trust || others.length > 0) throw new Error(`no single open trust ${groupId}`);
  return trust.id;
}

/** Who the API takes the holder of this cookie to be. */
export async function viewerWith(api: TestApi, cookie: string): Promise<{ name: string } | null> {
  const { data } = await askApi<{ viewer: { name: string } | null }>(
    api,
    "{ viewer { name } }",
    {},
    cookie,
  );
  return data.viewer;
}

/** The `name=value` pair of a Set-Cookie header, as a browser would send it back. */
export function cookiePairOf(setCookie: string): string {
  return setCookie.split(";")[0] ?? "";
}

/**
 * A new school member's session cookie: a user built with the demo password (any hash the API
 * accepts will do), signed in through the API as a browser would be.
 */
export async function memberSessionOf(
  api: TestApi,
  schoolId: string,
  name?: string,
): Promise<{ cookie: string; userId: string; email: string }> {
  const passwordHash = demoPasswordHashes["school@demo.trustatlas.test"] ?? "";
  const user = await buildUser(api.database.db, {
    ...(name ? { name } : {}),
    passwordHash,
    roles: [{ role: "SCHOOL_MEMBER", schoolId }],
  });
  return {
    cookie: await sessionCookieOf(api, user.email),
    userId: user.user.id,
    email: user.email,
  };
}

/** The session cookie of signing in as `email` with the demo password. */
export async function sessionCookieOf(api: TestApi, email: string): Promise<string> {
  const { headers } = await askApi(
    api,
    "mutation ($input: SignInInput!) { signIn(input: $input) { __typename } }",
    { input: { email, password: demoPassword } },
  );
  return cookiePairOf(headers.getSetCookie()[0] ?? "");
}
