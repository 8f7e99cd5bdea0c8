import { createTestApi, type TestApi } from "@atlas/api/testing";
import { buildSchool } from "@atlas/db/testing";
import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import SchoolPage, { loader } from "../app/routes/school.tsx";
import { routeArgs } from "./route-args.ts";
import { memberSessionOf, routeFetchTo } from "./support/api.ts";

let api: TestApi;
let urn: number;
/** Session cookies of a member of the school, and of a member of another school. */
let memberCookie: string;
let otherMemberCookie: string;

beforeAll(async () => {
  api = await createTestApi();
  const { db } = api.database;
  const school = await buildSchool(db, {
    name: "St Anne's Catholic Primary School",
    religiousCharacter: "ROMAN_CATHOLIC",
    establishmentType: "VOLUNTARY_AIDED",
    diocese: "Diocese of Leeds",
  });
  const other = await buildSchool(db, { name: "Elsewhere Primary School" });
  urn = school.urn;
  memberCookie = (await memberSessionOf(api, school.id)).cookie;
  otherMemberCookie = (await memberSessionOf(api, other.id)).cookie;
});

afterAll(async () => {
  await api.close();
});

beforeEach(() => {
  routeFetchTo(api);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function renderSchool(cookie?: string) {
  const path = `/schools/${urn}`;
  const init = cookie ? { headers: { cookie } } : undefined;
  const loaderData = await loader(routeArgs(path, { urn: String(urn) }, init));
  const Stub = createRoutesStub([
    { id: "school", path: "/schools/:urn", Component: SchoolPage, loader: () => loaderData },
  ]);
  return renderToString(
    <Stub initialEntries={[path]} hydrationData={{ loaderData: { school: loaderData } }} />,
  );
}

describe("the school page's Start here", () => {
  it("links to trusts near the school and states its faith constraint", async () => {
    const html = await renderSchool();
    expect(html).toContain(">Start here</h2>");
    expect(html).toContain(`href="/trusts?near=${urn}&amp;within=15"`);
    expect(html).toContain(
      "As a Catholic school, it may join only a Catholic trust, normally one of its own diocese (Diocese of Leeds), which decides.",
    );
    expect(html).not.toContain("Check fit for this school");
  });

  it("offers checking fit to the school's own members only", async () => {
    expect(memberCookie).toMatch(/^atlas_session=/);
    const member = await renderSchool(memberCookie);
    expect(member).toContain(`href="/schools/${urn}/fit"`);
    expect(member).toContain("Check fit for this school");
    expect(await renderSchool(otherMemberCookie)).not.toContain("Check fit for this school");
  });

  it("offers inviting a colleague to the school's own members only", async () => {
    const member = await renderSchool(memberCookie);
    expect(member).toMatch(
      new RegExp(
        `<a [^>]*href="/schools/${urn}/colleagues"[^>]*>Invite a colleague to act for this school</a>`,
      ),
    );
    expect(await renderSchool()).not.toContain("Invite a colleague");
    expect(await renderSchool(otherMemberCookie)).not.toContain("Invite a colleague");
  });
});
