import {
  type CentralService,
  type ChurchGovernanceLevel,
  centralServices,
  type EstablishmentType,
  type GovernanceModel,
  type GrowthStage,
  type Phase,
  type QualityPillar,
  qualityPillars,
  type Region,
  type ReligiousCharacter,
  type TrustProfileInput,
  type TrustValue,
  trustValues,
} from "@atlas/domain";
import { areaOf, areasByDistanceFrom } from "./places.ts";
import {
  budgetDelegationLines,
  cap,
  capitalLines,
  contactRoles,
  ethosLines,
  firstNames,
  improvementLines,
  joinAnd,
  qualityLines,
  reservesLines,
  surnames,
  type Voice,
  valueLines,
  variesByLines,
  visionLines,
} from "./profile-text.ts";
import type { Random } from "./random.ts";
import type { SchoolRow } from "./schools.ts";
import type { TrustRow } from "./trust-rows.ts";
import type { TrustPlan } from "./trusts.ts";

/** What a trust's documents are written from: its own facts, so they agree with the register. */
export interface TrustFacts {
  name: string;
  /** The trust's name as a web address label: "northern-lights-learning-trust". */
  slug: string;
  single: boolean;
  /** Winding down: not looking for schools. */
  closing: boolean;
  size: number;
  special: boolean;
  /** Where its schools are, most schools first. */
  regions: Region[];
  laCodes: string[];
  laNames: string[];
  phases: Phase[];
  churchLevel: ChurchGovernanceLevel;
  /** The dioceses of its church schools, most schools first (only for a church trust). */
  dioceses: string[];
  faithDesignation: string | null;
  /** The model of its local governance; its scheme of delegation starts from it. */
  model: GovernanceModel;
  voice: Voice;
}

const cofe: ReadonlySet<ReligiousCharacter> = new Set<ReligiousCharacter>([
  "CHURCH_OF_ENGLAND",
  "CHURCH_OF_ENGLAND_METHODIST",
  "ROMAN_CATHOLIC_CHURCH_OF_ENGLAND",
  "METHODIST",
]);
const catholic: ReadonlySet<ReligiousCharacter> = new Set<ReligiousCharacter>([
  "ROMAN_CATHOLIC",
  "CATHOLIC",
]);

/** Keys by how often they occur, most first (ties in first-seen order). */
function byCount<K>(items: readonly K[]): K[] {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k]) => k);
}

const regionWords: Record<Region, string> = {
  NORTH_EAST: "the North East",
  NORTH_WEST: "the North West",
  YORKSHIRE_AND_THE_HUMBER: "Yorkshire and the Humber",
  EAST_MIDLANDS: "the East Midlands",
  WEST_MIDLANDS: "the West Midlands",
  EAST_OF_ENGLAND: "the East of England",
  LONDON: "London",
  SOUTH_EAST: "the South East",
  SOUTH_WEST: "the South West",
};

const numberWords = [
  "no",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

/** 4210 → "4,210", without depending on the machine's locale data. */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/**
 * A trust's name as the first label of its web address: lower case, words joined by hyphens,
 * long names shortened the way trusts shorten them, and never beyond DNS's 63 characters.
 */
export function slugOf(name: string): string {
  let slug = name
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length > 40) {
    slug = slug
      .replace(/church-of-england/g, "ce")
      .replace(/multi-academy-trust/g, "mat")
      .replace(/multi-academy-company/g, "mac");
  }
  return slug.slice(0, 63).replace(/-+$/, "");
}

function governanceModel(r: Random, size: number): GovernanceModel {
  // Larger trusts more often keep decisions with the executive, or govern schools in clusters.
  if (size >= 30) {
    return r.weighted<GovernanceModel>([
      ["ADVISORY_COUNCILS", 45],
      ["CLUSTER_COMMITTEES", 35],
      ["LOCAL_GOVERNING_BODIES", 10],
      ["EARNED_AUTONOMY", 10],
    ]);
  }
  if (size >= 10) {
    return r.weighted<GovernanceModel>([
      ["ADVISORY_COUNCILS", 30],
      ["CLUSTER_COMMITTEES", 25],
      ["LOCAL_GOVERNING_BODIES", 30],
      ["EARNED_AUTONOMY", 15],
    ]);
  }
  return r.weighted<GovernanceModel>([
    ["LOCAL_GOVERNING_BODIES", 65],
    ["EARNED_AUTONOMY", 20],
    ["CLUSTER_COMMITTEES", size >= 4 ? 10 : 0],
    ["ADVISORY_COUNCILS", 5],
  ]);
}

