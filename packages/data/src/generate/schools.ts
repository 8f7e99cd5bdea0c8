import type { schools } from "@atlas/db/schema";
import type { EstablishmentType, Phase, Region, ReligiousCharacter } from "@atlas/domain";
import { toNationalGrid } from "../national-grid.ts";
import { type Provision, type SchoolNaming, schoolName } from "./names.ts";
import {
  type Area,
  areas,
  middleSchoolAreas,
  otherFaithAreas,
  pointIn,
  postcodeIn,
} from "./places.ts";
import type { Random } from "./random.ts";
import type { TrustKind, TrustPlan } from "./trusts.ts";

export type SchoolRow = typeof schools.$inferInsert & { id: string };

/** Who runs a school, which shapes its type and faith. */
export type Runner =
  | { by: "MAINTAINED" }
  | { by: "STANDALONE" }
  | { by: "TRUST"; plan: TrustPlan; diocese: string | null };

/** Share of each region's schools that are academies (the rest are maintained). */
const academyShare: Record<Region, number> = {
  NORTH_EAST: 0.6,
  NORTH_WEST: 0.5,
  YORKSHIRE_AND_THE_HUMBER: 0.6,
  EAST_MIDLANDS: 0.66,
  WEST_MIDLANDS: 0.58,
  EAST_OF_ENGLAND: 0.63,
  LONDON: 0.54,
  SOUTH_EAST: 0.6,
  SOUTH_WEST: 0.67,
};

/**
 * Splits `total` into whole parts proportional to `weights` (largest remainder), each at least
 * `min` and at most its cap.
 */
export function apportion(
  total: number,
  weights: readonly number[],
  options: { min?: number; caps?: readonly number[] } = {},
): number[] {
  const min = options.min ?? 0;
  const caps = options.caps ?? weights.map(() => Number.POSITIVE_INFINITY);
  const parts = weights.map((_, i) => Math.min(min, caps[i] ?? 0));
  let left = total - parts.reduce((s, x) => s + x, 0);
  while (left > 0) {
    const open = weights.map((w, i) => ((parts[i] ?? 0) < (caps[i] ?? 0) ? w : 0));
    const sum = open.reduce((s, x) => s + x, 0);
    if (sum === 0) break;
    const shares = open.map((w) => (w / sum) * left);
    let given = 0;
    const fractions: [number, number][] = [];
    shares.forEach((share, i) => {
      const room = (caps[i] ?? 0) - (parts[i] ?? 0);
      const whole = Math.min(room, Math.floor(share));
      parts[i] = (parts[i] ?? 0) + whole;
      given += whole;
      if (room > whole) fractions.push([share - whole, i]);
    });
    fractions.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (const [, i] of fractions.slice(0, left - given)) {
      parts[i] = (parts[i] ?? 0) + 1;
      given += 1;
    }
    if (given === 0) break;
    left -= given;
  }
  return parts;
}

/**
 * How many schools each local authority gets, and how many of them are academies, so that the
 * academies number the trusts' schools plus `standalone` and make about 60% of the whole.
 */
export function allocatePlaces(
  r: Random,
  trustSchools: number,
  standalone: number,
  academyShareOfAll: number,
): { schools: Map<string, number>; academies: Map<string, number> } {
  const academiesTotal = trustSchools + standalone;
  const total = Math.round(academiesTotal / academyShareOfAll);
  const perLa = apportion(
    total,
    areas.map((a) => a.weight),
    { min: 1 },
  );
  const academyWeights = areas.map(
    (a, i) => (perLa[i] ?? 0) * academyShare[a.region] * r.float(0.85, 1.15),
  );
  const perLaAcademies = apportion(academiesTotal, academyWeights, { caps: perLa });
  return {
    schools: new Map(areas.map((a, i) => [a.code, perLa[i] ?? 0])),
    academies: new Map(areas.map((a, i) => [a.code, perLaAcademies[i] ?? 0])),
  };
}

