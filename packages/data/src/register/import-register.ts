import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { type Db, lockLoaders, registerWrites } from "@atlas/db";
import { addDays } from "../generate/dates.ts";
import {
  establishmentColumns,
  groupColumns,
  linkColumns,
  optionalEstablishmentColumns,
  optionalGroupColumns,
  requiredOf,
} from "./columns.ts";
import { type ClosedSchool, type RegisterSchool, readEstablishment } from "./establishments.ts";
import { type RegisterTrust, readGroup } from "./groups.ts";
import { type RegisterLink, readLink } from "./links.ts";
import type { RowOutcome } from "./outcome.ts";
import { detectEncoding, readRegisterCsv } from "./read-csv.ts";
import { type FileReport, type ImportReport, newFileReport, skip } from "./report.ts";

export interface RegisterFiles {
  establishments: string;
  groups: string;
  links: string;
}

export interface ImportOptions {
  /** Today, as the import sees it (ISO date): default the real today. */
  asOf?: string;
  /** Bytes read of all three files, and which file. */
  onProgress?(done: number, total: number, file: string): void;
}

const {
  closeSchools,
  closeTrusts,
  currentMemberships,
  endMemberships,
  knownIds,
  startMemberships,
  upsertSchools,
  upsertTrusts,
} = registerWrites;

async function readFile<T>(
  path: string,
  required: readonly string[],
  read: (values: ReadonlyMap<string, string>) => RowOutcome<T>,
  idOf: (values: ReadonlyMap<string, string>) => number | undefined,
  keyOf: (record: T) => number | undefined,
  progress: (bytes: number) => void,
): Promise<{ report: FileReport; records: T[] }> {
  const report = newFileReport(basename(path), await detectEncoding(path));
  const records: T[] = [];
  const firstRow = new Map<number, number>();
  const onProblem = (problem: { row: number; message: string }) => {
    report.read++;
    report.invalid.push({ row: problem.row, problems: [problem.message] });
  };
  for await (const { row, values } of readRegisterCsv(path, {
    required,
    onProblem,
    onBytes: progress,
  })) {
    report.read++;
    const outcome = read(values);
    if (outcome.kind === "skipped") skip(report, outcome.reason, idOf(values));
    else if (outcome.kind === "invalid") report.invalid.push({ row, problems: outcome.problems });
    else {
      const key = keyOf(outcome.record);
      const first = key === undefined ? undefined : firstRow.get(key);
      if (key !== undefined && first !== undefined) {
        report.invalid.push({
          row,
          problems: [`${key} appears again (first on row ${first}): the first is kept`],
        });
        continue;
      }
      if (key !== undefined) firstRow.set(key, row);
      report.kept++;
      records.push(outcome.record);
    }
  }
  report.invalid.sort((a, b) => a.row - b.row);
  return { report, records };
}

function passOnClosed(report: FileReport, ids: readonly number[], reason: string) {
  for (const id of ids) {
    report.kept--;
    skip(report, reason, id);
  }
}

const numberIn = (column: string) => (values: ReadonlyMap<string, string>) => {
  const n = Number(values.get(column));
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
};

/** The region most of a trust's schools are in (ties to the first seen). */
function regionsOf(links: readonly RegisterLink[], schools: ReadonlyMap<number, RegisterSchool>) {
  const tally = new Map<number, Map<RegisterSchool["region"], number>>();
  for (const link of links) {
    const region = schools.get(link.urn)?.region;
    if (!region) continue;
    const counts = tally.get(link.groupUid) ?? new Map();
    counts.set(region, (counts.get(region) ?? 0) + 1);
    tally.set(link.groupUid, counts);
  }
  const regions = new Map<number, RegisterSchool["region"]>();
  for (const [uid, counts] of tally) {
    const [top] = [...counts].sort((a, b) => b[1] - a[1]);
    if (top) regions.set(uid, top[0]);
  }
  return regions;
}

/**
 * Imports the register's three downloads: reads and checks every row first (streaming, so
 * memory stays bounded by what is kept), then writes trusts, schools and memberships in one
 * transaction — a failure leaves the database as it was. Idempotent: the same files again change
 * nothing. Trusts' own profiles and schemes are never touched.
 */
