import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import SchoolPage, { loader as schoolLoader } from "../app/routes/school.tsx";
import TrustPage, { loader as trustLoader } from "../app/routes/trust.tsx";
import { stubApi } from "./api-stub.ts";
import { routeArgs } from "./route-args.ts";

afterEach(() => {
  vi.unstubAllGlobals();
});

/** What a loader threw, or fails the test if it returned. */
async function thrownBy(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the loader to throw");
}

/** The status of a `data(…, { status })` or Response that a loader threw. */
function statusOf(thrown: unknown): number | undefined {
  if (thrown instanceof Response) return thrown.status;
  if (typeof thrown === "object" && thrown !== null && "init" in thrown) {
    const init = (thrown as { init?: { status?: number } | null }).init;
    return init?.status;
  }
  return undefined;
}

const school = (n: number, phase: string, pupils: number | null) => ({
  id: `U2Nob29sOj${n}`,
  urn: 100000 + n,
  name: `School ${n}`,
  phase,
  establishmentType: "ACADEMY_CONVERTER",
  pupils,
  region: "LONDON",
  localAuthority: { code: 202, name: "Camden" },
});

const trustWith = (schools: ReturnType<typeof school>[]) => ({
  data: {
    trust: {
      id: "VHJ1c3Q6MQ==",
      name: "Oak Learning Trust",
      type: "MULTI_ACADEMY_TRUST",
      status: "OPEN",
      groupId: "TR01234",
      companiesHouseNumber: "07654321",
      ukprn: "10012345",
      openedOn: "2012-09-01",
      headOfficePostcode: "NW1 2AB",
      region: "LONDON",
      schoolCount: schools.length,
      sizeBand: "SMALL",
      schools: {
        totalCount: schools.length,
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: "a", endCursor: "b" },
        nodes: schools,
      },
    },
  },
});

