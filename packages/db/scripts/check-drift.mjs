// Fails when the drizzle schema has changes that no committed migration holds.
// drizzle-kit has no dry run, so generate into the real folder and remove what it wrote.
import { execFileSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";

const before = new Set(readdirSync("drizzle"));
const output = execFileSync("drizzle-kit", ["generate", "--name", "drift_check"], {
  encoding: "utf8",
});
const added = readdirSync("drizzle").filter((entry) => !before.has(entry));
for (const entry of added) rmSync(`drizzle/${entry}`, { recursive: true, force: true });
if (added.length > 0 || !/No schema changes/i.test(output)) {
  console.error(output);
  console.error("Schema drift: run `pnpm --filter @atlas/db migrations:generate --name <what>`.");
  process.exit(1);
}
console.log("No migration drift.");
