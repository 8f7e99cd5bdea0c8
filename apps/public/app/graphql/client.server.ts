import {
  type AnyVariables,
  Client,
  type CombinedError,
  fetchExchange,
  type OperationResult,
  type TypedDocumentNode,
} from "@urql/core";
import { data, type RouterContextProvider } from "react-router";
import { env } from "../env.server.ts";
import { visitorAddressContext } from "../request-context.ts";

/** How long a page waits for the API before it gives up and shows the error page. */
export const API_TIMEOUT_MS = 10_000;

/** Seconds a visitor is asked to wait when the API is starting or down. */
export const RETRY_AFTER_SECONDS = 30;

/** The API's CSRF guard (Yoga's csrf-prevention plugin) wants this header on every request. */
const CSRF_HEADER = "x-graphql-yoga-csrf";

export interface ApiClient {
  /** Runs a query and returns the raw result, errors and all. */
  queryResult<Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
  ): Promise<OperationResult<Data, Variables>>;
  /** Runs a query and returns its data; a BAD_USER_INPUT error becomes a 404 response. */
  query<Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
  ): Promise<Data>;
  /** Runs a mutation and returns the raw result, for the caller to read its typed payload. */
  mutate<Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
  ): Promise<OperationResult<Data, Variables>>;
  /** `Set-Cookie` headers the API sent so far, to hand on to the browser (sign-in, sign-out). */
  setCookieHeaders(): Headers;
}

/** What a loader or action is given that the client needs: the request and its load context. */
export interface RequestArgs {
  request: Request;
  context: Readonly<RouterContextProvider>;
}

/**
 * What the API is told about the visitor on every request from this server: their session
 * cookie, their address (X-Forwarded-For, as server/app.ts worked it out), their browser and
 * the request's id. Shared by the GraphQL client and the routes that pass a file through.
 */
export function visitorHeaders({ request, context }: RequestArgs): Record<string, string> {
  const headers: Record<string, string> = {};
  const visitorAddress = context.get(visitorAddressContext);
  if (visitorAddress !== null) headers["x-forwarded-for"] = visitorAddress;
  for (const name of ["cookie", "user-agent", "x-request-id"]) {
    const value = request.headers.get(name);
    if (value) headers[name] = value;
  }
  return headers;
}

/**
 * A GraphQL client for one incoming request. It forwards the browser's cookies (the API's
 * session cookie lives on this site's domain) and collects the cookies the API sets, so a
 * sign-in or sign-out can pass them back. Made per request so no session leaks between people.
 *
 * Every request reaches the API from this server, so it also says whose request it is, in
 * X-Forwarded-For: the visitor's address as the server worked it out (server/app.ts). The API
 * believes it only from peers it trusts, and counts sign-in attempts per visitor by it.
 */
export function createApiClient(
  { request, context }: RequestArgs,
  apiUrl: string = env.API_URL,
): ApiClient {
  const setCookies: string[] = [];
  const headers = { [CSRF_HEADER]: "1", ...visitorHeaders({ request, context }) };

  const client = new Client({
    url: apiUrl,
    exchanges: [fetchExchange],
    requestPolicy: "network-only",
    preferGetMethod: false,
    fetchOptions: () => ({
      headers,
      // Stop waiting when the browser goes away or the API is too slow.
      signal: AbortSignal.any([request.signal, AbortSignal.timeout(API_TIMEOUT_MS)]),
    }),
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      setCookies.push(...response.headers.getSetCookie());
      return response;
    },
  });

  return {
    queryResult(document, variables) {
      return client.query(document, variables).toPromise();
    },
    async query(document, variables) {
      const result = await client.query(document, variables).toPromise();
      return dataOf(result);
    },
    mutate(document, variables) {
      return client.mutation(document, variables).toPromise();
    },
    setCookieHeaders() {
      const out = new Headers();
      for (const value of setCookies) out.append("set-cookie", value);
      return out;
    },
  };
}

/** A query's data, or the error page its errors call for. */
export function dataOf<Data>(result: {
  data?: Data | undefined;
  error?: CombinedError | undefined;
}): Data {
  if (result.error) throwApiError(result.error);
  if (result.data === undefined) throw new Error("The API answered with no data.");
  return result.data;
}

/** True when the API rejected an argument (e.g. a malformed trust ID). */
export function isBadUserInput(error: CombinedError): boolean {
  return error.graphQLErrors.some((e) => e.extensions.code === "BAD_USER_INPUT");
}

/**
 * A request for something that cannot exist (a malformed ID) is a 404 for the person asking;
 * an API that cannot be reached (starting, down, too slow) is a 503 worth retrying shortly;
 * anything else is the service's fault and becomes the 500 page.
 */
export function throwApiError(error: CombinedError): never {
  if (error.networkError) throwApiUnreachable(error.networkError);
  if (isBadUserInput(error)) {
    throw data("Not found", { status: 404 });
  }
  throw new Error(`GraphQL API request failed: ${error.message}`, { cause: error });
}

/** The API could not be reached (starting, down, too slow): the 503 page, worth retrying soon. */
export function throwApiUnreachable(cause: unknown): never {
  console.error("The API could not be reached:", cause);
  throw data("Service unavailable", {
    status: 503,
    headers: { "Retry-After": String(RETRY_AFTER_SECONDS) },
  });
}
