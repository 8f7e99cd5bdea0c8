import { describe, expect, it, vi } from "vitest";
import { ViewerDocument } from "../src/gql/graphql.ts";
import { createAtlasClient } from "../src/graphql/client.ts";
import { fakeApi } from "./support/fake-api.ts";

describe("createAtlasClient", () => {
  it("posts to the API with the session cookie and the CSRF header", async () => {
    const api = fakeApi({ Viewer: () => ({ viewer: null }) });
    const client = createAtlasClient({ url: "http://admin.test/graphql", fetch: api.fetch });
    await client.query(ViewerDocument, {}).toPromise();
    const [request] = api.requests;
    expect(request?.init?.method).toBe("POST");
    expect(request?.init?.credentials).toBe("same-origin");
    expect(request?.headers.get("x-graphql-yoga-csrf")).toBe("1");
  });

  it("reports a session that has ended", async () => {
    const onUnauthenticated = vi.fn();
    const api = fakeApi({
      Viewer: () =>
        Response.json({
          data: null,
          errors: [{ message: "Sign in to see this.", extensions: { code: "UNAUTHENTICATED" } }],
        }),
    });
    const client = createAtlasClient({
      url: "http://admin.test/graphql",
      fetch: api.fetch,
      onUnauthenticated,
    });
    await client.query(ViewerDocument, {}).toPromise();
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it("does not treat other errors as the end of the session", async () => {
    const onUnauthenticated = vi.fn();
    const api = fakeApi({
      Viewer: () =>
        Response.json({
          data: null,
          errors: [{ message: "No.", extensions: { code: "FORBIDDEN" } }],
        }),
    });
    const client = createAtlasClient({
      url: "http://admin.test/graphql",
      fetch: api.fetch,
      onUnauthenticated,
    });
    const result = await client.query(ViewerDocument, {}).toPromise();
    expect(result.error?.graphQLErrors[0]?.message).toBe("No.");
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });
});