/** The provision of each school a trust runs, in no particular order. */
export function trustProvisions(r: Random, plan: TrustPlan): Provision[] {
  const n = plan.size;
  const list: Provision[] = [];
  const add = (p: Provision, count = 1) => {
    for (let i = 0; i < count && list.length < n; i++) list.push(p);
  };
  if (plan.demo) {
    add("SECONDARY", plan.demo.secondaries);
  } else if (plan.type === "SINGLE_ACADEMY_TRUST") {
    add(
      r.weighted<Provision>([
        ["SECONDARY", 50],
        ["PRIMARY", 38],
        ["SPECIAL", 5],
        ["SIXTEEN_PLUS", 3],
        ["ALL_THROUGH", 2],
        ["AP", 2],
      ]),
    );
  } else if (plan.flavor === "SPECIAL") {
    if (n >= 3 && r.chance(0.4)) add("AP");
    add("SPECIAL", n);
  } else if (plan.flavor === "SECONDARY") {
    if (n >= 3 && r.chance(0.3)) add("SIXTEEN_PLUS");
    if (n >= 3 && r.chance(0.2)) add("ALL_THROUGH");
    add("SECONDARY", n);
  } else if (plan.flavor === "MIXED") {
    if (plan.kind === "CATHOLIC") add("SECONDARY", Math.max(1, Math.round(n * 0.15)));
    else if (plan.kind !== "GENERAL") add("SECONDARY", 1);
    else {
      add("SECONDARY", Math.max(1, Math.round(n * r.float(0.15, 0.28))));
      if (n >= 10 && r.chance(0.35)) add("ALL_THROUGH");
      add("SPECIAL", Math.round(n * 0.04) + (n >= 10 && r.chance(0.5) ? 1 : 0));
      if (n >= 15 && r.chance(0.4)) add("AP");
      if (n >= 15 && r.chance(0.3)) add("SIXTEEN_PLUS");
    }
  }
  add("PRIMARY", n - list.length);
  return r.shuffle(list);
}

/** Provision of a standalone academy or a maintained school. */
export function unattachedProvision(r: Random, maintained: boolean): Provision {
  return maintained
    ? r.weighted<Provision>([
        ["PRIMARY", 82],
        ["SECONDARY", 6.5],
        ["NURSERY", 4.5],
        ["SPECIAL", 5],
        ["AP", 2],
      ])
    : r.weighted<Provision>([
        ["PRIMARY", 50],
        ["SECONDARY", 32],
        ["SPECIAL", 8],
        ["AP", 3],
        ["SIXTEEN_PLUS", 4],
        ["ALL_THROUGH", 3],
      ]);
}

type Faith = ReligiousCharacter;
const none = (r: Random): Faith => (r.chance(0.72) ? "DOES_NOT_APPLY" : "NONE");

const otherFaithOf = (area: Area): Faith | null => {
  const found = (Object.keys(otherFaithAreas) as (keyof typeof otherFaithAreas)[]).filter((f) =>
    (otherFaithAreas[f] as readonly string[]).includes(area.code),
  );
  return found.length > 0 ? (found[0] ?? null) : null;
};

