import type { Measured } from "./latency.ts";

interface Row {
  name: string;
  api: Measured;
  floor?: Measured | undefined;
  statements: number;
}

export interface Budget {
  what: string;
  measured: string;
  met: boolean;
}

/** The budgets the issue set for the reads, each judged from this run's figures alone. */
export const limits = {
  searchShareOfCeiling: 0.4,
  p95OverFloor: 2,
  p99Ms: 50,
  statementsPerRead: 2,
  rssMb: 300,
} as const;

export function budgetsOf(rows: readonly Row[], peakRssMb: number): Budget[] {
  const ceiling = rows[0]?.api.requestsPerSecond ?? Number.NaN;
  const reads = rows.slice(1);
  const budgets: Budget[] = [];
  for (const row of reads.filter((r) => r.name.startsWith("S1"))) {
    const share = row.api.requestsPerSecond / ceiling;
    budgets.push({
      what: `${row.name}: throughput ≥ ${limits.searchShareOfCeiling * 100}% of S0`,
      measured: `${(share * 100).toFixed(0)}%`,
      met: share >= limits.searchShareOfCeiling,
    });
  }
  for (const row of reads) {
    if (!row.floor) continue;
    const ratio = row.api.p95 / row.floor.p95;
    budgets.push({
      what: `${row.name}: p95 ≤ ${limits.p95OverFloor}× the floor's`,
      measured: `${ratio.toFixed(2)}×`,
      met: ratio <= limits.p95OverFloor,
    });
  }
  for (const row of rows) {
    budgets.push({
      what: `${row.name}: p99 < ${limits.p99Ms} ms`,
      measured: `${row.api.p99.toFixed(1)} ms`,
      met: row.api.p99 < limits.p99Ms,
    });
  }
  for (const row of reads) {
    budgets.push({
      what: `${row.name}: ≤ ${limits.statementsPerRead} SQL statements`,
      measured: String(row.statements),
      met: row.statements <= limits.statementsPerRead,
    });
  }
  budgets.push({
    what: `API peak RSS < ${limits.rssMb} MB`,
    measured: `${peakRssMb.toFixed(0)} MB`,
    met: peakRssMb < limits.rssMb,
  });
  for (const row of rows) {
    budgets.push({
      what: `${row.name}: no errors`,
      measured: String(row.api.errors),
      met: row.api.errors === 0,
    });
  }
  return budgets;
}

export function printBudgets(budgets: readonly Budget[], say: (line: string) => void): void {
  const met = budgets.filter((b) => b.met).length;
  say(`Budgets: ${met} of ${budgets.length} met`);
  for (const b of budgets) say(`  ${b.met ? "met    " : "NOT MET"}  ${b.what} (${b.measured})`);
}