/** The facts of one open trust, from its row, its plan and the schools it runs now. */
export function factsOf(
  r: Random,
  trust: TrustRow,
  plan: TrustPlan,
  schools: readonly SchoolRow[],
): TrustFacts {
  const size = schools.length;
  const single = trust.type === "SINGLE_ACADEMY_TRUST";
  const laCodes = byCount(schools.map((s) => String(s.laCode)));
  const laNames = laCodes.map((code) => areaOf(code).name);
  const regions = byCount(schools.map((s) => s.region));
  const phases = byCount(schools.map((s) => s.phase ?? "NOT_APPLICABLE"));
  const faiths = schools.map((s) => s.religiousCharacter ?? "DOES_NOT_APPLY");
  const church = schools.filter((_, i) => {
    const faith = faiths[i] ?? "DOES_NOT_APPLY";
    return cofe.has(faith) || catholic.has(faith);
  });
  const catholicCount = faiths.filter((f) => catholic.has(f)).length;
  const cofeCount = faiths.filter((f) => cofe.has(f)).length;
  const churchShare = size === 0 ? 0 : church.length / size;
  // A church-majority trust when most of its schools are church schools; some mixed trusts give
  // the diocese seats on the board too; the rest have no church governance.
  const churchLevel: ChurchGovernanceLevel =
    churchShare >= 0.5
      ? "MAJORITY"
      : churchShare > 0 && r.chance(0.2 + churchShare)
        ? "MINORITY"
        : "NONE";
  const dioceses =
    churchLevel === "NONE"
      ? []
      : byCount(church.flatMap((s) => (s.diocese ? [s.diocese] : []))).slice(0, 20);
  const otherFaith =
    plan.kind === "JEWISH" ||
    plan.kind === "MUSLIM" ||
    plan.kind === "SIKH" ||
    plan.kind === "HINDU"
      ? plan.kind
      : null;
  const churchFaith =
    churchLevel === "MAJORITY" ? (catholicCount > cofeCount ? "CATHOLIC" : "COFE") : null;
  const faithDesignation = otherFaith
    ? { JEWISH: "Jewish", MUSLIM: "Muslim", SIKH: "Sikh", HINDU: "Hindu" }[otherFaith]
    : churchFaith === "CATHOLIC"
      ? "Roman Catholic"
      : churchFaith === "COFE"
        ? "Church of England"
        : null;

  const special = plan.kind === "SPECIAL";
  const home = areaOf(laCodes[0] ?? "383");
  const allPrimary = phases.every((p) => p === "PRIMARY" || p === "MIDDLE_DEEMED_PRIMARY");
  const allSecondary = phases.every((p) => p === "SECONDARY" || p === "SIXTEEN_PLUS");
  const voice: Voice = {
    single,
    schoolName: schools[0]?.name ?? trust.name,
    schools: single
      ? "our school"
      : `our ${size < numberWords.length ? numberWords[size] : thousands(size)} schools`,
    ourSchools: single ? "our school" : "our schools",
    where:
      laNames.length <= 3
        ? joinAnd(laNames)
        : joinAnd(regions.slice(0, 3).map((region) => regionWords[region])),
    town: r.pick(home.towns.slice(0, 3)),
    phaseSchools: special
      ? "special schools"
      : allPrimary
        ? "primary schools"
        : allSecondary
          ? "secondary schools"
          : "schools",
    pupils: thousands(schools.reduce((sum, s) => sum + (s.pupils ?? 0), 0)),
    faith: otherFaith ?? churchFaith,
    special,
  };
  return {
    name: trust.name,
    slug: slugOf(trust.name),
    single,
    closing: trust.status === "PROPOSED_TO_CLOSE",
    size,
    special,
    regions,
    laCodes,
    laNames,
    phases,
    churchLevel,
    dioceses,
    faithDesignation,
    model: governanceModel(r, size),
    voice,
  };
}

