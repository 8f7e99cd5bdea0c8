import { afterAll, beforeAll, expect, it } from "vitest";
import { buildTrust } from "./support/fixtures.ts";
import { createTestApp, type TestApp } from "./support/testkit.ts";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

it("lists trusts with schools", async () => {
  await buildTrust(app.database.db, { name: "Smoke Trust", schools: [{}, { phase: "SECONDARY" }] });
  app.database.resetStatements();
  const result = await app.execute(`{ trusts(first: 50) { totalCount nodes { id name schoolCount sizeBand schools(first: 5) { totalCount nodes { name phase urn trust { name } } } } } }`);
  console.log(JSON.stringify(result.body, null, 1));
  console.log(app.database.statements);
});
