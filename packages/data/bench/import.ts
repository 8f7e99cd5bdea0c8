// `pnpm bench` (import speed): the register's three downloads for the England-scale data set,
// padded to 50,000 establishment rows as the real file is, imported by the CLI itself into an
// empty PostgreSQL database, then imported again (which must change nothing). The CLI runs in
// its own process so its peak memory is the import's alone. A script, not a test.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDb } from "@atlas/db";
import { createEmptyPostgresDatabase } from "@atlas/db/testing";
import { generateDemoData } from "../src/index.ts";
import type { ImportReport } from "../src/register/report.ts";
import { writeRegisterFiles } from "../src/register/synthetic-files.ts";

const rows = 50_000;
const server = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const packageRoot = fileURLToPath(new URL("../", import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "atlas-register-"));
const say = (text = "") => process.stdout.write(`${text}\n`);

const written = performance.now();
const files = await writeRegisterFiles(generateDemoData({ scale: "england" }), folder, {
  establishmentRows: rows,
});
const megabytes = Object.values(files).reduce((n, f) => n + statSync(f).size, 0) / 1e6;
say(
  `Wrote ${rows.toLocaleString("en-GB")} establishment rows and the England groups and links (${megabytes.toFixed(1)} MB, Windows-1252) in ${((performance.now() - written) / 1000).toFixed(1)} s`,
);

const empty = await createEmptyPostgresDatabase(server);
const database = await createDb({ databaseUrl: empty.url });
await database.migrate();
await database.close();

function run(label: string): ImportReport {
  const reportFile = join(folder, `${label}.json`);
  const started = performance.now();
  execFileSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "src/cli.ts",
      "import-gias",
      "--establishments",
      files.establishments,
      "--groups",
      files.groups,
      "--links",
      files.links,
      "--report",
      reportFile,
    ],
    {
      cwd: packageRoot,
      env: { ...process.env, DATABASE_URL: empty.url },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const report = JSON.parse(readFileSync(reportFile, "utf8")) as ImportReport;
  const wall = (performance.now() - started) / 1000;
  const e = report.files.establishments;
  const skipped = Object.values(e.skipped).reduce((n, s) => n + s.count, 0);
  return Object.assign(report, {
    wall,
    summary: { read: e.read, kept: e.kept, skipped, invalid: e.invalid.length },
  });
}

try {
  const first = run("first");
  const again = run("again");
  say();
  console.table(
    [first, again].map((r, i) => {
      const extra = r as ImportReport & {
        wall: number;
        summary: { read: number; kept: number; skipped: number; invalid: number };
      };
      return {
        run: i === 0 ? "into an empty database" : "the same files again",
        "rows read": extra.summary.read,
        kept: extra.summary.kept,
        skipped: extra.summary.skipped,
        invalid: extra.summary.invalid,
        "schools new/updated": `${r.schools.inserted}/${r.schools.updated}`,
        "memberships joined/left": `${r.memberships.joined}/${r.memberships.left}`,
        "import s": r.seconds.toFixed(1),
        "rows/s": Math.round(extra.summary.read / r.seconds).toLocaleString("en-GB"),
        "process s": extra.wall.toFixed(1),
        "peak RSS MB": r.peakRssMb.toFixed(0),
      };
    }),
  );
  const changed =
    again.schools.inserted +
    again.schools.updated +
    again.trusts.inserted +
    again.trusts.updated +
    again.memberships.joined +
    again.memberships.left;
  say(
    `Goal: under 60 s — ${first.seconds < 60 ? "met" : "NOT MET"} (${first.seconds.toFixed(1)} s). The second run changed ${changed} rows${changed === 0 ? " (idempotent)" : " — NOT idempotent"}.`,
  );
} finally {
  await empty.drop();
  rmSync(folder, { recursive: true, force: true });
}