/** `count` different items, each drawn with probability proportional to its weight. */
function sample<T>(r: Random, entries: readonly (readonly [T, number])[], count: number): T[] {
  // Efraimidis–Spirakis: the largest keys u^(1/w) are a weighted sample without replacement.
  return entries
    .filter(([, w]) => w > 0)
    .map(([item, w]) => ({ item, key: r.next() ** (1 / w) }))
    .sort((a, b) => b.key - a.key)
    .slice(0, count)
    .map(({ item }) => item);
}

/** A whole number in [min, max] other than `not`. */
function otherInt(r: Random, min: number, max: number, not: number | undefined): number {
  const options: number[] = [];
  for (let n = min; n <= max; n++) if (n !== not) options.push(n);
  return r.pick(options);
}

/** One of the lines, other than the one that gave `current`. */
function otherLine<T>(r: Random, lines: readonly T[], current: T | undefined): T {
  const rest = lines.filter((l) => l !== current);
  return r.pick(rest.length > 0 ? rest : lines);
}

const inVocabularyOrder = <K extends string>(keys: readonly K[], order: readonly K[]) =>
  [...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b));

function valueWeights(f: TrustFacts): [TrustValue, number][] {
  const weights = new Map<TrustValue, number>(trustValues.keys.map((k) => [k, 1]));
  const lift = (k: TrustValue, w: number) => weights.set(k, (weights.get(k) ?? 1) * w);
  for (const k of ["INCLUSION", "AMBITION", "COLLABORATION", "RESPECT", "COMMUNITY"] as const) {
    lift(k, 3);
  }
  // A faith trust always states its faith first (see valuesFor); no one else draws it.
  weights.set("FAITH_AND_WORSHIP", 0);
  if (f.voice.faith === "COFE" || f.voice.faith === "CATHOLIC") {
    lift("SERVICE", 3);
    lift("KINDNESS", 2);
  }
  if (f.special) {
    lift("INCLUSION", 3);
    lift("WELLBEING", 4);
    lift("PARTNERSHIP_WITH_FAMILIES", 3);
    lift("ACADEMIC_EXCELLENCE", 0.2);
  }
  if (f.single) {
    lift("LOCAL_IDENTITY", 3);
    lift("COLLABORATION", 0.3);
    lift("SCHOOL_AUTONOMY", 0.1);
  }
  if (f.size >= 10) {
    lift("STAFF_DEVELOPMENT", 3);
    lift("COLLABORATION", 2);
  }
  if (f.model === "EARNED_AUTONOMY" || f.model === "LOCAL_GOVERNING_BODIES") {
    lift("SCHOOL_AUTONOMY", 2);
  }
  return [...weights];
}

function valuesFor(r: Random, f: TrustFacts): NonNullable<TrustProfileInput["values"]> {
  const count = r.int(3, 6);
  const keys: TrustValue[] = f.voice.faith ? ["FAITH_AND_WORSHIP"] : [];
  keys.push(...sample(r, valueWeights(f), count - keys.length));
  return keys.map((value) => ({ value, statement: r.pick(valueLines(f.voice)[value])(f.voice) }));
}

function ethosFor(r: Random, f: TrustFacts): string {
  const { own, general } = ethosLines(f.voice);
  const mine = own.length > 0 ? r.shuffle(own).slice(0, r.int(1, own.length)) : [];
  const rest = r.shuffle(general).slice(0, mine.length >= 2 ? 1 : r.int(1, 2));
  return [...mine, ...rest].map((line) => line(f.voice)).join(" ");
}

function qualityFor(
  r: Random,
  f: TrustFacts,
  pillars: readonly QualityPillar[],
): Partial<Record<QualityPillar, string>> {
  const lines = qualityLines(f.voice);
  return Object.fromEntries(pillars.map((p) => [p, r.pick(lines[p])(f.voice)]));
}

function improvementFor(r: Random, f: TrustFacts): string {
  const { opening, rest } = improvementLines(f.voice);
  const lines = [r.pick(opening), ...r.shuffle(rest).slice(0, r.int(2, 4))];
  return lines.map((line) => line(f.voice)).join(" ");
}

const serviceWeights: readonly (readonly [CentralService, number])[] = [
  ["FINANCE", 20],
  ["HR", 16],
  ["SAFEGUARDING", 6],
  ["IT", 6],
  ["ESTATES", 5],
  ["CPD", 5],
  ["DATA_PROTECTION", 4],
  ["SEND", 3],
  ["PROCUREMENT", 3],
  ["COMMUNICATIONS", 1.5],
  ["LEGAL", 1.2],
  ["CATERING", 0.8],
];

