import type { Region, ReligiousCharacter } from "@atlas/domain";
import type { Random } from "./random.ts";

/**
 * Word lists and patterns for school and trust names that read like the register's: a town or a
 * nature word with the school's phase ("Oakfield Primary Academy", "Hebden Bridge Primary
 * School"), saints and church names for faith schools ("St Mary's Church of England Primary
 * School", "Sacred Heart Catholic Primary School").
 */

// biome-ignore format: a word list reads better packed
export const stems = [
  "Oakfield", "Ashwood", "Riverside", "Meadowbank", "Brookside", "Greenfield", "Hillcrest",
  "Woodlands", "Parkside", "Beechwood", "Willowbrook", "Elmwood", "Hazelwood", "Rowan", "Fernhill",
  "Heathfield", "Moorside", "Millbrook", "Springfield", "Fairfield", "Longmeadow", "Larkrise",
  "Highfield", "Westfield", "Northfield", "Eastfield", "Southlands", "Broadmead", "Kingsmead",
  "Castle View", "Valley", "Orchard", "Cherry Tree", "Oak Tree", "Holly Tree", "Maple",
  "The Cedars", "Birchwood", "Thornhill", "Redhill", "Greenacres", "Lakeside", "Hollybank",
  "Brookfield", "Sandhill", "Stonebridge", "Ashgrove", "Chestnut", "Hawthorn", "Kingfisher",
  "Woodside", "Hillside", "Meadowside", "Bramble Hill", "Primrose Hill", "Bluebell", "Foxwood",
  "Badger Hill", "Lime Tree", "Mayfield", "Glebe", "Manor", "Church Hill", "Priory", "Abbey",
  "Grange", "Park View", "Green Lane", "Mill Lane", "Wellfield", "Sunnyside", "Rosewood", "Heron",
  "Swallowfield", "Copperfield", "Ravenswood", "Foxhill", "Westgate", "Eastbrook", "Newlands",
  "Oakwood", "Silverdale", "Marlborough", "Windmill", "Hilltop", "Fieldway", "Ivy Bank", "Crossley",
  "Greenside", "Whitehill", "Orchard Vale", "Summerfield",
] as const;

// biome-ignore format: a word list reads better packed
const cofeDedications = [
  "Christ Church", "Holy Trinity", "All Saints", "Emmanuel", "St Michael and All Angels",
  "St John the Baptist", "St Peter and St Paul", "St Mary Magdalene", "Trinity", "St Luke's",
] as const;

// biome-ignore format: a word list reads better packed
const catholicDedications = [
  "Sacred Heart", "Holy Family", "English Martyrs", "Holy Cross", "Corpus Christi",
  "Christ the King", "Our Lady of Lourdes", "Our Lady and St Joseph", "Holy Rosary",
  "Blessed Sacrament", "Our Lady Queen of Peace", "Our Lady of Mount Carmel",
  "St Mary and St Joseph", "St Thomas More", "St John Fisher", "St Edmund Campion",
  "St Francis of Assisi", "St Vincent de Paul", "St Margaret Clitherow", "Holy Spirit",
  "Our Lady of Grace", "St Thomas of Canterbury", "Holy Name", "St Teresa of Calcutta",
] as const;

// biome-ignore format: a word list reads better packed
const sharedSaints = [
  "Mary", "Peter", "Paul", "John", "Andrew", "Michael", "James", "Joseph", "Margaret", "Anne",
  "Thomas", "Matthew", "Mark", "Luke", "Stephen", "Nicholas", "Bartholomew", "Augustine", "Patrick",
  "Lawrence", "Edmund", "Helen", "Catherine", "Barnabas", "Bede", "Martin", "Hugh", "Edward",
  "Jude", "Gregory",
] as const;
// biome-ignore format: a word list reads better packed
const cofeSaints = [
  ...sharedSaints, "George", "Chad", "Aidan", "Cuthbert", "Hilda", "Wilfrid", "Oswald", "Alban",
  "Giles", "Leonard", "Swithun", "Botolph", "Werburgh", "Dunstan", "Mary Magdalene",
] as const;
// biome-ignore format: a word list reads better packed
const catholicSaints = [
  ...sharedSaints, "Bernadette", "Teresa", "Francis", "Anthony", "Vincent", "Dominic", "Benedict",
  "Ignatius", "Clare", "Monica", "Cecilia", "Winefride", "Wilfrid", "Cuthbert", "Aidan",
  "Philip Howard", "Thomas More", "John Fisher", "Alban",
] as const;

