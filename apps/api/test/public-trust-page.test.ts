/**
 * The public trust page's own operation (read from the public app's manifest, so this is the
 * query the page really sends) against a trust with a published profile and scheme and many
 * schools: it must cost at most 3 SQL statements, however many schools and versions there are.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { tables } from "@atlas/db";
import { buildTrust } from "@atlas/db/testing";
import { modelScheme } from "@atlas/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./support/testkit.ts";

const manifest = fileURLToPath(
  new URL("../../public/app/gql/persisted-documents.json", import.meta.url),
);

function trustPageOperation(): string {
  const documents = JSON.parse(readFileSync(manifest, "utf8")) as Record<string, string>;
  const found = Object.values(documents).filter((text) => /^query TrustPage\b/.test(text));
  expect(found, "the public app has one TrustPage query").toHaveLength(1);
  return found[0] ?? "";
}

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

describe("the public trust page", () => {
  it("is answered in at most 3 SQL statements, with its profile, scheme, figures and schools", async () => {
    const db = app.database.db;
    const { trust } = await buildTrust(db, {
      schools: Array.from({ length: 40 }, (_, i) => ({
        phase: i % 3 === 0 ? ("SECONDARY" as const) : ("PRIMARY" as const),
        region: i % 2 === 0 ? ("NORTH_WEST" as const) : ("YORKSHIRE_AND_THE_HUMBER" as const),
        pupils: 200 + i * 10,
        latitude: 53.4 + i / 100,
        longitude: -2.2 + i / 100,
      })),
    });
    for (const [kind, contents] of [
      ["PROFILE", [{ visionStatement: "Old words." }, { visionStatement: "Every child thrives." }]],
      [
        "SCHEME_OF_DELEGATION",
        [{ cells: modelScheme("ADVISORY_COUNCILS") }, { cells: modelScheme("EARNED_AUTONOMY") }],
      ],
    ] as const) {
      await db.insert(tables.trustDocumentVersions).values(
        contents.map((content, i) => ({
          trustId: trust.id,
          kind,
          number: i + 1,
          content,
          draftVersion: i + 1,
          changeSummary: `Version ${i + 1}`,
        })),
      );
    }
    const id = Buffer.from(`Trust:${trust.id}`).toString("base64");

    app.database.resetStatements();
    const answer = await app.executeRaw(trustPageOperation(), { id });
    const data = answer.expectNoErrors() as {
      trust: {
        profile: { visionStatement: string } | null;
        schemeOfDelegation: { cells: unknown[] } | null;
        schools: { nodes: unknown[] };
      };
    };
    expect(data.trust.profile?.visionStatement).toBe("Every child thrives.");
    expect(data.trust.schemeOfDelegation?.cells.length).toBeGreaterThan(0);
    expect(data.trust.schools.nodes).toHaveLength(40);
    expect(app.database.statements.length).toBeLessThanOrEqual(3);
  });
});