function servicesFor(r: Random, f: TrustFacts): CentralService[] {
  const count = Math.min(
    10,
    r.int(4, 6) + (f.size >= 10 ? r.int(1, 3) : 0) + (f.size >= 30 ? 1 : 0),
  );
  return inVocabularyOrder(sample(r, serviceWeights, count), centralServices.keys);
}

const flatPercents = [3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7];

function contributionFor(
  r: Random,
  f: TrustFacts,
): NonNullable<TrustProfileInput["finance"]>["contribution"] {
  if (f.single || f.size < 4 || r.chance(0.65))
    return { kind: "FLAT", percent: r.pick(flatPercents) };
  const minPercent = r.pick([2, 2.5, 3, 3.5, 4]);
  return {
    kind: "RANGE",
    minPercent,
    maxPercent: minPercent + r.pick([1.5, 2, 2.5, 3, 3.5]),
    variesBy: r.pick(variesByLines),
  };
}

function financeFor(r: Random, f: TrustFacts): NonNullable<TrustProfileInput["finance"]> {
  const gagPooling = !f.single && r.chance(f.size >= 15 ? 0.5 : f.size >= 5 ? 0.2 : 0.08);
  const pooled = gagPooling || (!f.single && r.chance(0.25));
  const targetPercent = r.int(3, 8);
  const finance: NonNullable<TrustProfileInput["finance"]> = {
    contribution: contributionFor(r, f),
    gagPooling,
    reserves: {
      pooled,
      targetPercent,
      policy: r.pick(reservesLines(f.single)[pooled ? "pooled" : "own"])(targetPercent),
    },
    accountsUrl: `https://www.${f.slug}.org.uk/accounts`,
  };
  if (r.chance(0.6)) finance.budgetDelegation = r.pick(budgetDelegationLines(f.single));
  if (!f.single && r.chance(0.5)) finance.capitalApproach = r.pick(capitalLines);
  return finance;
}

const roleMailboxes: Record<string, string> = {
  "Chief Executive Officer": "ceo",
  "Chief Operating Officer": "operations",
  "Director of Education": "education",
  "Chief Financial Officer": "finance",
  "Governance Professional": "governance",
  "Head of Trust Development": "growth",
  "Chair of Trustees": "chair",
  Headteacher: "head",
  "Business Manager": "office",
  "Clerk to the Trustees": "clerk",
};

