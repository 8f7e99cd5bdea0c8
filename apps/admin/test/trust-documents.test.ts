import { createTestApi, type TestApi } from "@atlas/api/testing";
import { demoPassword } from "@atlas/data";
import { buildTrust, buildUser } from "@atlas/db/testing";
import { modelScheme } from "@atlas/domain";
import { errorsFromIssues } from "@atlas/ui";
import { cacheExchange } from "@urql/exchange-graphcache";
import { Client, fetchExchange } from "urql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  PublishSchemeOfDelegationDocument,
  PublishTrustProfileDocument,
  SaveSchemeOfDelegationDraftDocument,
  SaveTrustProfileDraftDocument,
  SchemeOfDelegationEditorDocument,
  SchemeOfDelegationHistoryDocument,
  TrustProfileEditorDocument,
  TrustProfileHistoryDocument,
  UnpublishSchemeOfDelegationVersionDocument,
  UnpublishTrustProfileVersionDocument,
  ViewerDocument,
} from "../src/gql/graphql.ts";
import { cacheConfig } from "../src/graphql/cache-config.ts";
import { gridFromCsv, gridToCsv } from "../src/scheme-of-delegation/scheme-csv.ts";
import { cellsOfGrid, gridFromCells, sameGrid } from "../src/scheme-of-delegation/scheme-grid.ts";
import {
  checkProfileForm,
  emptyProfileForm,
  formFromContent,
  placeProfileIssue,
  profileFieldIds,
} from "../src/trust-profile/profile-form.ts";
import { type Browser, createBrowser } from "./support/browser.ts";
import { demoPasswordHash, signIn } from "./support/session.ts";

// The editors' operations against the real API, through the app's graphcache configuration:
// within the API's limits (it refuses anything deeper, longer or with more aliases), cached
// without a warning, and with the cache kept right after saving, publishing and unpublishing.

let api: TestApi;
let adminEmail: string;
let otherAdminEmail: string;
const curatorEmail = "curator@demo.trustatlas.test";
const trustName = "Willow Learning Trust";

beforeAll(async () => {
  api = await createTestApi({ demoData: true });
  const { db } = api.database;
  const { trust } = await buildTrust(db, { name: trustName, schools: [{}, {}] });
  const admin = await buildUser(db, {
    name: "Wren Admin",
    passwordHash: demoPasswordHash,
    roles: [{ role: "TRUST_ADMIN", trustId: trust.id }],
  });
  const other = await buildUser(db, {
    name: "Otto Admin",
    passwordHash: demoPasswordHash,
    roles: [{ role: "TRUST_ADMIN", trustId: trust.id }],
  });
  adminEmail = admin.email;
  otherAdminEmail = other.email;
});

afterAll(async () => {
  await api?.close();
});