describe("the trust page", () => {
  it("is a 404 for a malformed ID (the API's BAD_USER_INPUT)", async () => {
    stubApi(() => ({
      body: {
        data: null,
        errors: [{ message: "This is not a trust ID", extensions: { code: "BAD_USER_INPUT" } }],
      },
    }));
    const thrown = await thrownBy(trustLoader(routeArgs("/trusts/nonsense", { id: "nonsense" })));
    expect(statusOf(thrown)).toBe(404);
  });

  it("is a 404 for a trust that does not exist", async () => {
    stubApi(() => ({ body: { data: { trust: null } } }));
    const thrown = await thrownBy(
      trustLoader(routeArgs("/trusts/VHJ1c3Q6MQ", { id: "VHJ1c3Q6MQ" })),
    );
    expect(statusOf(thrown)).toBe(404);
  });

  it("is a 500 for any other API error", async () => {
    stubApi(() => ({ body: { data: null, errors: [{ message: "Unexpected error." }] } }));
    const thrown = await thrownBy(
      trustLoader(routeArgs("/trusts/VHJ1c3Q6MQ", { id: "VHJ1c3Q6MQ" })),
    );
    expect(thrown).toBeInstanceOf(Error);
  });

  it("shows the trust's details, its schools by phase and its total pupils", async () => {
    const calls = stubApi(() => ({
      body: trustWith([
        school(1, "PRIMARY", 200),
        school(2, "PRIMARY", 300),
        school(3, "SECONDARY", 1000),
      ]),
    }));
    const loaderData = await trustLoader(routeArgs("/trusts/VHJ1c3Q6MQ", { id: "VHJ1c3Q6MQ" }));
    expect(calls.map((c) => c.operationName)).toEqual(["TrustPage"]);
    expect(calls[0]?.variables).toEqual({ id: "VHJ1c3Q6MQ", first: 100 });
    expect(loaderData.byPhase).toEqual([
      { phase: "PRIMARY", count: 2 },
      { phase: "SECONDARY", count: 1 },
    ]);
    expect(loaderData.pupils).toEqual({ total: 1500, schoolsWithoutFigure: 0 });

    const Stub = createRoutesStub([
      { id: "trust", path: "/trusts/:id", Component: TrustPage, loader: () => loaderData },
    ]);
    const html = renderToString(
      <Stub
        initialEntries={["/trusts/VHJ1c3Q6MQ"]}
        hydrationData={{ loaderData: { trust: loaderData } }}
      />,
    );
    expect(html).toMatch(/<h1[^>]*>.*Oak Learning Trust<\/h1>/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain("TR01234");
    expect(html).toContain("1 September 2012");
    expect(html).toContain("1,500");
    expect(html).toContain('href="/schools/100001"');
    expect(html).toContain("Academy converter");
    expect(html).toContain("Camden");
  });

  it("adds up every school of a trust too big for one page", async () => {
    const firstPage = Array.from({ length: 100 }, (_, i) => school(i, "PRIMARY", 100));
    const calls = stubApi((operation, variables) => {
      if (operation === "TrustPage") {
        const body = trustWith(firstPage);
        body.data.trust.schoolCount = 130;
        body.data.trust.schools.totalCount = 130;
        body.data.trust.schools.pageInfo.hasNextPage = true;
        return { body };
      }
      const after = variables.after;
      const nodes =
        after === null
          ? Array.from({ length: 100 }, () => ({ phase: "PRIMARY", pupils: 100 }))
          : Array.from({ length: 30 }, () => ({ phase: "SECONDARY", pupils: null }));
      return {
        body: {
          data: {
            trust: {
              schools: {
                pageInfo: { hasNextPage: after === null, endCursor: "p1" },
                nodes,
              },
            },
          },
        },
      };
    });
    const loaderData = await trustLoader(routeArgs("/trusts/VHJ1c3Q6MQ", { id: "VHJ1c3Q6MQ" }));
    expect(calls.map((c) => c.operationName)).toEqual([
      "TrustPage",
      "TrustSchoolFigures",
      "TrustSchoolFigures",
    ]);
    expect(loaderData.byPhase).toEqual([
      { phase: "PRIMARY", count: 100 },
      { phase: "SECONDARY", count: 30 },
    ]);
    expect(loaderData.pupils).toEqual({ total: 10_000, schoolsWithoutFigure: 30 });
    expect(loaderData.links.next).toBe("/trusts/VHJ1c3Q6MQ?after=b&page=2");
  });
});

describe("the school page", () => {
  it("is a 404 for something that is not a URN, without asking the API", async () => {
    const calls = stubApi(() => ({ body: { data: { school: null } } }));
    for (const urn of ["12345", "1234567", "abc123", "100000.0"]) {
      const thrown = await thrownBy(schoolLoader(routeArgs(`/schools/${urn}`, { urn })));
      expect(statusOf(thrown)).toBe(404);
    }
    expect(calls).toHaveLength(0);
  });

  it("is a 404 for a URN with no school", async () => {
    stubApi(() => ({ body: { data: { school: null } } }));
    const thrown = await thrownBy(schoolLoader(routeArgs("/schools/999999", { urn: "999999" })));
    expect(statusOf(thrown)).toBe(404);
  });

  it("shows the school, its trust since when, and its past trusts", async () => {
    const calls = stubApi(() => ({
      body: {
        data: {
          school: {
            id: "U2Nob29sOjE=",
            urn: 100001,
            name: "St Mary's CE Primary School",
            phase: "PRIMARY",
            establishmentType: "ACADEMY_CONVERTER",
            religiousCharacter: "CHURCH_OF_ENGLAND",
            diocese: "Diocese of London",
            localAuthority: { code: 202, name: "Camden" },
            region: "LONDON",
            pupils: 205,
            capacity: 210,
            postcode: "NW1 1AA",
            status: "OPEN",
            trust: { id: "VHJ1c3Q6Mg==", name: "Cedar Trust" },
            memberships: [
              {
                joinedOn: "2020-04-01",
                leftOn: null,
                trust: { id: "VHJ1c3Q6Mg==", name: "Cedar Trust" },
              },
              {
                joinedOn: "2015-09-01",
                leftOn: "2020-03-31",
                trust: { id: "VHJ1c3Q6MQ==", name: "Oak Trust" },
              },
            ],
          },
        },
      },
    }));
    const loaderData = await schoolLoader(routeArgs("/schools/100001", { urn: "100001" }));
    expect(calls[0]?.variables).toEqual({ urn: 100001 });
    const Stub = createRoutesStub([
      { id: "school", path: "/schools/:urn", Component: SchoolPage, loader: () => loaderData },
    ]);
    const html = renderToString(
      <Stub
        initialEntries={["/schools/100001"]}
        hydrationData={{ loaderData: { school: loaderData } }}
      />,
    );
    expect(html).toContain("Church of England");
    expect(html).toContain("205 pupils, 210 places");
    expect(html).toContain("1 April 2020");
    expect(html).toContain('href="/trusts/VHJ1c3Q6Mg%3D%3D"');
    expect(html).toContain("Past trusts");
    expect(html).toContain("Oak Trust");
    expect(html).toContain("31 March 2020");
  });
});