function contactFor(r: Random, f: TrustFacts, role: string) {
  const first = r.pick(firstNames);
  const last = r.pick(surnames);
  const mailbox = r.chance(0.6)
    ? `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, "")
    : (roleMailboxes[role] ?? "info");
  return { name: `${first} ${last}`, role, email: `${mailbox}@${f.slug}.org.uk` };
}

function contactsFor(r: Random, f: TrustFacts) {
  const [lead = "Chief Executive Officer", ...others] = contactRoles(f.single);
  const contacts = [contactFor(r, f, lead)];
  if (r.chance(0.55)) contacts.push(contactFor(r, f, r.pick(others)));
  return contacts;
}

function growthStage(size: number): GrowthStage {
  return size <= 3 ? "STARTING" : size <= 14 ? "GROWING" : "ESTABLISHED";
}

function sought(r: Random, f: TrustFacts): EstablishmentType[] {
  if (f.special) return ["COMMUNITY_SPECIAL", "FOUNDATION_SPECIAL", "ACADEMY_SPECIAL_CONVERTER"];
  if (f.voice.faith === "CATHOLIC") return ["VOLUNTARY_AIDED", "ACADEMY_CONVERTER"];
  if (f.voice.faith === "COFE") {
    return ["VOLUNTARY_AIDED", "VOLUNTARY_CONTROLLED", "ACADEMY_CONVERTER"];
  }
  const types: EstablishmentType[] = ["COMMUNITY", "FOUNDATION", "ACADEMY_CONVERTER"];
  if (f.churchLevel === "MINORITY") types.push("VOLUNTARY_CONTROLLED");
  if (r.chance(0.3)) types.push("ACADEMY_SPONSOR_LED");
  return types;
}

function growthFor(r: Random, f: TrustFacts): NonNullable<TrustProfileInput["growth"]> {
  const openToNewSchools = !f.closing && r.chance(f.single ? 0.4 : 0.88);
  const phases = f.phases.filter((p) => p !== "NOT_APPLICABLE" && p !== "NURSERY");
  return {
    stage: growthStage(f.size),
    openToNewSchools,
    openToPartnerships: !f.closing && r.chance(0.8),
    capacity: openToNewSchools ? r.int(1, f.size <= 3 ? 2 : f.size <= 14 ? 4 : 6) : 0,
    seeking: openToNewSchools
      ? {
          phases: f.single ? [] : phases.slice(0, 3),
          establishmentTypes: sought(r, f),
          areas: f.laNames.slice(0, 2),
        }
      : { phases: [], establishmentTypes: [], areas: [] },
  };
}

/** Local authorities next to the trust's that it does not yet have schools in. */
function neighbours(f: TrustFacts): string[] {
  const home = f.laCodes[0];
  if (!home) return [];
  return areasByDistanceFrom(home)
    .filter((a) => !f.laCodes.includes(a.code))
    .slice(0, 4)
    .map((a) => a.name);
}

/** A trust's full profile, every part filled in. */
function fullProfile(r: Random, f: TrustFacts): TrustProfileInput {
  const pillars = inVocabularyOrder(
    r.shuffle(qualityPillars.keys).slice(0, r.int(3, 5)),
    qualityPillars.keys,
  );
  const faith: NonNullable<TrustProfileInput["faith"]> = {
    churchGovernanceLevel: f.churchLevel,
    dioceses: f.dioceses,
  };
  if (f.faithDesignation) faith.faithDesignation = f.faithDesignation;
  const growthAreas = f.laNames.slice(0, 3);
  if (!f.single && r.chance(0.4)) growthAreas.push(...neighbours(f).slice(0, 1));
  return {
    visionStatement: r.pick(visionLines(f.voice))(f.voice),
    values: valuesFor(r, f),
    ethos: ethosFor(r, f),
    qualityStatements: qualityFor(r, f, pillars),
    faith,
    geography: {
      regions: f.regions,
      localAuthorityCodes: f.laCodes,
      growthAreas,
    },
    growth: growthFor(r, f),
    schoolImprovementOffer: improvementFor(r, f),
    centralServices: servicesFor(r, f),
    finance: financeFor(r, f),
    governance: {
      members: r.weighted<number>([
        [3, 10],
        [4, 25],
        [5, 45],
        [6, 12],
        [7, 8],
      ]),
      trustees: f.size >= 15 ? r.int(9, 12) : r.int(7, 11),
      localGovernanceModel: f.model,
      contacts: contactsFor(r, f),
    },
  };
}

/**
 * The first profile a trust published: its full profile, less a part or two it filled in later
 * (a trust may publish with only its vision, so the first versions are often thinner).
 */
export function firstProfile(r: Random, f: TrustFacts): TrustProfileInput {
  const profile = fullProfile(r, f);
  if (profile.finance && r.chance(0.4)) delete profile.finance.accountsUrl;
  if (r.chance(0.25)) delete profile.schoolImprovementOffer;
  if (r.chance(0.2)) delete profile.qualityStatements;
  return profile;
}

/** One edit to a profile, for the change summary: "Updated our" + "reserves policy". */
interface ProfileEdit {
  verb: "Updated our" | "Added";
  what: string;
}

type Edit = (r: Random, p: TrustProfileInput, f: TrustFacts) => ProfileEdit | null;

const updated = (what: string): ProfileEdit => ({ verb: "Updated our", what });
const added = (what: string): ProfileEdit => ({ verb: "Added", what });
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * Edits a trust makes between versions, with how often; each returns what it changed, or null
 * when it does not apply to this profile.
 */
const edits: readonly (readonly [Edit, number])[] = [
  [
    (r, p, f) => {
      if (!p.finance) return null;
      const targetPercent = otherInt(r, 3, 8, p.finance.reserves.targetPercent);
      const { pooled, own } = reservesLines(f.single);
      const lines = p.finance.reserves.pooled ? pooled : own;
      p.finance.reserves = {
        ...p.finance.reserves,
        targetPercent,
        policy: r.pick(lines)(targetPercent),
      };
      return updated("reserves policy");
    },
    4,
  ],
  [
    (r, p) => {
      const services = p.centralServices ?? [];
      const missing = centralServices.keys.filter((k) => !services.includes(k));
      if (services.length <= 4 || (services.length < 10 && r.chance(0.7))) {
        const add = r.shuffle(missing).slice(0, Math.min(r.int(1, 2), 10 - services.length));
        p.centralServices = inVocabularyOrder([...services, ...add], centralServices.keys);
      } else {
        const drop = r.pick(services);
        p.centralServices = services.filter((s) => s !== drop);
      }
      return updated("central services");
    },
    4,
  ],
  [
    (r, p, f) => {
      if (!p.finance) return null;
      const c = p.finance.contribution;
      if (c.kind === "FLAT" && (f.single || f.size < 4 || r.chance(0.7))) {
        const near = flatPercents.filter((x) => x !== c.percent && Math.abs(x - c.percent) <= 1);
        p.finance.contribution = { kind: "FLAT", percent: r.pick(near) };
      } else if (c.kind === "FLAT") {
        p.finance.contribution = {
          kind: "RANGE",
          minPercent: Math.max(2, c.percent - 1.5),
          maxPercent: c.percent + 1,
          variesBy: r.pick(variesByLines),
        };
      } else {
        // Keep the range a range: its top stays above its bottom, and below 9%.
        const steps = [-0.5, 0.5, 1].filter(
          (d) => c.maxPercent + d > c.minPercent + 0.5 && c.maxPercent + d <= 9,
        );
        p.finance.contribution = { ...c, maxPercent: c.maxPercent + r.pick(steps) };
      }
      return updated("contribution rate");
    },
    3,
  ],
  [
    (r, p, f) => {
      const values = p.values ?? [];
      const have = new Set(values.map((v) => v.value));
      if (values.length < 6 && r.chance(0.6)) {
        const [value] = sample(
          r,
          valueWeights(f).filter(([k]) => !have.has(k)),
          1,
        );
        if (!value) return null;
        p.values = [...values, { value, statement: r.pick(valueLines(f.voice)[value])(f.voice) }];
        return added(`${lower(trustValues.label(value))} to our values`);
      }
      const i = r.int(0, values.length - 1);
      const old = values[i];
      if (!old) return null;
      const statement = valueLines(f.voice)
        [old.value].map((line) => line(f.voice))
        .find((s) => s !== old.statement);
      if (!statement) return null;
      p.values = values.map((v, j) => (j === i ? { ...v, statement } : v));
      return updated("values");
    },
    3,
  ],
  [
    (r, p, f) => {
      const statements = p.qualityStatements;
      if (!statements) {
        const pillars = r.shuffle(qualityPillars.keys).slice(0, 3);
        p.qualityStatements = qualityFor(r, f, inVocabularyOrder(pillars, qualityPillars.keys));
        return added("our quality statements");
      }
      const have = qualityPillars.keys.filter((k) => statements[k] !== undefined);
      const missing = qualityPillars.keys.filter((k) => statements[k] === undefined);
      const pillar = missing.length > 0 && r.chance(0.6) ? r.pick(missing) : r.pick(have);
      const current = statements[pillar];
      const lines = qualityLines(f.voice)[pillar].map((line) => line(f.voice));
      const next = { ...statements, [pillar]: otherLine(r, lines, current) };
      p.qualityStatements = Object.fromEntries(
        qualityPillars.keys.flatMap((k) => (next[k] === undefined ? [] : [[k, next[k]]])),
      );
      return current === undefined
        ? added(`a statement on ${lower(qualityPillars.label(pillar))}`)
        : updated(`statement on ${lower(qualityPillars.label(pillar))}`);
    },
    3,
  ],
  [
    (r, p, f) => {
      const g = p.growth;
      if (!g || f.closing) return null;
      if (g.openToNewSchools) {
        g.capacity = otherInt(r, 1, f.size <= 3 ? 3 : 6, g.capacity);
      } else {
        g.openToPartnerships = !g.openToPartnerships;
      }
      return updated("growth plans");
    },
    2,
  ],
  [
    (r, p, f) => {
      const gov = p.governance;
      if (!gov) return null;
      const [lead, second] = gov.contacts;
      if (lead && !second) {
        const [, ...others] = contactRoles(f.single);
        gov.contacts = [lead, contactFor(r, f, r.pick(others))];
        return updated("contact details");
      }
      const i = r.int(0, gov.contacts.length - 1);
      const old = gov.contacts[i];
      if (!old) return null;
      const next = contactFor(r, f, old.role);
      if (next.name === old.name) return null;
      gov.contacts = gov.contacts.map((c, j) => (j === i ? next : c));
      return updated("contact details");
    },
    3,
  ],
  [
    (r, p) => {
      const gov = p.governance;
      if (!gov) return null;
      gov.trustees = otherInt(
        r,
        Math.max(7, gov.trustees - 2),
        Math.min(12, gov.trustees + 2),
        gov.trustees,
      );
      return updated("board membership");
    },
    2,
  ],
  [
    (r, p, f) => {
      const was = p.schoolImprovementOffer;
      let offer = improvementFor(r, f);
      if (offer === was) offer = improvementFor(r, f);
      if (offer === was) return null;
      p.schoolImprovementOffer = offer;
      return was === undefined
        ? added("our school improvement offer")
        : updated("school improvement offer");
    },
    3,
  ],
  [
    (r, p, f) => {
      const geo = p.geography;
      if (!geo || f.single) return null;
      const options = neighbours(f).filter((n) => !geo.growthAreas.includes(n));
      if (options.length === 0 || geo.growthAreas.length >= 20) return null;
      geo.growthAreas = [...geo.growthAreas, r.pick(options)];
      return updated("growth areas");
    },
    2,
  ],
  [
    (_r, p, f) => {
      if (!p.finance || p.finance.accountsUrl) return null;
      p.finance.accountsUrl = `https://www.${f.slug}.org.uk/accounts`;
      return added("a link to our accounts");
    },
    4,
  ],
  [
    (r, p, f) => {
      const was = p.ethos;
      const ethos = ethosFor(r, f);
      if (ethos === was) return null;
      p.ethos = ethos;
      return updated("ethos statement");
    },
    1.5,
  ],
  [
    (r, p, f) => {
      const lines = visionLines(f.voice).map((line) => line(f.voice));
      p.visionStatement = otherLine(r, lines, p.visionStatement);
      return updated("vision statement");
    },
    0.8,
  ],
];

