import type { registerWrites } from "@atlas/db";

type UpsertCounts = registerWrites.UpsertCounts;

/** What one file held, row by row. */
export interface FileReport {
  file: string;
  encoding: "utf8" | "win1252";
  read: number;
  kept: number;
  /** Rows left out on purpose, by reason, with the URNs or Group UIDs they carried. */
  skipped: Record<string, { count: number; ids: number[] }>;
  /** Rows that could not be used, with their spreadsheet row number (the header is row 1). */
  invalid: { row: number; problems: string[] }[];
}

export interface ImportReport {
  /** The day the import took as today: memberships that ended without a date end on it. */
  asOf: string;
  files: { establishments: FileReport; groups: FileReport; links: FileReport };
  trusts: UpsertCounts & { closed: number };
  schools: UpsertCounts & { closed: number };
  memberships: { joined: number; left: number; unchanged: number };
  seconds: number;
  peakRssMb: number;
}

export function newFileReport(file: string, encoding: FileReport["encoding"]): FileReport {
  return { file, encoding, read: 0, kept: 0, skipped: {}, invalid: [] };
}

export function skip(report: FileReport, reason: string, id: number | undefined): void {
  const entry = report.skipped[reason] ?? { count: 0, ids: [] };
  entry.count++;
  if (id !== undefined) entry.ids.push(id);
  report.skipped[reason] = entry;
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** A few lines a person reads at the end of a run. */
export function summarise(report: ImportReport): string[] {
  const lines: string[] = [];
  for (const file of Object.values(report.files)) {
    const skipped = Object.values(file.skipped).reduce((n, s) => n + s.count, 0);
    lines.push(
      `${file.file} (${file.encoding === "utf8" ? "UTF-8" : "Windows-1252"}): ${plural(file.read, "row")} read, ${file.kept.toLocaleString("en-GB")} kept, ${skipped.toLocaleString("en-GB")} skipped, ${file.invalid.length.toLocaleString("en-GB")} invalid`,
    );
    for (const [reason, s] of Object.entries(file.skipped).sort((a, b) => b[1].count - a[1].count))
      lines.push(`    skipped ${s.count.toLocaleString("en-GB")}: ${reason}`);
    for (const bad of file.invalid.slice(0, 10))
      lines.push(`    invalid row ${bad.row}: ${bad.problems.join("; ")}`);
    if (file.invalid.length > 10)
      lines.push(`    … and ${file.invalid.length - 10} more invalid rows (see the report)`);
  }
  const counts = (c: UpsertCounts & { closed: number }) =>
    `${c.inserted.toLocaleString("en-GB")} new, ${c.updated.toLocaleString("en-GB")} updated, ${c.unchanged.toLocaleString("en-GB")} unchanged, ${c.closed.toLocaleString("en-GB")} closed`;
  lines.push(`Trusts: ${counts(report.trusts)}`);
  lines.push(`Schools: ${counts(report.schools)}`);
  const m = report.memberships;
  lines.push(
    `Memberships: ${plural(m.joined, "join")}, ${plural(m.left, "leave")}, ${m.unchanged.toLocaleString("en-GB")} unchanged`,
  );
  lines.push(`${report.seconds.toFixed(1)} s, peak memory ${report.peakRssMb.toFixed(0)} MB`);
  return lines;
}
