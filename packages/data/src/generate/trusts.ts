import type { GroupStatus, Region } from "@atlas/domain";
import { type Area, areaOf, areas, areasByDistanceFrom, otherFaithAreas } from "./places.ts";
import type { Random } from "./random.ts";
import type { Scale } from "./scales.ts";

/** What a trust is about: its faith (or special schools), which decides the schools it runs. */
export type TrustKind =
  | "GENERAL"
  | "SPECIAL"
  | "COFE"
  | "CATHOLIC"
  | "JEWISH"
  | "MUSLIM"
  | "SIKH"
  | "HINDU";

/** The mix of phases a multi-academy trust runs. */
export type Flavor = "PRIMARY" | "MIXED" | "SECONDARY" | "SPECIAL";

export type DemoRole = "trust-admin" | "other-trust-admin";

export interface TrustPlan {
  index: number;
  type: "MULTI_ACADEMY_TRUST" | "SINGLE_ACADEMY_TRUST";
  kind: TrustKind;
  flavor: Flavor;
  /** Schools it runs now (0 for a closed trust). */
  size: number;
  status: GroupStatus;
  /** The trust a demo account administers, with the name and place chosen for it. */
  demo?: { role: DemoRole; name: string; hub: string; secondaries: number };
  /** Local authorities its schools are in, one entry per school (set by `placeTrusts`). */
  laCodes: string[];
  /** Where it started: its diocese and its name come from here. */
  home: Area | null;
}

/**
 * The trust the `trust-admin` demo account runs: first in the generated order, a mixed MAT of
 * nine schools around Leeds.
 */
export const demoTrust = {
  role: "trust-admin",
  name: "Northern Lights Learning Trust",
  hub: "383",
  size: 9,
  secondaries: 2,
} as const;

/** The trust of the `other-trust-admin` demo account: a primary MAT around Salford. */
export const otherDemoTrust = {
  role: "other-trust-admin",
  name: "Irwell Valley Learning Trust",
  hub: "355",
  size: 6,
  secondaries: 0,
} as const;

// Nearly three quarters of MATs run 2–9 schools; smaller is commoner.
const smallSizes: readonly (readonly [number, number])[] = [
  [2, 14],
  [3, 17],
  [4, 16],
  [5, 14],
  [6, 12],
  [7, 10],
  [8, 9],
  [9, 8],
];

/**
 * The trusts to generate, before they have places: the two demo trusts first, then the rest in
 * a shuffled order, the closed ones last.
 */
export function planTrusts(r: Random, counts: Scale["trusts"]): TrustPlan[] {
  const plans: Omit<TrustPlan, "index">[] = [];
  const mat = (size: number, kind: TrustKind, flavor: Flavor): Omit<TrustPlan, "index"> => ({
    type: "MULTI_ACADEMY_TRUST",
    kind,
    flavor,
    size,
    status: "OPEN",
    laCodes: [],
    home: null,
  });

  for (let i = 0; i < counts.veryLarge; i++) {
    // Most just past 30, a few near the largest: the register's long tail.
    const size =
      counts.veryLargeMax <= 62
        ? r.int(32, counts.veryLargeMax)
        : 32 + Math.floor((counts.veryLargeMax - 32) * r.next() ** 2.5);
    plans.push(mat(size, "GENERAL", "MIXED"));
  }
  for (let i = 0; i < counts.large; i++) {
    plans.push(mat(10 + Math.floor(20 * r.next() ** 2), "GENERAL", "MIXED"));
  }
  for (let i = 0; i < counts.small; i++) {
    const flavor = r.weighted<Flavor>([
      ["PRIMARY", 52],
      ["MIXED", 38],
      ["SECONDARY", 10],
    ]);
    plans.push(mat(r.weighted(smallSizes), "GENERAL", flavor));
  }
  // Faith and special trusts are drawn from the plain ones, so the sizes keep their shape.
  const candidates = r.shuffle(plans.filter((p) => p.size <= 30));
  let taken = 0;
  const convert = (n: number, apply: (p: Omit<TrustPlan, "index">) => boolean) => {
    let done = 0;
    while (done < n && taken < candidates.length) {
      const p = candidates[taken++];
      if (p && apply(p)) done++;
    }
  };
  convert(counts.catholic, (p) => {
    p.kind = "CATHOLIC";
    p.flavor = p.size >= 4 ? "MIXED" : "PRIMARY";
    return true;
  });
  convert(counts.cofe, (p) => {
    p.kind = "COFE";
    p.flavor = p.size >= 8 && r.chance(0.5) ? "MIXED" : "PRIMARY";
    return true;
  });
  convert(counts.special, (p) => {
    if (p.size > 9) return false;
    p.kind = "SPECIAL";
    p.flavor = "SPECIAL";
    return true;
  });
  const faiths: readonly [TrustKind, number][] = [
    ["JEWISH", 3],
    ["MUSLIM", 2],
    ["SIKH", 3],
    ["HINDU", 2],
  ];
  for (const [kind, size] of faiths) {
    convert(1, (p) => {
      if (p.size > 9) return false;
      p.kind = kind;
      p.size = size;
      p.flavor = size >= 3 ? "MIXED" : "PRIMARY";
      return true;
    });
  }
  // A few trusts are winding down, having agreed to merge.
  const closing = r.shuffle(plans.filter((p) => p.kind === "GENERAL" && p.size <= 4)).slice(0, 3);
  for (const p of closing) p.status = "PROPOSED_TO_CLOSE";

  for (let i = 0; i < counts.singleAcademy; i++) {
    plans.push({
      type: "SINGLE_ACADEMY_TRUST",
      kind: "GENERAL",
      flavor: "MIXED",
      size: 1,
      status: "OPEN",
      laCodes: [],
      home: null,
    });
  }

  const demoPlans = [demoTrust, otherDemoTrust].map(
    (d): Omit<TrustPlan, "index"> => ({
      ...mat(d.size, "GENERAL", d.secondaries > 0 ? "MIXED" : "PRIMARY"),
      demo: { role: d.role, name: d.name, hub: d.hub, secondaries: d.secondaries },
    }),
  );
  const closed = Array.from({ length: counts.closed }, () => ({
    ...mat(0, "GENERAL", "MIXED"),
    status: "CLOSED" as const,
  }));
  return [...demoPlans, ...r.shuffle(plans), ...closed].map((p, index) => ({ ...p, index }));
}

