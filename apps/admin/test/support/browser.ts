/** One GraphQL request as it left the "browser", for tests that check what the app sends. */
export interface SentRequest {
  operationName: string;
  variables: Record<string, unknown>;
  /** The headers the API received, the cookie included. */
  headers: Headers;
  /** What the app passed to fetch (method, credentials, …), before the cookie was added. */
  init: RequestInit | undefined;
}

/**
 * What a browser does around `fetch` for the admin, in front of the real API: it keeps the
 * cookies the API sets (the HttpOnly `atlas_session` among them) and sends them back on later
 * requests, as a browser does for a same-origin `credentials: "same-origin"` request. Two
 * clients on one Browser are two tabs: they share the cookies.
 */
export interface Browser {
  readonly fetch: typeof fetch;
  /** Every GraphQL request sent, in order. */
  readonly requests: SentRequest[];
  /** The value of a cookie the browser holds now, as the API set it. */
  cookie(name: string): string | undefined;
  /** How many requests of this operation were sent. */
  sent(operationName: string): number;
}

function parseBody(body: RequestInit["body"]): Pick<SentRequest, "operationName" | "variables"> {
  // A file upload is a multipart request whose `operations` part is the usual JSON.
  const json = body instanceof FormData ? body.get("operations") : body;
  if (typeof json !== "string") return { operationName: "", variables: {} };
  const parsed = JSON.parse(json) as {
    operationName?: string;
    variables?: Record<string, unknown>;
  };
  return { operationName: parsed.operationName ?? "", variables: parsed.variables ?? {} };
}

export function createBrowser(network: typeof fetch): Browser {
  const jar = new Map<string, string>();
  const requests: SentRequest[] = [];

  function keep(setCookie: string) {
    const [pair = "", ...attributes] = setCookie.split(";").map((part) => part.trim());
    const split = pair.indexOf("=");
    if (split <= 0) return;
    const name = pair.slice(0, split);
    const value = pair.slice(split + 1);
    const maxAge = attributes.find((a) => a.toLowerCase().startsWith("max-age="));
    const expired = maxAge !== undefined && Number(maxAge.slice("max-age=".length)) <= 0;
    if (expired || value === "") jar.delete(name);
    else jar.set(name, value);
  }

  const browserFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    if (jar.size > 0) {
      headers.set("cookie", [...jar].map(([name, value]) => `${name}=${value}`).join("; "));
    }
    requests.push({ ...parseBody(init?.body), headers, init });
    const response = await network(input, { ...init, headers });
    for (const setCookie of response.headers.getSetCookie()) keep(setCookie);
    return response;
  };

  return {
    fetch: browserFetch as typeof fetch,
    requests,
    cookie: (name) => jar.get(name),
    sent: (operationName) => requests.filter((r) => r.operationName === operationName).length,
  };
}

/** A network that cannot reach the API (it is down, or the connection dropped): fault injection. */
export const unreachableNetwork = (() =>
  Promise.reject(new TypeError("fetch failed: connect ECONNREFUSED"))) as typeof fetch;