// biome-ignore format: a word list reads better packed
const bishops = [
  "Wand", "Ramsey", "Temple", "Heber", "Ridley", "Latimer", "Andrewes", "Chavasse", "Luffa",
  "Justus", "Vesey", "Hedley", "Hooper", "Wordsworth", "Ken", "Fox", "Wilson", "Bell",
] as const;
// biome-ignore format: a word list reads better packed
const catholicBishops = [
  "Challoner", "Ullathorne", "Milner", "Hogarth", "Walsh", "Bewick", "Wiseman", "Thomas Grant",
  "Douglass", "Bright", "Eton",
] as const;
const cardinals = ["Newman", "Heenan", "Hume", "Wiseman", "Manning", "Pole", "Allen", "Vaughan"];

// biome-ignore format: a word list reads better packed
const notablePeople = [
  "Mary Seacole", "Florence Nightingale", "Isambard Brunel", "George Stephenson", "Thomas Telford",
  "Ada Lovelace", "Elizabeth Garrett Anderson", "Edith Cavell", "Joseph Rowntree",
  "Emmeline Pankhurst", "William Wilberforce", "Josiah Wedgwood", "Richard Arkwright",
  "Barbara Hepworth", "Elizabeth Fry", "John Harrison", "Rosalind Franklin", "Grace Darling",
  "Thomas Bewick", "Charlotte Bronte", "John Clare", "Samuel Pepys", "Octavia Hill",
] as const;

// biome-ignore format: a word list reads better packed
const jewishNames = [
  "Noam", "Alon", "Kerem", "Shalom", "Ohel Torah", "Rimon", "Beit Yosef", "Etz Hadar",
];
// biome-ignore format: a word list reads better packed
const muslimNames = [
  "Al-Noor", "Al-Huda", "Iqra", "Al-Falah", "Madinah", "An-Nur", "Al-Amin", "Ar-Rahmah",
];
const sikhNames = [
  "Guru Nanak",
  "Guru Gobind Singh",
  "Khalsa",
  "Guru Arjan Dev",
  "Guru Tegh Bahadur",
];
const hinduNames = ["Sri Krishna", "Shree Ram", "Ganesh", "Sanatan", "Saraswati"];

/** "St Mary's", "St James'", but "St Thomas More" (a full name takes no possessive). */
function saintly(name: string): string {
  if (name.includes(" ")) return `St ${name}`;
  return name.endsWith("s") ? `St ${name}'` : `St ${name}'s`;
}

/** What a school is, for naming: its provision, faith and whether it is an academy. */
export interface SchoolNaming {
  provision: Provision;
  religiousCharacter: ReligiousCharacter;
  academy: boolean;
  freeSchool: boolean;
  /** Technical or studio school, for secondary and 16 plus provision. */
  variant?: "UTC" | "STUDIO" | "INFANT" | "JUNIOR" | undefined;
  towns: readonly string[];
}

export type Provision =
  | "PRIMARY"
  | "MIDDLE"
  | "SECONDARY"
  | "ALL_THROUGH"
  | "SIXTEEN_PLUS"
  | "NURSERY"
  | "SPECIAL"
  | "AP";

type Pattern = (r: Random, s: SchoolNaming) => string;

const place = (r: Random, s: SchoolNaming): string =>
  r.chance(0.45) ? r.pick(s.towns) : r.pick(stems);

function primaryWord(s: SchoolNaming): string {
  if (s.variant === "INFANT") return "Infant";
  if (s.variant === "JUNIOR") return "Junior";
  return "Primary";
}