/** A school's religious character, by who runs it and its provision. */
function faithOf(
  r: Random,
  runner: Runner,
  provision: Provision,
  area: Area,
  cofeWeight: number,
): Faith {
  if (provision === "NURSERY" || provision === "SPECIAL" || provision === "AP") {
    return "DOES_NOT_APPLY";
  }
  if (provision === "SIXTEEN_PLUS") return none(r);
  const primary = provision === "PRIMARY" || provision === "MIDDLE";
  const otherFaith = otherFaithOf(area);
  const kind: TrustKind | "MAINTAINED" | "STANDALONE" | "SAT" =
    runner.by === "TRUST"
      ? runner.plan.type === "SINGLE_ACADEMY_TRUST"
        ? "SAT"
        : runner.plan.kind
      : runner.by;
  const pickFaith = (entries: [Faith, number][]): Faith => {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    return r.weighted<Faith | "NO">([...entries, ["NO", Math.max(0, 100 - total)]]) === "NO"
      ? none(r)
      : r.weighted(entries);
  };
  switch (kind) {
    case "CATHOLIC":
      return r.chance(0.88) ? "ROMAN_CATHOLIC" : "CATHOLIC";
    case "COFE":
      return pickFaith([
        ["CHURCH_OF_ENGLAND", primary ? 86 : 80],
        ["CHURCH_OF_ENGLAND_METHODIST", primary ? 2 : 0],
      ]);
    case "JEWISH":
    case "MUSLIM":
    case "SIKH":
    case "HINDU":
      return kind;
    case "SPECIAL":
      return "DOES_NOT_APPLY";
    case "GENERAL":
      return primary
        ? pickFaith([
            ["CHURCH_OF_ENGLAND", 22 * cofeWeight],
            ["METHODIST", 1.2],
            ["CHURCH_OF_ENGLAND_METHODIST", 0.6],
            ["CHRISTIAN", 0.4],
          ])
        : pickFaith([
            ["CHURCH_OF_ENGLAND", 7 * cofeWeight],
            ["CHRISTIAN", 1.5],
          ]);
    case "SAT":
    case "STANDALONE":
      return pickFaith([
        ["CHURCH_OF_ENGLAND", (primary ? 18 : 8) * cofeWeight],
        ["ROMAN_CATHOLIC", primary ? 7 : 11],
        ...(otherFaith ? ([[otherFaith, 3]] as [Faith, number][]) : []),
      ]);
    case "MAINTAINED":
      return pickFaith([
        ["CHURCH_OF_ENGLAND", (primary ? 40 : 12) * cofeWeight],
        ["ROMAN_CATHOLIC", primary ? 10.5 : 20],
        ["CATHOLIC", primary ? 0.8 : 1.5],
        ["METHODIST", primary ? 1 : 0],
        ["CHURCH_OF_ENGLAND_METHODIST", primary ? 0.5 : 0],
        ["ROMAN_CATHOLIC_CHURCH_OF_ENGLAND", 0.2],
        ...(otherFaith ? ([[otherFaith, primary ? 4 : 6]] as [Faith, number][]) : []),
      ]);
  }
}

function dioceseOf(faith: Faith, runner: Runner, area: Area): string | null {
  const trustDiocese = runner.by === "TRUST" ? runner.diocese : null;
  switch (faith) {
    case "CHURCH_OF_ENGLAND":
    case "CHURCH_OF_ENGLAND_METHODIST":
    case "ROMAN_CATHOLIC_CHURCH_OF_ENGLAND":
      return runner.by === "TRUST" && runner.plan.kind === "COFE" && trustDiocese
        ? trustDiocese
        : area.cofeDiocese;
    case "ROMAN_CATHOLIC":
    case "CATHOLIC":
      return runner.by === "TRUST" && runner.plan.kind === "CATHOLIC" && trustDiocese
        ? trustDiocese
        : area.catholicDiocese;
    default:
      return null;
  }
}