export async function importRegister(
  db: Db,
  files: RegisterFiles,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now();
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const sizes = await Promise.all(
    [files.groups, files.establishments, files.links].map((f) => stat(f)),
  );
  const total = sizes.reduce((n, s) => n + s.size, 0);
  let before = 0;
  const progressIn = (file: string, offset: number) => (bytes: number) =>
    options.onProgress?.(offset + bytes, total, basename(file));

  const groups = await readFile(
    files.groups,
    requiredOf(groupColumns, optionalGroupColumns),
    readGroup,
    numberIn(groupColumns.uid),
    (g) => (g.state === "open" ? g.trust.groupUid : g.groupUid),
    progressIn(files.groups, before),
  );
  before += sizes[0]?.size ?? 0;
  const establishments = await readFile(
    files.establishments,
    requiredOf(establishmentColumns, optionalEstablishmentColumns),
    readEstablishment,
    numberIn(establishmentColumns.urn),
    (e) => e.school.urn,
    progressIn(files.establishments, before),
  );
  before += sizes[1]?.size ?? 0;
  const openSchools = new Map<number, RegisterSchool>();
  const closedSchools: ClosedSchool[] = [];
  for (const e of establishments.records) {
    if (e.state === "open") openSchools.set(e.school.urn, e.school);
    else closedSchools.push(e.school);
  }
  const openTrusts = new Map<number, RegisterTrust>();
  const closedTrusts = new Map<number, string | null>();
  for (const g of groups.records) {
    if (g.state === "open") openTrusts.set(g.trust.groupUid, g.trust);
    else closedTrusts.set(g.groupUid, g.closedOn);
  }
  // Closed rows close what Trust Atlas holds; they are not kept as trusts or schools.
  passOnClosed(
    groups.report,
    groups.records.filter((g) => g.state === "closed").map((g) => g.groupUid),
    "closed: closes the trust where Trust Atlas has it",
  );
  passOnClosed(
    establishments.report,
    closedSchools.map((s) => s.urn),
    "closed: closes the school where Trust Atlas has it",
  );
  const links = await readFile(
    files.links,
    requiredOf(linkColumns),
    (values) => {
      const outcome = readLink(values);
      if (outcome.kind !== "kept") return outcome;
      const { urn, groupUid } = outcome.record;
      if (!openSchools.has(urn))
        return {
          kind: "skipped",
          reason: "the school is not an open school kept from the establishments file",
        };
      if (!openTrusts.has(groupUid))
        return {
          kind: "skipped",
          reason: "the trust is not an open academy trust in the groups file",
        };
      return outcome;
    },
    numberIn(linkColumns.urn),
    (link) => link.urn,
    progressIn(files.links, before),
  );
  const linkOf = new Map(links.records.map((l) => [l.urn, l]));
  const regionOf = regionsOf(links.records, openSchools);

  const written = await db.transaction(async (tx) => {
    // An import never runs beside a seed or another import.
    await lockLoaders(tx);
    const trusts = await upsertTrusts(
      tx,
      [...openTrusts.values()].map((trust) => ({
        ...trust,
        region: regionOf.get(trust.groupUid) ?? null,
      })),
    );
    const trustsClosed = await closeTrusts(tx, [...closedTrusts.keys()]);
    const schools = await upsertSchools(tx, [...openSchools.values()]);
    const schoolsClosed = await closeSchools(tx, closedSchools);

    const current = await currentMemberships(tx);
    const closedOn = new Map(closedSchools.map((s) => [s.urn, s.closedOn]));
    const { schoolIds, trustIds } = await knownIds(
      tx,
      [...openSchools.keys(), ...closedOn.keys()].filter((urn) => !schools.ids.has(urn)),
      [...new Set(links.records.map((l) => l.groupUid))].filter((uid) => !trusts.ids.has(uid)),
    );
    const schoolId = (urn: number) =>
      (schools.ids.get(urn) as string | undefined) ?? schoolIds.get(urn);
    const trustId = (uid: number) =>
      (trusts.ids.get(uid) as string | undefined) ?? trustIds.get(uid);

    const leaves: { id: string; leftOn: string }[] = [];
    const joins: { schoolId: string; trustId: string; joinedOn: string }[] = [];
    let unchanged = 0;
    // Only schools this file speaks for: open ones and those it says closed.
    for (const urn of [...openSchools.keys(), ...closedOn.keys()]) {
      const now = current.get(urn);
      const wanted = linkOf.get(urn);
      if (now && wanted && now.groupUid === wanted.groupUid) {
        unchanged++;
        continue;
      }
      if (now) {
        // The day before it joined its new trust; else the day its school or trust closed.
        const leftOn = wanted
          ? addDays(wanted.joinedOn, -1)
          : (closedOn.get(urn) ?? closedTrusts.get(now.groupUid) ?? asOf);
        leaves.push({ id: now.id, leftOn });
      }
      const sid = schoolId(urn);
      const tid = wanted ? trustId(wanted.groupUid) : undefined;
      if (wanted && sid && tid)
        joins.push({ schoolId: sid, trustId: tid, joinedOn: wanted.joinedOn });
    }
    await endMemberships(tx, leaves);
    await startMemberships(tx, joins);
    return {
      trusts: { ...trusts.counts, closed: trustsClosed },
      schools: { ...schools.counts, closed: schoolsClosed },
      memberships: { joined: joins.length, left: leaves.length, unchanged },
    };
  });

  return {
    asOf,
    files: { establishments: establishments.report, groups: groups.report, links: links.report },
    ...written,
    seconds: (performance.now() - started) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}