/** Free academy places left in each local authority, by code. */
export type Capacity = Map<string, number>;

function sameDiocese(plan: TrustPlan, home: Area): (a: Area) => boolean {
  if (plan.kind === "CATHOLIC") return (a) => a.catholicDiocese === home.catholicDiocese;
  if (plan.kind === "COFE") return (a) => a.cofeDiocese === home.cofeDiocese;
  return () => true;
}

/**
 * Takes `n` academy places for a trust around `hub`: most from the hub's own local authority,
 * the rest from the nearest ones (of the same diocese for a church trust, when they have room).
 */
function takeAround(
  r: Random,
  capacity: Capacity,
  hub: Area,
  n: number,
  fits: (a: Area) => boolean,
): string[] {
  const codes: string[] = [];
  const fromHub = Math.min(
    capacity.get(hub.code) ?? 0,
    Math.max(1, Math.round(n * r.float(0.55, 1))),
  );
  for (let i = 0; i < fromHub; i++) codes.push(hub.code);
  capacity.set(hub.code, (capacity.get(hub.code) ?? 0) - fromHub);
  const near = areasByDistanceFrom(hub.code);
  for (const pass of [fits, () => true]) {
    for (const area of near) {
      if (codes.length >= n) return codes;
      if (area.code === hub.code || !pass(area)) continue;
      const free = capacity.get(area.code) ?? 0;
      // Take a handful at a time, so a trust spreads over two or three neighbours at most.
      const take = Math.min(
        free,
        n - codes.length,
        Math.max(1, Math.ceil((n - codes.length) * 0.7)),
      );
      for (let i = 0; i < take; i++) codes.push(area.code);
      capacity.set(area.code, free - take);
    }
  }
  if (codes.length < n) throw new Error("not enough academy places for the trusts planned");
  return codes;
}

function pickHub(r: Random, capacity: Capacity, eligible: readonly Area[], need: number): Area {
  const roomy = eligible.filter((a) => (capacity.get(a.code) ?? 0) >= Math.min(need, 3));
  const pool = roomy.length > 0 ? roomy : eligible;
  return r.weighted(pool.map((a) => [a, Math.max(0.01, capacity.get(a.code) ?? 0)] as const));
}

/**
 * Gives each trust its schools' local authorities, largest trusts first so they find room:
 * trusts of more than 30 schools around two or three hubs in different regions, the others
 * around one hub.
 */
export function placeTrusts(r: Random, plans: TrustPlan[], capacity: Capacity): void {
  const order = [...plans].sort(
    (a, b) =>
      Number(Boolean(b.demo)) - Number(Boolean(a.demo)) || b.size - a.size || a.index - b.index,
  );
  for (const plan of order) {
    if (plan.size === 0) continue;
    if (plan.demo) {
      const hub = areaOf(plan.demo.hub);
      plan.home = hub;
      plan.laCodes = takeAround(r, capacity, hub, plan.size, (a) => a.region === hub.region);
      continue;
    }
    if (plan.size > 30) {
      const parts = plan.size > 45 ? 3 : 2;
      const regionsUsed = new Set<Region>();
      let left = plan.size;
      for (let p = 0; p < parts; p++) {
        const eligible = areas.filter((a) => !regionsUsed.has(a.region) && a.weight >= 60);
        const hub = pickHub(r, capacity, eligible, 10);
        regionsUsed.add(hub.region);
        if (p === 0) plan.home = hub;
        const n = p === parts - 1 ? left : Math.round(left * (p === 0 ? 0.5 : 0.55));
        plan.laCodes.push(...takeAround(r, capacity, hub, n, (a) => a.region === hub.region));
        left -= n;
      }
      continue;
    }
    const faithAreas =
      plan.kind === "JEWISH" ||
      plan.kind === "MUSLIM" ||
      plan.kind === "SIKH" ||
      plan.kind === "HINDU"
        ? otherFaithAreas[plan.kind].map(areaOf)
        : areas;
    const hub = pickHub(r, capacity, faithAreas, plan.size);
    plan.home = hub;
    plan.laCodes = takeAround(r, capacity, hub, plan.size, sameDiocese(plan, hub));
  }
}