function typeOf(
  r: Random,
  provision: Provision,
  academy: boolean,
  faith: Faith,
  variant: SchoolNaming["variant"],
): EstablishmentType {
  if (variant === "UTC") return "UNIVERSITY_TECHNICAL_COLLEGE";
  if (variant === "STUDIO") return "STUDIO_SCHOOL";
  const religious = faith !== "NONE" && faith !== "DOES_NOT_APPLY";
  if (!academy) {
    switch (provision) {
      case "NURSERY":
        return "LA_NURSERY";
      case "SPECIAL":
        return r.chance(0.85) ? "COMMUNITY_SPECIAL" : "FOUNDATION_SPECIAL";
      case "AP":
        return "PUPIL_REFERRAL_UNIT";
      default:
        if (!religious) return r.chance(0.86) ? "COMMUNITY" : "FOUNDATION";
        if (faith === "CHURCH_OF_ENGLAND" || faith === "METHODIST" || faith.includes("ENGLAND")) {
          return r.chance(0.58) ? "VOLUNTARY_CONTROLLED" : "VOLUNTARY_AIDED";
        }
        return "VOLUNTARY_AIDED";
    }
  }
  switch (provision) {
    case "SPECIAL":
      return r.weighted<EstablishmentType>([
        ["ACADEMY_SPECIAL_CONVERTER", 55],
        ["ACADEMY_SPECIAL_SPONSOR_LED", 20],
        ["FREE_SCHOOL_SPECIAL", 25],
      ]);
    case "AP":
      return r.weighted<EstablishmentType>([
        ["ACADEMY_AP_CONVERTER", 40],
        ["ACADEMY_AP_SPONSOR_LED", 30],
        ["FREE_SCHOOL_AP", 30],
      ]);
    case "SIXTEEN_PLUS":
      return r.weighted<EstablishmentType>([
        ["ACADEMY_16_19_CONVERTER", 45],
        ["FREE_SCHOOL_16_19", 40],
        ["ACADEMY_16_19_SPONSOR_LED", 15],
      ]);
    case "ALL_THROUGH":
      return r.weighted<EstablishmentType>([
        ["ACADEMY_CONVERTER", 40],
        ["ACADEMY_SPONSOR_LED", 30],
        ["FREE_SCHOOL", 30],
      ]);
    default:
      return r.weighted<EstablishmentType>([
        ["ACADEMY_CONVERTER", provision === "SECONDARY" ? 60 : 72],
        ["ACADEMY_SPONSOR_LED", provision === "SECONDARY" ? 32 : 21],
        ["FREE_SCHOOL", 7],
      ]);
  }
}

function phaseOf(r: Random, provision: Provision): Phase {
  switch (provision) {
    case "SPECIAL":
    case "AP":
      return "NOT_APPLICABLE";
    case "MIDDLE":
      return r.chance(0.5) ? "MIDDLE_DEEMED_PRIMARY" : "MIDDLE_DEEMED_SECONDARY";
    default:
      return provision;
  }
}

/** Capacity and pupils on roll: most schools are nearly full, a few over. */
function roll(
  r: Random,
  provision: Provision,
  variant: SchoolNaming["variant"],
  area: Area,
): { capacity: number; pupils: number } {
  const rural = area.km >= 18;
  let capacity: number;
  let fill = r.float(0.74, 1.03);
  switch (provision) {
    case "PRIMARY":
      capacity = r.weighted<number>([
        [60, rural ? 6 : 1],
        [90, rural ? 8 : 2],
        [105, rural ? 8 : 3],
        [140, rural ? 8 : 4],
        [210, 25],
        [315, 12],
        [420, 24],
        [480, 4],
        [630, 9],
        [840, 2],
      ]);
      if (variant === "INFANT" || variant === "JUNIOR") {
        capacity = Math.max(
          60,
          Math.round((capacity * (variant === "INFANT" ? 3 : 4)) / 7 / 30) * 30,
        );
      }
      break;
    case "MIDDLE":
      capacity = r.pick([300, 420, 480, 540, 600, 720]);
      break;
    case "SECONDARY":
      capacity = variant
        ? r.int(3, 8) * 100
        : r.weighted<number>([
            [600, 3],
            [750, 6],
            [900, 10],
            [1050, 12],
            [1200, 14],
            [1350, 10],
            [1500, 10],
            [1650, 6],
            [1800, 4],
            [2000, 2],
          ]);
      break;
    case "ALL_THROUGH":
      capacity = r.int(12, 24) * 100;
      break;
    case "SIXTEEN_PLUS":
      capacity = r.int(4, 30) * 50;
      break;
    case "NURSERY":
      capacity = r.pick([52, 65, 78, 104, 130]);
      fill = r.float(0.8, 1.25); // part-time places: more children than places is usual
      break;
    case "SPECIAL":
      capacity = r.int(5, 26) * 10;
      fill = r.float(0.8, 1.08);
      break;
    case "AP":
      capacity = r.int(2, 12) * 10;
      fill = r.float(0.45, 1);
      break;
  }
  return { capacity, pupils: Math.max(5, Math.round(capacity * fill)) };
}

