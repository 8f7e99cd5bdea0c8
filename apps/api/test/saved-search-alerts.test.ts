/**
 * Saved-search alerts: when a trust starts to match a member's saved search, the outbox gets one
 * email for them, with a link that stops such emails without signing in; or, as they choose, a
 * weekly digest, or nothing.
 */
import { randomUUID } from "node:crypto";
import { tables } from "@atlas/db";
import { buildTrust, buildUser, publishTrustDocuments } from "@atlas/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sweepSavedSearchAlerts } from "../src/modules/saved-searches/alerts.ts";
import { graphql } from "./gql/index.ts";
import { createTestApp, type TestApp } from "./support/testkit.ts";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const publicUrl = "https://atlas.example.org";
const sweep = (now?: Date) =>
  sweepSavedSearchAlerts(app.database.db, { publicUrl, ...(now ? { now } : {}) });

const SAVE = graphql(`
  mutation SaveAlertingSearch($input: SaveSearchInput!) {
    saveSearch(input: $input) {
      __typename
      ... on SaveSearchPayload { savedSearch { id alerts } }
    }
  }
`);
const SET_ALERTS = graphql(`
  mutation SetAlerts($input: SetSavedSearchAlertsInput!) {
    setSavedSearchAlerts(input: $input) {
      __typename
      ... on SetSavedSearchAlertsPayload { savedSearch { alerts } }
      ... on NotFoundError { message }
    }
  }
`);
const UNSUBSCRIBE = graphql(`
  mutation Unsubscribe($input: UnsubscribeSavedSearchInput!) {
    unsubscribeSavedSearch(input: $input) {
      __typename
      ... on UnsubscribeSavedSearchPayload { savedSearchName schoolName }
      ... on NotFoundError { message }
      ... on ValidationError { issues { path message } }
    }
  }
`);
const ALERTS_OF = graphql(`
  query AlertsOf($urn: Int!) { school(urn: $urn) { savedSearches { name alerts } } }
`);

const openProfile = {
  visionStatement: "Vision.",
  growth: {
    stage: "GROWING" as const,
    openToNewSchools: true,
    openToPartnerships: true,
    capacity: 1,
    seeking: { phases: [], establishmentTypes: [], areas: [] },
  },
};

/** A member of a school with a saved search for open trusts whose names carry a fresh token. */
async function memberWithSearch(alerts?: "IMMEDIATE" | "WEEKLY" | "OFF") {
  const db = app.database.db;
  const token = `Alert${randomUUID().slice(0, 8)}`;
  const opensUp = async (label: string) => {
    const built = await buildTrust(db, { name: `${token} ${label} Trust`, schools: [{}] });
    await publishTrustDocuments(db, built.trust.id, { profile: openProfile });
    return built.trust;
  };
  await opensUp("Already");
  const { schools } = await buildTrust(db, { schools: [{}] });
  const school = schools[0];
  if (!school) throw new Error("no school");
  const member = await buildUser(db, {
    passwordHash: "x",
    roles: [{ role: "SCHOOL_MEMBER", schoolId: school.id }],
  });
  const as = await app.sessionFor(member.user.id);
  const input = {
    urn: school.urn,
    name: `Open ${token}`,
    filter: { search: token, openToPartnerships: true },
    ...(alerts ? { alerts } : {}),
  };
  const saved = (await app.execute(SAVE, { input }, as)).expectNoErrors().saveSearch;
  if (saved.__typename !== "SaveSearchPayload") throw new Error(saved.__typename);
  return { school, member, as, opensUp, savedSearch: saved.savedSearch };
}

async function emailsAbout(savedSearchId: string) {
  const { outboxMessages } = tables;
  return app.database.db
    .select()
    .from(outboxMessages)
    .where(sql`${outboxMessages.payload}->>'savedSearchId' = ${savedSearchId}`)
    .orderBy(outboxMessages.createdAt);
}
const savedId = (globalId: string) =>
  Buffer.from(globalId, "base64").toString().split(":")[1] ?? "";

