import { createAtlasClient } from "../../src/graphql/client.ts";
import type { SessionClient } from "../../src/session/session-client.ts";
import { createSessionClient } from "../../src/session/session-client.ts";

export type Handler = (variables: Record<string, unknown>) => unknown;

export interface FakeApi {
  fetch: typeof fetch;
  /** Every operation sent, in order, with its variables and headers. */
  requests: {
    operationName: string;
    variables: Record<string, unknown>;
    headers: Headers;
    init: RequestInit | undefined;
  }[];
}

/**
 * Stands in for the API: answers each operation by name with `{ data: handler(variables) }`,
 * or with the Response a handler returns. An operation with no handler fails the test loudly.
 */
export function fakeApi(handlers: Record<string, Handler>): FakeApi {
  const requests: FakeApi["requests"] = [];
  const fetchStub = async (_input: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as {
      operationName: string;
      variables?: Record<string, unknown>;
    };
    const variables = body.variables ?? {};
    requests.push({
      operationName: body.operationName,
      variables,
      headers: new Headers(init?.headers),
      init,
    });
    const handler = handlers[body.operationName];
    if (!handler) throw new Error(`No fake answer for ${body.operationName}`);
    const answer = handler(variables);
    if (answer instanceof Response) return answer;
    return new Response(JSON.stringify({ data: answer }), {
      headers: { "content-type": "application/json" },
    });
  };
  return { fetch: fetchStub as typeof fetch, requests };
}

export function fakeSession(api: FakeApi): SessionClient {
  return createSessionClient(() =>
    createAtlasClient({ url: "http://admin.test/graphql", fetch: api.fetch }),
  );
}

export const organisation = (typename: string, id: string, name: string) => ({
  __typename: typename,
  id,
  name,
});

export function viewer(
  name: string,
  roles: { role: string; trust?: object; school?: object; sectorBody?: object }[],
) {
  return {
    __typename: "User",
    id: `user-${name}`,
    name,
    email: `${name.toLowerCase().replace(/\s+/g, ".")}@example.org`,
    roles: roles.map((r) => ({
      __typename: "RoleGrant",
      role: r.role,
      grantedAt: "2025-09-01T09:00:00.000Z",
      trust: r.trust ?? null,
      school: r.school ?? null,
      sectorBody: r.sectorBody ?? null,
    })),
  };
}
