// Writes packages/graphql/schema.graphql from the code-first schema; with --check, fails
// instead when the committed file differs (CI runs this so every API change shows in review).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "./schema.ts";

const target = fileURLToPath(new URL("../../../packages/graphql/schema.graphql", import.meta.url));
const printed = `${printSchema(lexicographicSortSchema(schema))}\n`;

if (process.argv.includes("--check")) {
  const committed = readFileSync(target, "utf8");
  if (committed !== printed) {
    console.error("packages/graphql/schema.graphql is stale: run `pnpm generate` and commit it.");
    process.exit(1);
  }
  console.log("schema.graphql is up to date.");
} else {
  writeFileSync(target, printed);
  console.log(`Wrote ${target}`);
}