describe("saved-search alerts", () => {
  it("email once when a trust starts to match, and stop from the link without signing in", async () => {
    const { member, savedSearch, opensUp, school, as } = await memberWithSearch();
    expect(savedSearch.alerts).toBe("IMMEDIATE");
    const id = savedId(savedSearch.id);

    // What matched when it was saved is no news.
    await sweep();
    expect(await emailsAbout(id)).toEqual([]);

    await opensUp("Newly Open");
    await sweep();
    await sweep();
    const [email, ...more] = await emailsAbout(id);
    expect(more).toEqual([]);
    expect(email).toMatchObject({
      topic: "saved-search.alert",
      recipientEmail: member.user.email,
      subject: expect.stringMatching(/Newly Open Trust now matches your saved search "Open Alert/),
    });
    expect(email?.body).toContain(`${publicUrl}/trusts/`);
    expect(email?.body).toContain(`${publicUrl}/schools/${school.urn}/shortlist`);
    const link = /\/saved-searches\/unsubscribe\/([0-9a-f-]{36})/.exec(email?.body ?? "");
    expect(email?.payload.unsubscribeUrl).toBe(`${publicUrl}${link?.[0]}`);

    // Whoever holds the email stops it, signed in or not.
    const stopped = (
      await app.execute(UNSUBSCRIBE, { input: { token: link?.[1] ?? "" } })
    ).expectNoErrors().unsubscribeSavedSearch;
    expect(stopped).toEqual({
      __typename: "UnsubscribeSavedSearchPayload",
      savedSearchName: expect.stringMatching(/^Open Alert/),
      schoolName: school.name,
    });
    const listed = (await app.execute(ALERTS_OF, { urn: school.urn }, as)).expectNoErrors();
    expect(listed.school?.savedSearches?.[0]?.alerts).toBe("OFF");
    await opensUp("Later");
    await sweep();
    expect(await emailsAbout(id)).toHaveLength(1);

    // Switched on again, it starts from now: "Later" is not news, the next one is.
    const on = (
      await app.execute(SET_ALERTS, { input: { id: savedSearch.id, alerts: "IMMEDIATE" } }, as)
    ).expectNoErrors().setSavedSearchAlerts;
    expect(on).toMatchObject({ savedSearch: { alerts: "IMMEDIATE" } });
    await sweep();
    expect(await emailsAbout(id)).toHaveLength(1);
    await opensUp("Last");
    await sweep();
    expect((await emailsAbout(id)).map((e) => e.subject)).toEqual([
      expect.stringContaining("Newly Open"),
      expect.stringContaining("Last Trust"),
    ]);
  });

  it("gathers a week's news into one digest", async () => {
    const { savedSearch, opensUp } = await memberWithSearch("WEEKLY");
    const id = savedId(savedSearch.id);
    await opensUp("First");
    await opensUp("Second");
    await sweep();
    expect(await emailsAbout(id)).toEqual([]);

    const aWeekOn = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000 + 60_000);
    await sweep(aWeekOn);
    await sweep(aWeekOn);
    const [digest, ...more] = await emailsAbout(id);
    expect(more).toEqual([]);
    expect(digest).toMatchObject({
      topic: "saved-search.digest",
      subject: expect.stringMatching(/^2 trusts now match your saved search/),
    });
    expect(digest?.body).toMatch(/This week's news[\s\S]*First Trust[\s\S]*Second Trust/);
  });

  it("two sweeps at once tell the news once", async () => {
    const { savedSearch, opensUp } = await memberWithSearch();
    await opensUp("Raced");
    await Promise.all([sweep(), sweep()]);
    expect(await emailsAbout(savedId(savedSearch.id))).toHaveLength(1);
  });

  it("answers a mangled or unknown unsubscribe link with what is wrong", async () => {
    const mangled = (
      await app.execute(UNSUBSCRIBE, { input: { token: "not-a-token" } })
    ).expectNoErrors().unsubscribeSavedSearch;
    expect(mangled).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "token"], message: expect.stringMatching(/copied whole/) }],
    });
    const unknown = (
      await app.execute(UNSUBSCRIBE, { input: { token: randomUUID() } })
    ).expectNoErrors().unsubscribeSavedSearch;
    expect(unknown).toMatchObject({ __typename: "NotFoundError" });
  });

  it("a member changes only their own search's alerts", async () => {
    const mine = await memberWithSearch();
    const theirs = await memberWithSearch();
    const refused = (
      await app.execute(
        SET_ALERTS,
        { input: { id: mine.savedSearch.id, alerts: "OFF" } },
        theirs.as,
      )
    ).expectNoErrors().setSavedSearchAlerts;
    expect(refused.__typename).toBe("NotFoundError");
  });
});
