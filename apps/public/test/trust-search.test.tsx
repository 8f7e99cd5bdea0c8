import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import TrustSearchPage, { loader } from "../app/routes/trusts.tsx";
import { stubApi } from "./api-stub.ts";
import { routeArgs } from "./route-args.ts";

afterEach(() => {
  vi.unstubAllGlobals();
});

const twoTrusts = {
  data: {
    trusts: {
      __typename: "QueryTrustsConnection",
      totalCount: 42,
      pageInfo: {
        __typename: "PageInfo",
        hasNextPage: true,
        hasPreviousPage: false,
        startCursor: "c1",
        endCursor: "c2",
      },
      nodes: [
        {
          __typename: "Trust",
          id: "VHJ1c3Q6MQ==",
          name: "Oak Learning Trust",
          type: "MULTI_ACADEMY_TRUST",
          schoolCount: 7,
          sizeBand: "MEDIUM",
          region: "NORTH_WEST",
        },
        {
          __typename: "Trust",
          id: "VHJ1c3Q6Mg==",
          name: "Oakfield Academy Trust",
          type: "SINGLE_ACADEMY_TRUST",
          schoolCount: 1,
          sizeBand: "SINGLE",
          region: null,
        },
      ],
    },
  },
};

/** The values of the checked checkboxes in server-rendered HTML. */
function checkedValues(html: string): string[] {
  const inputs = html.match(/<input[^>]*type="checkbox"[^>]*>/g) ?? [];
  return inputs
    .filter((input) => /\schecked=""/.test(input))
    .map((input) => /\svalue="([^"]*)"/.exec(input)?.[1] ?? "");
}

async function renderSearch(path: string) {
  const loaderData = await loader(
    routeArgs(path, {}, { headers: { cookie: "atlas_session=abc" } }),
  );
  const Stub = createRoutesStub([
    { id: "routes/trusts", path: "/trusts", Component: TrustSearchPage, loader: () => loaderData },
  ]);
  const html = renderToString(
    <Stub
      initialEntries={[path]}
      hydrationData={{ loaderData: { "routes/trusts": loaderData } }}
    />,
  );
  return { loaderData, html };
}

describe("the trust search page", () => {
  it("asks the API with the filter from the URL and the visitor's cookie", async () => {
    const calls = stubApi(() => ({ body: twoTrusts }));
    await renderSearch("/trusts?q=oak&region=north-west&region=nowhere&phase=primary&size=medium");
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.operationName).toBe("TrustSearch");
    expect(call?.variables).toEqual({
      filter: { search: "oak", regions: ["NORTH_WEST"], phases: ["PRIMARY"], sizeBand: "MEDIUM" },
      first: 20,
    });
    expect(call?.headers.get("cookie")).toBe("atlas_session=abc");
    expect(call?.headers.get("x-graphql-yoga-csrf")).toBeTruthy();
  });

  it("renders the results, the count, the chosen filters and a next-page link", async () => {
    stubApi(() => ({ body: twoTrusts }));
    const { html } = await renderSearch("/trusts?q=oak&region=north-west&phase=primary");
    expect(html).toMatch(/<h1[^>]*>Trusts matching “oak”<\/h1>/);
    expect(html).toContain("42 trusts found");
    expect(html).toContain('href="/trusts/VHJ1c3Q6MQ%3D%3D"');
    expect(html).toContain("Oak Learning Trust");
    expect(html).toContain("Multi-academy trust");
    expect(html).toContain("6 to 10 schools");
    expect(html).toContain("North West");
    expect(html).toContain("Not recorded");
    // The chosen filters are checked in the form, and listed above the results.
    expect(checkedValues(html)).toEqual(["north-west", "primary"]);
    expect(html).toContain('value="oak"');
    expect(html).toContain(
      'href="/trusts?q=oak&amp;region=north-west&amp;phase=primary&amp;after=c2&amp;page=2"',
    );
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  it("shows an empty state when nothing matches", async () => {
    stubApi(() => ({
      body: {
        data: {
          trusts: {
            totalCount: 0,
            pageInfo: {
              hasNextPage: false,
              hasPreviousPage: false,
              startCursor: null,
              endCursor: null,
            },
            nodes: [],
          },
        },
      },
    }));
    const { html } = await renderSearch("/trusts?q=zzz");
    expect(html).toContain("No trusts found");
    expect(html).toContain("No trusts match your search.");
    expect(html).not.toContain("<table");
    expect(html).not.toContain('rel="next"');
  });

  it("starts again from the first page when the API cannot read a cursor", async () => {
    stubApi(() => ({
      body: {
        data: null,
        errors: [{ message: "Invalid cursor: garbage", path: ["trusts"] }],
      },
    }));
    const thrown = await loader(routeArgs("/trusts?q=oak&after=garbage&page=2", {})).catch(
      (e: unknown) => e,
    );
    expect(thrown).toBeInstanceOf(Response);
    if (thrown instanceof Response) {
      expect(thrown.status).toBe(302);
      expect(thrown.headers.get("location")).toBe("/trusts?q=oak");
    }
  });

  it("fails loudly (the 500 page) when the API is down", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("fetch failed");
    });
    await expect(loader(routeArgs("/trusts", {}))).rejects.toThrow(/GraphQL API request failed/);
  });
});