function variantOf(r: Random, provision: Provision, religious: boolean): SchoolNaming["variant"] {
  if (provision === "PRIMARY" && r.chance(0.1)) return r.chance(0.5) ? "INFANT" : "JUNIOR";
  if (provision === "SECONDARY" && !religious && r.chance(0.03)) {
    return r.chance(0.5) ? "UTC" : "STUDIO";
  }
  return undefined;
}

/** Numbers that must be unique across the data set. */
export interface Registers {
  urns: Set<number>;
  ukprns: Set<string>;
}

export function uniqueUrn(r: Random, registers: Registers, academy: boolean): number {
  for (;;) {
    const urn = academy ? r.int(136_000, 151_999) : r.int(100_000, 135_999);
    if (!registers.urns.has(urn)) {
      registers.urns.add(urn);
      return urn;
    }
  }
}

export function uniqueUkprn(r: Random, registers: Registers): string {
  for (;;) {
    const ukprn = String(r.int(10_000_000, 10_099_999));
    if (!registers.ukprns.has(ukprn)) {
      registers.ukprns.add(ukprn);
      return ukprn;
    }
  }
}

export interface SchoolSpec {
  area: Area;
  provision: Provision;
  runner: Runner;
  /** Fixed in advance, for the demo school. */
  name?: string;
  faith?: Faith;
  establishmentType?: EstablishmentType;
  /** Scales the chance of a Church of England school outside church trusts (see `Scale`). */
  cofeWeight?: number;
}

/** One school row from what it is and where; `names` holds the names taken in each LA. */
export function buildSchool(
  r: Random,
  spec: SchoolSpec,
  registers: Registers,
  names: Map<string, Set<string>>,
): SchoolRow {
  const { area, runner } = spec;
  const academy = runner.by !== "MAINTAINED";
  const provision: Provision =
    spec.provision === "PRIMARY" && middleSchoolAreas.has(area.code) && r.chance(0.15)
      ? "MIDDLE"
      : spec.provision;
  const faith = spec.faith ?? faithOf(r, runner, provision, area, spec.cofeWeight ?? 1);
  const religious = faith !== "NONE" && faith !== "DOES_NOT_APPLY";
  const variant = spec.name ? undefined : variantOf(r, provision, religious);
  const establishmentType = spec.establishmentType ?? typeOf(r, provision, academy, faith, variant);
  const taken = names.get(area.code) ?? new Set<string>();
  names.set(area.code, taken);
  const name =
    spec.name ??
    schoolName(
      r,
      {
        provision,
        religiousCharacter: faith,
        academy,
        freeSchool: establishmentType.startsWith("FREE_SCHOOL"),
        variant,
        towns: area.towns,
      },
      taken,
    );
  if (spec.name) taken.add(spec.name);
  const { latitude, longitude } = pointIn(area, r);
  const { easting, northing } = toNationalGrid(latitude, longitude);
  const { capacity, pupils } = roll(r, provision, variant, area);
  return {
    id: r.uuid(),
    urn: uniqueUrn(r, registers, academy),
    ukprn: uniqueUkprn(r, registers),
    name,
    laCode: Number(area.code),
    laName: area.name,
    region: area.region,
    phase: phaseOf(r, provision),
    establishmentType,
    religiousCharacter: faith,
    diocese: dioceseOf(faith, runner, area),
    pupils,
    capacity,
    postcode: postcodeIn(area, r),
    easting,
    northing,
    latitude,
    longitude,
    status: !academy && !spec.name && r.chance(0.01) ? "OPEN_PROPOSED_TO_CLOSE" : "OPEN",
  };
}
