import { cacheExchange } from "@urql/exchange-graphcache";
import { Client, fetchExchange } from "urql";
import { describe, expect, it } from "vitest";
import {
  SignInDocument,
  TrustListDocument,
  TrustOverviewDocument,
  ViewerDocument,
} from "../src/gql/graphql.ts";
import { cacheConfig } from "../src/graphql/cache-config.ts";
import { fakeApi, type Handler, organisation, viewer } from "./support/fake-api.ts";

/** A client with the app's cache configuration that records every graphcache warning. */
function clientWith(handlers: Record<string, Handler>) {
  const api = fakeApi(handlers);
  const warnings: string[] = [];
  const client = new Client({
    url: "http://admin.test/graphql",
    fetch: api.fetch,
    preferGetMethod: false,
    exchanges: [
      cacheExchange({
        ...cacheConfig,
        logger: (severity, message) => {
          if (severity !== "debug") warnings.push(`${severity}: ${message}`);
        },
      }),
      fetchExchange,
    ],
  });
  return { client, api, warnings };
}

const trust = organisation("Trust", "VHJ1c3Q6MQ==", "Oak Learning Trust");
const body = organisation("SectorBody", "S1", "National Trust Association");

const school = (n: number) => ({
  __typename: "School",
  id: `U${n}`,
  urn: 100000 + n,
  name: `School ${String(n).padStart(3, "0")}`,
  phase: n % 2 === 0 ? "PRIMARY" : "SECONDARY",
  establishmentType: "ACADEMY_CONVERTER",
  pupils: n === 3 ? null : 100 + n,
  region: "NORTH_WEST",
});

function trustPage(after: unknown) {
  const first = after === null || after === undefined;
  const numbers = first ? [1, 2, 3] : [4, 5];
  return {
    trust: {
      ...trust,
      type: "MULTI_ACADEMY_TRUST",
      status: "OPEN",
      groupId: "TR01234",
      companiesHouseNumber: "01234567",
      region: "NORTH_WEST",
      openedOn: "2015-09-01",
      schoolCount: 5,
      sizeBand: "SMALL",
      administrators: [
        {
          __typename: "RoleGrant",
          grantedAt: "2025-09-01T09:00:00.000Z",
          user: { __typename: "User", id: "user-1", name: "Tia Admin", email: "tia@example.org" },
        },
      ],
      schools: {
        __typename: "TrustSchoolsConnection",
        totalCount: 5,
        pageInfo: {
          __typename: "PageInfo",
          hasNextPage: first,
          hasPreviousPage: !first,
          startCursor: first ? "c1" : "c4",
          endCursor: first ? "c3" : "c5",
        },
        nodes: numbers.map(school),
      },
    },
  };
}

describe("the graphcache configuration", () => {
  it("normalises every operation of the app without a warning", async () => {
    const { client, warnings } = clientWith({
      Viewer: () => ({
        viewer: viewer("Tia Admin", [
          { role: "TRUST_ADMIN", trust },
          { role: "CURATOR", sectorBody: body },
        ]),
      }),
      TrustOverview: (v) => trustPage(v.after),
      TrustList: () => ({
        trusts: {
          __typename: "QueryTrustsConnection",
          totalCount: 1,
          pageInfo: {
            __typename: "PageInfo",
            hasNextPage: false,
            hasPreviousPage: false,
            startCursor: "t1",
            endCursor: "t1",
          },
          nodes: [{ ...trust, type: "MULTI_ACADEMY_TRUST", schoolCount: 5, region: null }],
        },
      }),
      SignIn: () => ({
        signIn: {
          __typename: "ValidationError",
          message: "Not valid",
          issues: [{ __typename: "FieldIssue", path: ["input", "email"], message: "Enter one." }],
        },
      }),
    });

    const viewerResult = await client.query(ViewerDocument, {}).toPromise();
    expect(viewerResult.error).toBeUndefined();
    expect(viewerResult.data?.viewer?.roles).toHaveLength(2);
    const overview = await client
      .query(TrustOverviewDocument, { id: trust.id, after: null })
      .toPromise();
    expect(overview.data?.trust?.administrators[0]?.user.name).toBe("Tia Admin");
    const list = await client.query(TrustListDocument, { first: 20 }).toPromise();
    expect(list.data?.trusts.totalCount).toBe(1);
    const signIn = await client
      .mutation(SignInDocument, { input: { email: "x", password: "y" } })
      .toPromise();
    expect(signIn.data?.signIn.__typename).toBe("ValidationError");

    expect(warnings).toEqual([]);
  });

  it("reads a trust's schools page after page into one list", async () => {
    const { client, api, warnings } = clientWith({ TrustOverview: (v) => trustPage(v.after) });
    await client.query(TrustOverviewDocument, { id: trust.id, after: null }).toPromise();
    const second = await client
      .query(TrustOverviewDocument, { id: trust.id, after: "c3" })
      .toPromise();
    const schools = second.data?.trust?.schools;
    expect(schools?.nodes.map((s) => s.urn)).toEqual([100001, 100002, 100003, 100004, 100005]);
    expect(schools?.pageInfo.hasNextPage).toBe(false);
    expect(api.requests).toHaveLength(2);
    expect(warnings).toEqual([]);
  });
});