/** "Updated our reserves policy and central services; added a link to our accounts". */
function summarise(r: Random, changes: readonly ProfileEdit[]): string {
  const groups = new Map<ProfileEdit["verb"], string[]>();
  for (const c of changes) groups.set(c.verb, [...(groups.get(c.verb) ?? []), c.what]);
  const text = [...groups]
    .map(([verb, whats]) => `${verb} ${joinAnd(whats)}`)
    .map((clause, i) => (i === 0 ? clause : lower(clause)))
    .join("; ");
  const preface = r.weighted<string>([
    ["", 70],
    ["Annual review: ", 12],
    ["After the board's review: ", 8],
    ["Following feedback from our schools: ", 5],
    ["Ahead of the new school year: ", 5],
  ]);
  return preface ? `${preface}${lower(text)}` : cap(text);
}

/**
 * The next version of a profile: a copy with `count` of the edits above applied (or fewer, when
 * one does not apply), and the summary a trust would write of them. The input is left as it was.
 */
export function reviseProfile(
  r: Random,
  profile: TrustProfileInput,
  f: TrustFacts,
  count: number,
): { content: TrustProfileInput; summary: string } {
  // Content is plain JSON, so a JSON copy is a deep copy (and faster than structuredClone).
  let was = JSON.stringify(profile);
  let content = JSON.parse(was) as TrustProfileInput;
  const changes: ProfileEdit[] = [];
  for (const edit of sample(r, edits, edits.length)) {
    if (changes.length >= count) break;
    const change = edit(r, content, f);
    const now = JSON.stringify(content);
    // Only an edit that really changed a field counts, so the summary names no change not made.
    if (change && now !== was) {
      changes.push(change);
      was = now;
    } else content = JSON.parse(was) as TrustProfileInput;
  }
  if (changes.length === 0) throw new Error(`no edit applies to the profile of ${f.name}`);
  return { content, summary: summarise(r, changes) };
}