function clientWithCache(browser: Browser = createBrowser(api.fetch)) {
  const warnings: string[] = [];
  const client = new Client({
    url: api.url,
    fetch: browser.fetch,
    preferGetMethod: false,
    fetchOptions: { headers: { "x-graphql-yoga-csrf": "1" } },
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
  return { client, browser, warnings };
}

async function signedIn(email: string) {
  const session = clientWithCache();
  await signIn(session.client, email, demoPassword);
  return session;
}

async function trustIdOf(client: Client): Promise<string> {
  const viewer = await client.query(ViewerDocument, {}).toPromise();
  const id = viewer.data?.viewer?.roles?.find((r) => r.trust?.name === trustName)?.trust?.id;
  if (!id) throw new Error("not an administrator of the test trust");
  return id;
}

/** Lets graphcache finish the work a result sets off (refetching what was invalidated). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe("the trust profile's operations", () => {
  it("save, refuse a stale save, publish and unpublish, keeping the cache right", async () => {
    const { client, browser, warnings } = await signedIn(adminEmail);
    const trustId = await trustIdOf(client);

    const first = await client.query(TrustProfileEditorDocument, { id: trustId }).toPromise();
    expect(first.error).toBeUndefined();
    expect(first.data?.trust?.profileDraft).toBeNull();
    expect(first.data?.trust?.profile).toBeNull();

    // The form's own check, then the API's input, as the page sends it.
    const form = emptyProfileForm();
    form.visionStatement = "Every child in our valley flourishes.";
    form.geography.localAuthorityCodes = ["383"];
    form.finance = {
      ...form.finance,
      contributionKind: "FLAT",
      percent: "5",
      gagPooling: "no",
      reservesPooled: "yes",
      reservesPolicy: "Three per cent of income.",
    };
    form.governance = {
      members: "5",
      trustees: "9",
      localGovernanceModel: "LOCAL_GOVERNING_BODIES",
      contacts: [{ id: "c1", name: "Ana Lee", role: "CEO", email: "ana@example.org" }],
    };
    const check = checkProfileForm(form);
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    const saved = await client
      .mutation(SaveTrustProfileDraftDocument, {
        input: { trustId, expectedVersion: 0, profile: check.input },
      })
      .toPromise();
    expect(saved.error).toBeUndefined();
    const outcome = saved.data?.saveTrustProfileDraft;
    expect(outcome?.__typename).toBe("SaveTrustProfileDraftPayload");
    if (outcome?.__typename !== "SaveTrustProfileDraftPayload") return;
    expect(outcome.trust.profileDraft?.version).toBe(1);
    expect(outcome.trust.profileDraft?.savedBy).toBe("Wren Admin");

    // The editor's query now reads the saved draft from the cache, without asking again.
    const cached = await client.query(TrustProfileEditorDocument, { id: trustId }).toPromise();
    expect(browser.sent("TrustProfileEditor")).toBe(1);
    const draft = cached.data?.trust?.profileDraft;
    expect(draft?.version).toBe(1);
    expect(draft?.geography?.localAuthorities.map((la) => la.name)).toEqual(["Leeds"]);
    expect(draft?.unpublishedChanges.map((c) => c.field)).toContain("visionStatement");
    // And the form fills back to the same profile.
    const again = draft ? checkProfileForm(formFromContent(draft)) : null;
    expect(again?.ok && again.input).toEqual(check.input);

    // Someone else saves from the same version meanwhile: told who, when and which version.
    const other = await signedIn(otherAdminEmail);
    const otherSave = await other.client
      .mutation(SaveTrustProfileDraftDocument, {
        input: { trustId, expectedVersion: 1, profile: { visionStatement: "Otto's vision." } },
      })
      .toPromise();
    expect(otherSave.data?.saveTrustProfileDraft.__typename).toBe("SaveTrustProfileDraftPayload");
    const stale = await client
      .mutation(SaveTrustProfileDraftDocument, {
        input: { trustId, expectedVersion: 1, profile: check.input },
      })
      .toPromise();
    const conflict = stale.data?.saveTrustProfileDraft;
    expect(conflict?.__typename).toBe("VersionConflictError");
    if (conflict?.__typename === "VersionConflictError") {
      expect(conflict.currentVersion).toBe(2);
      expect(conflict.changedBy).toBe("Otto Admin");
      expect(conflict.changedAt).toBeTruthy();
    }

    // The API's own check: issues come back by path, and land on the form's fields.
    const invalid = await client
      .mutation(SaveTrustProfileDraftDocument, {
        input: {
          trustId,
          expectedVersion: 2,
          profile: {
            visionStatement: "A vision.",
            qualityStatements: [{ pillar: "WORKFORCE", statement: "" }],
            finance: {
              contribution: { kind: "RANGE", minPercent: 6, maxPercent: 5, variesBy: "Size" },
              gagPooling: true,
              reserves: { pooled: false, policy: "Each school keeps its own." },
            },
          },
        },
      })
      .toPromise();
    const refused = invalid.data?.saveTrustProfileDraft;
    expect(refused?.__typename).toBe("ValidationError");
    if (refused?.__typename === "ValidationError") {
      const ids = profileFieldIds(form);
      const placed = refused.issues.map((i) =>
        placeProfileIssue(i, form, { values: [], contacts: [] }, ids),
      );
      expect(Object.keys(errorsFromIssues(ids, placed).fields)).toEqual([
        "qualityStatements-WORKFORCE",
        "finance-contribution-minPercent",
      ]);
    }

    // Publishing: the history has a new version, the editor the published profile.
    const history = await client.query(TrustProfileHistoryDocument, { id: trustId }).toPromise();
    expect(history.data?.trust?.profileHistory).toEqual([]);
    const published = await client
      .mutation(PublishTrustProfileDocument, {
        input: { trustId, expectedVersion: 2, changeSummary: "First profile." },
      })
      .toPromise();
    const publishOutcome = published.data?.publishTrustProfile;
    expect(publishOutcome?.__typename).toBe("PublishTrustProfilePayload");
    await settle();
    const afterPublish = await client
      .query(TrustProfileHistoryDocument, { id: trustId })
      .toPromise();
    expect(afterPublish.data?.trust?.profileHistory?.map((v) => v.number)).toEqual([1]);
    expect(afterPublish.data?.trust?.profileHistory?.[0]?.changeSummary).toBe("First profile.");
    expect(browser.sent("TrustProfileHistory")).toBe(2);
    const editor = await client.query(TrustProfileEditorDocument, { id: trustId }).toPromise();
    expect(editor.data?.trust?.profile?.number).toBe(1);
    expect(editor.data?.trust?.profile?.visionStatement).toBe("Otto's vision.");
    expect(editor.data?.trust?.profileDraft?.unpublishedChanges).toEqual([]);

    // Nothing new to publish.
    const nothing = await client
      .mutation(PublishTrustProfileDocument, {
        input: { trustId, expectedVersion: 2, changeSummary: "Again." },
      })
      .toPromise();
    expect(nothing.data?.publishTrustProfile.__typename).toBe("NothingToPublishError");

    // A curator reads the draft and history, cannot save, and unpublishes the version.
    const curator = await signedIn(curatorEmail);
    const read = await curator.client
      .query(TrustProfileEditorDocument, { id: trustId })
      .toPromise();
    expect(read.data?.trust?.profileDraft?.version).toBe(2);
    const curatorSave = await curator.client
      .mutation(SaveTrustProfileDraftDocument, {
        input: { trustId, expectedVersion: 2, profile: { visionStatement: "Mine." } },
      })
      .toPromise();
    expect(curatorSave.data?.saveTrustProfileDraft).toBeFalsy();
    const curatorHistory = await curator.client
      .query(TrustProfileHistoryDocument, { id: trustId })
      .toPromise();
    const versionId = curatorHistory.data?.trust?.profileHistory?.[0]?.id ?? "";
    const unpublished = await curator.client
      .mutation(UnpublishTrustProfileVersionDocument, {
        input: { versionId, reason: "It names a school that is not in the trust." },
      })
      .toPromise();
    expect(unpublished.data?.unpublishTrustProfileVersion.__typename).toBe(
      "UnpublishTrustProfileVersionPayload",
    );
    await settle();
    const marked = await curator.client
      .query(TrustProfileHistoryDocument, { id: trustId })
      .toPromise();
    expect(marked.data?.trust?.profileHistory?.[0]?.unpublished?.reason).toBe(
      "It names a school that is not in the trust.",
    );
    expect(marked.data?.trust?.profile).toBeNull();
    const twice = await curator.client
      .mutation(UnpublishTrustProfileVersionDocument, { input: { versionId, reason: "Again." } })
      .toPromise();
    expect(twice.data?.unpublishTrustProfileVersion.__typename).toBe("AlreadyUnpublishedError");

    for (const w of [warnings, other.warnings, curator.warnings]) expect(w).toEqual([]);
  });
});

describe("the scheme of delegation's operations", () => {
  it("save a grid from a model, publish it with its cells' changes, and unpublish it", async () => {
    const { client, browser, warnings } = await signedIn(adminEmail);
    const trustId = await trustIdOf(client);
    const first = await client.query(SchemeOfDelegationEditorDocument, { id: trustId }).toPromise();
    expect(first.error).toBeUndefined();
    expect(first.data?.trust?.schemeOfDelegationDraft).toBeNull();

    // A model, through a CSV file and back, as someone editing it in a spreadsheet would.
    const model = gridFromCells(modelScheme("ADVISORY_COUNCILS"));
    const reading = gridFromCsv(gridToCsv(model));
    if (!reading.ok) throw new Error(reading.problems.join("\n"));
    const cells = cellsOfGrid(reading.grid).filter((c) => c.level !== null);
    const saved = await client
      .mutation(SaveSchemeOfDelegationDraftDocument, {
        input: { trustId, expectedVersion: 0, cells },
      })
      .toPromise();
    const outcome = saved.data?.saveSchemeOfDelegationDraft;
    expect(outcome?.__typename).toBe("SaveSchemeOfDelegationDraftPayload");
    const cached = await client
      .query(SchemeOfDelegationEditorDocument, { id: trustId })
      .toPromise();
    expect(browser.sent("SchemeOfDelegationEditor")).toBe(1);
    const draft = cached.data?.trust?.schemeOfDelegationDraft;
    expect(draft?.version).toBe(1);
    expect(draft && sameGrid(gridFromCells(draft.cells), model)).toBe(true);

    // A rule broken: the API names the decision.
    const broken = await client
      .mutation(SaveSchemeOfDelegationDraftDocument, {
        input: {
          trustId,
          expectedVersion: 1,
          cells: cells.filter((c) => c.decision !== "APPOINT_CEO"),
        },
      })
      .toPromise();
    const refused = broken.data?.saveSchemeOfDelegationDraft;
    expect(refused?.__typename).toBe("ValidationError");
    if (refused?.__typename === "ValidationError") {
      expect(refused.issues.map((i) => i.path)).toEqual([["input", "cells", "APPOINT_CEO"]]);
    }

    await client.query(SchemeOfDelegationHistoryDocument, { id: trustId }).toPromise();
    const published = await client
      .mutation(PublishSchemeOfDelegationDocument, {
        input: { trustId, expectedVersion: 1, changeSummary: "Our first scheme." },
      })
      .toPromise();
    expect(published.data?.publishSchemeOfDelegation.__typename).toBe(
      "PublishSchemeOfDelegationPayload",
    );
    await settle();
    const history = await client
      .query(SchemeOfDelegationHistoryDocument, { id: trustId })
      .toPromise();
    const version = history.data?.trust?.schemeOfDelegationHistory?.[0];
    expect(version?.number).toBe(1);
    // Every filled cell is a change, for the first version.
    expect(version?.changes).toHaveLength(cells.length);
    expect(history.data?.trust?.schemeOfDelegation?.id).toBe(version?.id);

    const curator = await signedIn(curatorEmail);
    const unpublished = await curator.client
      .mutation(UnpublishSchemeOfDelegationVersionDocument, {
        input: { versionId: version?.id ?? "", reason: "Published by mistake." },
      })
      .toPromise();
    expect(unpublished.data?.unpublishSchemeOfDelegationVersion.__typename).toBe(
      "UnpublishSchemeOfDelegationVersionPayload",
    );
    expect(warnings).toEqual([]);
    expect(curator.warnings).toEqual([]);
  });
});
