import { vi } from "vitest";

export interface ApiCall {
  operationName: string;
  variables: Record<string, unknown>;
  headers: Headers;
}

export interface StubbedAnswer {
  body: unknown;
  headers?: HeadersInit;
}

/**
 * Replaces `fetch` with a fake GraphQL API: `answer` gets each operation's name and variables
 * and returns the JSON body (and headers) to reply with. Returns the calls made, to assert on.
 */
export function stubApi(
  answer: (operationName: string, variables: Record<string, unknown>) => StubbedAnswer,
): ApiCall[] {
  const calls: ApiCall[] = [];
  vi.stubGlobal("fetch", async (_input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as {
      query: string;
      variables?: Record<string, unknown>;
    };
    const operationName = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? "anonymous";
    const variables = body.variables ?? {};
    calls.push({ operationName, variables, headers: new Headers(init?.headers) });
    const reply = answer(operationName, variables);
    const headers = new Headers(reply.headers);
    headers.set("content-type", "application/json");
    return new Response(JSON.stringify(reply.body), { status: 200, headers });
  });
  return calls;
}