function primaryNames(r: Random, s: SchoolNaming): string {
  const word = primaryWord(s);
  const ending = s.academy && r.chance(0.45) ? "Academy" : "School";
  const cofe = () =>
    r.weighted<string>([
      [`${saintly(r.pick(cofeSaints))} Church of England ${word} ${ending}`, 4],
      [`${saintly(r.pick(cofeSaints))} CofE ${word} ${ending}`, 3],
      [`${r.pick(s.towns)} Church of England ${word} ${ending}`, 3],
      [`${r.pick(s.towns)} CE ${word} ${ending}`, 1],
      [`${r.pick(cofeDedications)} Church of England ${word} ${ending}`, 2],
      [`${r.pick(cofeDedications)} C of E ${word} ${ending}`, 1],
    ]);
  switch (s.religiousCharacter) {
    case "CHURCH_OF_ENGLAND":
      return cofe();
    case "ROMAN_CATHOLIC":
    case "CATHOLIC": {
      const tail =
        s.academy && r.chance(0.3) ? "Catholic Primary Academy" : `Catholic ${word} School`;
      return r.weighted<string>([
        [`${saintly(r.pick(catholicSaints))} ${tail}`, 5],
        [`${saintly(r.pick(catholicSaints))} RC ${word} School`, 2],
        [`${saintly(r.pick(catholicSaints))} Roman Catholic ${word} School`, 1],
        [`${r.pick(catholicDedications)} ${tail}`, 4],
        [`${r.pick(catholicDedications)} RC ${word} School`, 1],
      ]);
    }
    case "METHODIST":
      return r.chance(0.5)
        ? `${r.pick(s.towns)} Methodist ${word} School`
        : `Wesley Methodist ${word} ${ending}`;
    case "CHURCH_OF_ENGLAND_METHODIST":
      return `${r.pick(s.towns)} Church of England Methodist ${word} School`;
    case "ROMAN_CATHOLIC_CHURCH_OF_ENGLAND":
      return `${r.pick(["St Francis", "Trinity", "Christ the King"])} Catholic and Church of England ${word} School`;
    case "CHRISTIAN":
      return `${r.pick(stems)} Christian ${word} ${ending}`;
    case "JEWISH":
      return `${r.pick(jewishNames)} Jewish ${word} School`;
    case "MUSLIM":
      return `${r.pick(muslimNames)} ${word} ${ending}`;
    case "SIKH":
      return `${r.pick(sikhNames)} Sikh ${word} ${ending}`;
    case "HINDU":
      return `${r.pick(hinduNames)} Hindu ${word} School`;
    default:
      return r.weighted<string>([
        [`${place(r, s)} ${word} ${ending}`, 8],
        [`${place(r, s)} Community ${word} School`, 3],
        [`${r.pick(stems)} Park ${word} ${ending}`, 1],
        [`${r.pick(s.towns)} ${r.pick(stems)} ${word} ${ending}`, 1],
      ]);
  }
}

function secondaryNames(r: Random, s: SchoolNaming): string {
  if (s.variant === "UTC")
    return r.chance(0.5)
      ? `UTC ${r.pick(s.towns)}`
      : `${r.pick(s.towns)} University Technical College`;
  if (s.variant === "STUDIO") return `${r.pick(s.towns)} Studio School`;
  switch (s.religiousCharacter) {
    case "CHURCH_OF_ENGLAND":
    case "CHURCH_OF_ENGLAND_METHODIST":
      return r.weighted<string>([
        [`${saintly(r.pick(cofeSaints))} Church of England High School`, 3],
        [`${saintly(r.pick(cofeSaints))} CofE Academy`, 2],
        [`Bishop ${r.pick(bishops)} Church of England School`, 2],
        [`Archbishop ${r.pick(bishops)} Church of England Academy`, 1],
        [`${r.pick(s.towns)} Church of England Academy`, 2],
        [`${r.pick(cofeDedications)} Church of England Academy`, 1],
      ]);
    case "ROMAN_CATHOLIC":
    case "CATHOLIC":
    case "ROMAN_CATHOLIC_CHURCH_OF_ENGLAND":
      return r.weighted<string>([
        [`${saintly(r.pick(catholicSaints))} Catholic High School`, 3],
        [`${saintly(r.pick(catholicSaints))} Catholic College`, 2],
        [`${saintly(r.pick(catholicSaints))} RC High School`, 1],
        [`${r.pick(catholicDedications)} Catholic High School`, 2],
        [`Cardinal ${r.pick(cardinals)} Catholic School`, 2],
        [`Bishop ${r.pick(catholicBishops)} Catholic Academy`, 1],
        [`${saintly(r.pick(catholicSaints))} Catholic School and Sixth Form College`, 1],
      ]);
    case "METHODIST":
    case "CHRISTIAN":
      return `${r.pick(s.towns)} Christian School`;
    case "JEWISH":
      return `${r.pick(jewishNames)} Jewish High School`;
    case "MUSLIM":
      return `${r.pick(muslimNames)} ${r.pick(["Boys", "Girls"])} School`;
    case "SIKH":
      return `${r.pick(sikhNames)} Sikh Academy`;
    case "HINDU":
      return `${r.pick(hinduNames)} Hindu Secondary School`;
    default: {
      const town = r.pick(s.towns);
      return r.weighted<string>([
        [`${town} High School`, 4],
        [`${town} Academy`, s.academy ? 5 : 1],
        [`${town} School`, 2],
        [`${r.pick(stems)} Academy`, s.academy ? 3 : 0],
        [`${r.pick(stems)} High School`, 2],
        [`${town} Community College`, 2],
        [`${town} Grammar School`, 0.6],
        [`The ${town} School`, 1],
        [`${r.pick(notablePeople)} Academy`, s.academy ? 1.5 : 0],
        [`${town} ${r.pick(["Park", "Vale", "Hill", "Valley"])} Academy`, s.academy ? 1 : 0],
      ]);
    }
  }
}

