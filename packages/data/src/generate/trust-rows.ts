import type { trusts } from "@atlas/db/schema";
import type { Region } from "@atlas/domain";
import { dateBetween, type IsoDate } from "./dates.ts";
import { singleAcademyTrustName, type TrustNaming, trustName } from "./names.ts";
import { type Area, areaOf, postcodeIn } from "./places.ts";
import type { Random } from "./random.ts";
import { type Registers, type SchoolRow, uniqueUkprn } from "./schools.ts";
import type { TrustPlan } from "./trusts.ts";

export type TrustRow = typeof trusts.$inferInsert & { id: string };

// Companies House numbers run in sequence: roughly the first and last number of each year.
const companyNumbersByYear: Record<number, readonly [number, number]> = {
  2011: [7_480_000, 7_890_000],
  2012: [7_890_000, 8_350_000],
  2013: [8_350_000, 8_820_000],
  2014: [8_820_000, 9_360_000],
  2015: [9_360_000, 9_930_000],
  2016: [9_930_000, 10_540_000],
  2017: [10_540_000, 11_140_000],
  2018: [11_140_000, 11_740_000],
  2019: [11_740_000, 12_380_000],
  2020: [12_380_000, 13_110_000],
  2021: [13_110_000, 13_830_000],
  2022: [13_830_000, 14_560_000],
  2023: [14_560_000, 15_330_000],
  2024: [15_330_000, 16_150_000],
};

/** When a trust was incorporated: single-academy trusts mostly in the first conversion wave. */
export function openedOn(r: Random, plan: TrustPlan): IsoDate {
  let year: number;
  if (plan.status === "CLOSED") year = r.int(2011, 2016);
  else if (plan.type === "SINGLE_ACADEMY_TRUST") {
    year = r.weighted<number>([
      [2011, 30],
      [2012, 25],
      [2013, 12],
      [2014, 6],
      [2015, 5],
      [2016, 5],
      [2017, 4],
      [2018, 4],
      [2019, 3],
      [2020, 2],
      [2021, 2],
      [2022, 1],
      [2023, 1],
      [2024, 1],
    ]);
  } else {
    const years: [number, number][] = [
      [2011, 3],
      [2012, 8],
      [2013, 9],
      [2014, 10],
      [2015, 10],
      [2016, 11],
      [2017, 11],
      [2018, 9],
      [2019, 7],
      [2020, 5],
      [2021, 5],
      [2022, 4],
      [2023, 4],
      [2024, 3],
    ];
    // Big trusts have had time to grow.
    const limit = plan.size > 10 ? 2017 : plan.size > 5 ? 2021 : 2024;
    year = r.weighted(years.filter(([y]) => y <= limit));
  }
  return dateBetween(r, `${year}-01-01`, `${year}-12-31`);
}

function companyNumber(r: Random, year: number, used: Set<string>): string {
  const [from, to] = companyNumbersByYear[year] ?? [7_480_000, 16_150_000];
  for (;;) {
    const n = String(r.int(from, to)).padStart(8, "0");
    if (!used.has(n)) {
      used.add(n);
      return n;
    }
  }
}

/** The region most of the trust's schools are in (the home's region breaks a tie). */
function regionOfSchools(schools: readonly SchoolRow[], home: Area | null): Region | null {
  const counts = new Map<Region, number>();
  for (const s of schools) counts.set(s.region, (counts.get(s.region) ?? 0) + 1);
  let best: Region | null = home?.region ?? null;
  let bestCount = best ? (counts.get(best) ?? 0) : 0;
  for (const [region, n] of counts) {
    if (n > bestCount) {
      best = region;
      bestCount = n;
    }
  }
  return best;
}

export interface TrustInput {
  plan: TrustPlan;
  schools: readonly SchoolRow[];
  openedOn: IsoDate;
  /** Set for a church trust: its diocese. */
  diocese: string | null;
}

/**
 * The trusts' rows. Group UIDs and Group IDs rise with the opening date, as the register's do;
 * names are unique and never repeat a demo trust's.
 */
export function buildTrustRows(
  r: Random,
  inputs: readonly TrustInput[],
  registers: Registers,
  reservedNames: readonly string[],
): TrustRow[] {
  const names = new Set(reservedNames);
  const companyNumbers = new Set<string>();
  const chronological = [...inputs].sort(
    (a, b) => a.openedOn.localeCompare(b.openedOn) || a.plan.index - b.plan.index,
  );
  const uidOf = new Map<number, { uid: number; groupId: string }>();
  let uid = 2000;
  let groupNumber = 0;
  for (const input of chronological) {
    uid += r.int(5, 45);
    groupNumber += r.int(1, 12);
    uidOf.set(input.plan.index, { uid, groupId: `TR${String(groupNumber).padStart(5, "0")}` });
  }

  return inputs.map(({ plan, schools, openedOn, diocese }) => {
    const home = plan.home ?? areaOf("383");
    const region = regionOfSchools(schools, plan.home);
    const naming: TrustNaming =
      plan.kind === "CATHOLIC"
        ? { kind: "CATHOLIC", diocese: diocese ?? home.catholicDiocese }
        : plan.kind === "COFE"
          ? { kind: "COFE", diocese: diocese ?? home.cofeDiocese, region: home.region }
          : plan.kind === "SPECIAL"
            ? { kind: "SPECIAL", region: home.region }
            : plan.kind === "GENERAL"
              ? { kind: "GENERAL", region: home.region, towns: home.towns }
              : { kind: plan.kind };
    const first = schools[0];
    const name = plan.demo
      ? plan.demo.name
      : plan.type === "SINGLE_ACADEMY_TRUST" && first
        ? singleAcademyTrustName(r, first.name, names)
        : trustName(r, naming, names);
    const ids = uidOf.get(plan.index);
    if (!ids) throw new Error("trust without a group UID");
    return {
      id: r.uuid(),
      groupUid: ids.uid,
      groupId: ids.groupId,
      companiesHouseNumber: companyNumber(r, Number(openedOn.slice(0, 4)), companyNumbers),
      ukprn: uniqueUkprn(r, registers),
      name,
      type: plan.type,
      status: plan.status,
      openedOn,
      headOfficePostcode: postcodeIn(home, r),
      region,
    };
  });
}
