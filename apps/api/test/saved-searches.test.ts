/**
 * Saved searches: a school member keeps a trust search under a name; the list says how many
 * trusts match now and which are new since the member last looked. Each member's own.
 */
import { randomUUID } from "node:crypto";
import { buildTrust, buildUser, publishTrustDocuments } from "@atlas/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.ts";
import { createTestApp, type TestApp } from "./support/testkit.ts";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const SAVE = graphql(`
  mutation SaveSearchTest($input: SaveSearchInput!) {
    saveSearch(input: $input) {
      __typename
      ... on SaveSearchPayload { savedSearch { id name matchCount newTrusts { name } } }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const LIST = graphql(`
  query SavedSearchesTest($urn: Int!) {
    school(urn: $urn) {
      savedSearches { id name filter matchCount newTrusts { name } }
    }
  }
`);

const SEEN = graphql(`
  mutation MarkSeenTest($input: MarkSavedSearchSeenInput!) {
    markSavedSearchSeen(input: $input) {
      __typename
      ... on MarkSavedSearchSeenPayload { savedSearch { newTrusts { name } } }
      ... on NotFoundError { message }
    }
  }
`);

const DELETE = graphql(`
  mutation DeleteSearchTest($input: DeleteSavedSearchInput!) {
    deleteSavedSearch(input: $input) {
      __typename
      ... on NotFoundError { message }
    }
  }
`);

const open = (open: boolean) => ({
  visionStatement: "Vision.",
  growth: {
    stage: "GROWING" as const,
    openToNewSchools: true,
    openToPartnerships: open,
    capacity: 1,
    seeking: { phases: [], establishmentTypes: [], areas: [] },
  },
});

describe("saved searches", () => {
  it("count what matches now and say which trusts are new since the member looked", async () => {
    const db = app.database.db;
    const token = `Saved${randomUUID().slice(0, 8)}`;
    const first = await buildTrust(db, { name: `${token} First Trust`, schools: [{}] });
    await publishTrustDocuments(db, first.trust.id, { profile: open(true) });
    const { schools } = await buildTrust(db, { schools: [{}] });
    const school = schools[0];
    if (!school) throw new Error("no school");
    const member = await buildUser(db, {
      passwordHash: "x",
      roles: [{ role: "SCHOOL_MEMBER", schoolId: school.id }],
    });
    const colleague = await buildUser(db, {
      passwordHash: "x",
      roles: [{ role: "SCHOOL_MEMBER", schoolId: school.id }],
    });
    const as = await app.sessionFor(member.user.id);
    const filter = { search: token, openToPartnerships: true };
    const saved = (
      await app.execute(SAVE, { input: { urn: school.urn, name: "Open nearby", filter } }, as)
    ).expectNoErrors().saveSearch;
    expect(saved).toMatchObject({
      __typename: "SaveSearchPayload",
      savedSearch: { name: "Open nearby", matchCount: 1, newTrusts: [] },
    });

    // A trust starts to match: it is new to the member until they look.
    const second = await buildTrust(db, { name: `${token} Second Trust`, schools: [{}] });
    await publishTrustDocuments(db, second.trust.id, { profile: open(true) });
    const [listed] =
      (await app.execute(LIST, { urn: school.urn }, as)).expectNoErrors().school?.savedSearches ??
      [];
    expect(listed).toMatchObject({ matchCount: 2, newTrusts: [{ name: `${token} Second Trust` }] });
    expect(listed?.filter).toMatchObject(filter);

    const seen = (await app.execute(SEEN, { input: { id: listed?.id ?? "" } }, as)).expectNoErrors()
      .markSavedSearchSeen;
    expect(seen).toMatchObject({ savedSearch: { newTrusts: [] } });

    // A colleague at the same school has their own list, and cannot touch this one.
    const theirs = await app.sessionFor(colleague.user.id);
    const colleagueList = (await app.execute(LIST, { urn: school.urn }, theirs)).expectNoErrors();
    expect(colleagueList.school?.savedSearches).toEqual([]);
    const refused = (
      await app.execute(DELETE, { input: { id: listed?.id ?? "" } }, theirs)
    ).expectNoErrors().deleteSavedSearch;
    expect(refused.__typename).toBe("NotFoundError");
    const deleted = (
      await app.execute(DELETE, { input: { id: listed?.id ?? "" } }, as)
    ).expectNoErrors().deleteSavedSearch;
    expect(deleted.__typename).toBe("DeleteSavedSearchPayload");
  });

  it("refuses a search without a name or with an invalid filter, writing nothing", async () => {
    const db = app.database.db;
    const { schools } = await buildTrust(db, { schools: [{}] });
    const school = schools[0];
    if (!school) throw new Error("no school");
    const member = await buildUser(db, {
      passwordHash: "x",
      roles: [{ role: "SCHOOL_MEMBER", schoolId: school.id }],
    });
    const as = await app.sessionFor(member.user.id);
    const answer = (
      await app.execute(
        SAVE,
        {
          input: { urn: school.urn, name: "  ", filter: { pupils: { min: 9, max: 1 } } },
        },
        as,
      )
    ).expectNoErrors().saveSearch;
    expect(answer.__typename).toBe("ValidationError");
    const paths =
      answer.__typename === "ValidationError" ? answer.issues.map((i) => i.path.join(".")) : [];
    expect(paths).toEqual(expect.arrayContaining(["input.name", "input.filter.pupils.min"]));
    const list = (await app.execute(LIST, { urn: school.urn }, as)).expectNoErrors();
    expect(list.school?.savedSearches).toEqual([]);
  });
});