const patterns: Record<Provision, Pattern> = {
  PRIMARY: primaryNames,
  MIDDLE: (r, s) => {
    switch (s.religiousCharacter) {
      case "CHURCH_OF_ENGLAND":
        return `${saintly(r.pick(cofeSaints))} CofE Middle School`;
      case "ROMAN_CATHOLIC":
      case "CATHOLIC":
        return `${saintly(r.pick(catholicSaints))} Catholic Middle School`;
      default:
        return `${place(r, s)} Middle School`;
    }
  },
  SECONDARY: secondaryNames,
  ALL_THROUGH: (r, s) =>
    s.religiousCharacter === "ROMAN_CATHOLIC" || s.religiousCharacter === "CATHOLIC"
      ? `${saintly(r.pick(catholicSaints))} Catholic All-Through School`
      : r.weighted<string>([
          [`${r.pick(s.towns)} All-Through Academy`, 2],
          [`${r.pick(stems)} All Through School`, 2],
          [`${r.pick(s.towns)} ${r.pick(stems)} Academy`, 1],
          [`${r.pick(notablePeople)} School`, 1],
        ]),
  SIXTEEN_PLUS: (r, s) =>
    s.variant === "UTC"
      ? `${r.pick(s.towns)} University Technical College`
      : r.weighted<string>([
          [`${r.pick(s.towns)} Sixth Form College`, 3],
          [`${r.pick(stems)} Sixth Form Academy`, 2],
          [`${r.pick(s.towns)} 16-19 Academy`, 1],
          [`The ${r.pick(s.towns)} Sixth Form`, 1],
        ]),
  NURSERY: (r, s) =>
    r.weighted<string>([
      [`${place(r, s)} Nursery School`, 4],
      [`${r.pick(stems)} Nursery School and Children's Centre`, 2],
      [`${r.pick(s.towns)} Early Years Centre`, 1],
    ]),
  SPECIAL: (r, s) =>
    r.weighted<string>([
      [`${r.pick(stems)} School`, 4],
      [`${r.pick(stems)} Special School`, 2],
      [`${r.pick(stems)} ${s.academy ? "Academy" : "School"}`, 2],
      [`The ${r.pick(stems)} School`, 2],
      [`${r.pick(stems)} Specialist ${s.academy ? "Academy" : "School"}`, 1],
      [`${r.pick(s.towns)} Specialist School`, 1],
    ]),
  AP: (r, s) =>
    s.academy
      ? r.weighted<string>([
          [`${r.pick(s.towns)} Alternative Provision Academy`, 2],
          [`${r.pick(stems)} Learning Centre`, 2],
          [`The ${r.pick(stems)} Centre`, 1],
        ])
      : r.weighted<string>([
          [`${r.pick(s.towns)} Pupil Referral Unit`, 2],
          [`${r.pick(stems)} Learning Centre`, 2],
          [`The ${r.pick(stems)} Centre`, 1],
        ]),
};

/**
 * A school name, unique among `taken` (the names already used in the same local authority):
 * tries a few patterns, then adds the town after a comma, as the register does for namesakes.
 */
export function schoolName(r: Random, naming: SchoolNaming, taken: Set<string>): string {
  const pattern = patterns[naming.provision];
  for (let attempt = 0; attempt < 12; attempt++) {
    const name = pattern(r, naming);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  const base = pattern(r, naming);
  for (const town of r.shuffle(naming.towns)) {
    const name = `${base}, ${town}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  let n = 2;
  while (taken.has(`${base} ${n}`)) n++;
  const name = `${base} ${n}`;
  taken.add(name);
  return name;
}

// Trusts ----------------------------------------------------------------------------------------

/** Rivers, hills and old names of each region, for trust names ("Pennine Learning Trust"). */
const regionFeatures: Record<Region, { rivers: readonly string[]; others: readonly string[] }> = {
  NORTH_EAST: {
    rivers: ["Tyne", "Wear", "Tees", "Coquet", "Derwent", "Tweed"],
    others: [
      "Cheviot",
      "Northumbria",
      "Hadrian",
      "Northern Lights",
      "Kielder",
      "Durham Dales",
      "Bede",
    ],
  },
  NORTH_WEST: {
    rivers: ["Mersey", "Ribble", "Lune", "Irwell", "Weaver", "Eden", "Kent"],
    others: [
      "Pennine",
      "Bowland",
      "Fylde",
      "Lakeland",
      "Solway",
      "Red Rose",
      "Morecambe Bay",
      "Northern Star",
    ],
  },
  YORKSHIRE_AND_THE_HUMBER: {
    rivers: ["Aire", "Calder", "Don", "Wharfe", "Swale", "Dearne", "Holme", "Hull"],
    others: ["Dales", "Wolds", "Ridings", "White Rose", "Moorland", "Pennine", "Humber"],
  },
  EAST_MIDLANDS: {
    rivers: ["Trent", "Soar", "Derwent", "Nene", "Welland", "Witham", "Erewash"],
    others: ["Peak", "Fosse", "Sherwood", "Charnwood", "Lincolnshire Wolds", "Midland"],
  },
  WEST_MIDLANDS: {
    rivers: ["Severn", "Avon", "Tame", "Teme", "Wye", "Stour", "Sow"],
    others: ["Arden", "Black Country", "Marches", "Wrekin", "Malvern", "Cannock Chase", "Mercia"],
  },
  EAST_OF_ENGLAND: {
    rivers: ["Ouse", "Cam", "Stour", "Colne", "Yare", "Waveney", "Lea", "Wensum"],
    others: ["Fenland", "Broads", "Chiltern", "Anglian", "Breckland", "Icknield", "Constable"],
  },
  LONDON: {
    rivers: ["Thames", "Lea", "Wandle", "Ravensbourne", "Brent", "Fleet"],
    others: ["Capital", "City", "Metropolitan", "Skyline", "Riverside", "Docklands"],
  },
  SOUTH_EAST: {
    rivers: ["Test", "Itchen", "Medway", "Arun", "Wey", "Kennet", "Loddon", "Rother"],
    others: [
      "Downs",
      "Weald",
      "Solent",
      "Chiltern",
      "Ridgeway",
      "New Forest",
      "Cinque Ports",
      "Vale",
    ],
  },
  SOUTH_WEST: {
    rivers: ["Tamar", "Exe", "Dart", "Avon", "Fal", "Frome", "Parrett"],
    others: [
      "Mendip",
      "Quantock",
      "Cotswold",
      "Wessex",
      "Jurassic Coast",
      "Atlantic",
      "Kernow",
      "Moorland",
    ],
  },
};

// biome-ignore format: a word list reads better packed
const virtues = [
  "Aspire", "Endeavour", "Inspire", "Horizons", "Compass", "Summit", "Unity", "Harmony", "Pioneer",
  "Beacon", "Lighthouse", "Keystone", "Evolve", "Ascent", "Bright Futures", "New Horizons",
  "Odyssey", "Kite", "Heron", "Kingfisher", "Discovery", "Spire", "Meridian", "Cornerstone",
  "Elevate", "Flourish", "Tapestry", "Lumen", "Aurora", "Evergreen", "Acorn", "Constellation",
  "Voyage", "Greenwood", "Wildflower", "Rainbow", "Anchor", "Pathways", "Together", "Enrich",
  "Thrive", "Ambition", "Venture", "Quest", "Legacy", "Oak Tree",
] as const;

const trustSuffixes: readonly (readonly [string, number])[] = [
  ["Learning Trust", 6],
  ["Academy Trust", 5],
  ["Multi-Academy Trust", 3],
  ["Education Trust", 4],
  ["Academies Trust", 2],
  ["Learning Partnership", 2],
  ["Schools Trust", 2],
  ["Education Partnership", 1],
  ["Trust", 1],
  ["Family of Schools", 1],
  ["Collaborative Learning Trust", 1],
];

export type TrustNaming =
  | { kind: "GENERAL"; region: Region; towns: readonly string[] }
  | { kind: "SPECIAL"; region: Region }
  | { kind: "COFE"; diocese: string; region: Region }
  | { kind: "CATHOLIC"; diocese: string }
  | { kind: "JEWISH" | "MUSLIM" | "SIKH" | "HINDU" };

const dioceseShort = (diocese: string) =>
  diocese
    .replace(/^(Arch)?[Dd]iocese of /, "")
    .replace(/ \(rc\)$/, "")
    .trim();

function trustNameCandidate(r: Random, naming: TrustNaming): string {
  const suffix = () => r.weighted(trustSuffixes);
  switch (naming.kind) {
    case "GENERAL": {
      const f = regionFeatures[naming.region];
      return r.weighted<string>([
        [`${r.pick(virtues)} ${suffix()}`, 5],
        [`${r.pick(f.others)} ${suffix()}`, 3],
        [`${r.pick(f.rivers)} Valley ${suffix()}`, 2],
        [`${r.pick(f.rivers)} ${suffix()}`, 1],
        [`${r.pick(f.others)} ${r.pick(virtues)} ${suffix()}`, 1],
        [`The ${r.pick(f.others)} Trust`, 1],
        [`${r.pick(naming.towns)} ${suffix()}`, 2],
        [`${r.pick(stems)} ${suffix()}`, 1],
      ]);
    }
    case "SPECIAL": {
      const f = regionFeatures[naming.region];
      return r.weighted<string>([
        [`${r.pick(f.others)} Special Schools Trust`, 2],
        [`${r.pick(virtues)} Special Academy Trust`, 2],
        [`${r.pick(virtues)} Specialist Learning Trust`, 1],
        [`${r.pick(f.rivers)} Valley Special Schools Trust`, 1],
      ]);
    }
    case "COFE": {
      const d = dioceseShort(naming.diocese);
      const f = regionFeatures[naming.region];
      return r.weighted<string>([
        [`Diocese of ${d} Multi-Academy Trust`, 3],
        [`${d} Diocesan Academies Trust`, 2],
        [`${d} Diocesan Education Trust`, 1],
        [`${r.pick(cofeDedications)} Church of England Academy Trust`, 2],
        [`${saintly(r.pick(cofeSaints))} Church of England Multi-Academy Trust`, 1],
        [`${r.pick(f.others)} Church of England Learning Trust`, 1],
        [`${r.pick(virtues)} Church of England Academy Trust`, 1],
      ]);
    }
    case "CATHOLIC": {
      const d = dioceseShort(naming.diocese);
      return r.weighted<string>([
        [`${saintly(r.pick(catholicSaints))} Catholic Academy Trust`, 4],
        [`${r.pick(catholicDedications)} Catholic Multi-Academy Trust`, 3],
        [`Bishop ${r.pick(catholicBishops)} Catholic Education Trust`, 2],
        [`Cardinal ${r.pick(cardinals)} Catholic Academy Trust`, 1],
        [`${r.pick(catholicDedications)} Catholic Multi Academy Company`, 1],
        [`${d} Catholic Schools Partnership`, 1],
        [
          `Our Lady of ${r.pick(["Walsingham", "Fatima", "Lourdes", "Peace", "Hope"])} Catholic Academy Trust`,
          1,
        ],
      ]);
    }
    case "JEWISH":
      return r.pick(["Kehillah Jewish Schools Trust", "Shalom Jewish Academy Trust"]);
    case "MUSLIM":
      return r.pick(["Al-Noor Education Trust", "Iqra Learning Trust"]);
    case "SIKH":
      return r.pick(["Guru Nanak Education Trust", "Khalsa Schools Trust"]);
    case "HINDU":
      return r.pick(["Saraswati Hindu Schools Trust", "Sanatan Academy Trust"]);
  }
}

/** A trust name not yet in `taken`. */
export function trustName(r: Random, naming: TrustNaming, taken: Set<string>): string {
  for (let attempt = 0; attempt < 40; attempt++) {
    const name = trustNameCandidate(r, naming);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  const base = trustNameCandidate(r, naming);
  let n = 2;
  while (taken.has(`${base} ${n}`)) n++;
  const name = `${base} ${n}`;
  taken.add(name);
  return name;
}

/** A single-academy trust is usually named after its school. */
export function singleAcademyTrustName(r: Random, schoolName: string, taken: Set<string>): string {
  const base = schoolName.replace(/, .*$/, "");
  const options = base.endsWith("Academy")
    ? [`${base} Trust`, `The ${base} Trust`]
    : [`${base} Academy Trust`, `${base} Trust`, `${base.replace(/ School$/, "")} Academy Trust`];
  for (const name of r.shuffle(options)) {
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  let n = 2;
  while (taken.has(`${base} Academy Trust ${n}`)) n++;
  const name = `${base} Academy Trust ${n}`;
  taken.add(name);
  return name;
}
