import type { QualityPillar, TrustValue } from "@atlas/domain";

/**
 * What the profile's sentences may say about a trust, worked out once from its own facts so
 * every sentence agrees with the register: where its schools are, how many, which phases, its
 * faith. The sentences are in the trust's voice ("we", "our schools").
 */
export interface Voice {
  /** A single-academy trust speaks of "our school", by name. */
  single: boolean;
  /** The school of a single-academy trust (its first school otherwise). */
  schoolName: string;
  /** "our nine schools", "our school". */
  schools: string;
  /** "our schools", "our school". */
  ourSchools: string;
  /** "Leeds and Wakefield", "the North West", "Greater London and the South East". */
  where: string;
  /** A town or neighbourhood of its home area. */
  town: string;
  /** "primary schools", "special schools", "schools". */
  phaseSchools: string;
  /** Pupils on roll in all its schools, written out ("4,210"). */
  pupils: string;
  faith: "COFE" | "CATHOLIC" | "JEWISH" | "MUSLIM" | "SIKH" | "HINDU" | null;
  special: boolean;
}

type Line = (v: Voice) => string;

const faithWord: Record<"JEWISH" | "MUSLIM" | "SIKH" | "HINDU", string> = {
  JEWISH: "Jewish",
  MUSLIM: "Islamic",
  SIKH: "Sikh",
  HINDU: "Hindu",
};
const otherFaith = (v: Voice) =>
  v.faith && v.faith !== "COFE" && v.faith !== "CATHOLIC" ? faithWord[v.faith] : "faith";

/** The vision statement: one or two sentences, chosen by what the trust is. */
export function visionLines(v: Voice): readonly Line[] {
  if (v.faith === "COFE") {
    return v.single
      ? [
          (x) =>
            `Inspired by Jesus's promise of life in all its fullness, ${x.schoolName} helps every child to flourish in learning, in character and in faith.`,
          (x) =>
            `As a Church of England school in ${x.town}, we want every pupil to know they are loved, to learn deeply and to leave us with hope, wisdom and a heart for service.`,
        ]
      : [
          (x) =>
            `Inspired by Jesus's promise of life in all its fullness, ${x.schools} help every child in ${x.where} to flourish in learning, in character and in faith.`,
          (x) =>
            `As a Church of England family of ${x.phaseSchools}, we want every pupil to know they are loved, to learn deeply and to leave us with hope, wisdom and a heart for service.`,
          (x) =>
            `Rooted in Christian values and open to all, ${x.schools} give every child in ${x.where} an excellent education and the confidence to make a difference.`,
        ];
  }
  if (v.faith === "CATHOLIC") {
    return v.single
      ? [
          (x) =>
            `With Christ at the centre, ${x.schoolName} helps every pupil grow in faith, knowledge and love of others, and become the person God calls them to be.`,
          (x) =>
            `As a Catholic school serving ${x.town}, we want every pupil to receive an excellent education rooted in the values of the Gospel.`,
        ]
      : [
          (x) =>
            `With Christ at the centre, ${x.schools} help every pupil grow in faith, knowledge and love of others, and become the person God calls them to be.`,
          (x) =>
            `Our Catholic schools in ${x.where} work as one family so that every child receives an excellent education rooted in the values of the Gospel.`,
        ];
  }
  if (v.faith) {
    return [
      (x) =>
        `${cap(x.schools)} ${x.single ? "combines" : "combine"} excellent teaching with a strong ${otherFaith(x)} ethos, so that every pupil grows in knowledge, faith and responsibility to others.`,
      (x) =>
        `We want our pupils to be proud of their ${otherFaith(x)} heritage, to achieve highly and to play a full part in modern British life.`,
    ];
  }
  if (v.special) {
    return [
      (x) =>
        `Every pupil in ${x.schools} learns to communicate, grow in independence and take a full part in the life of their community.`,
      (x) =>
        `We want children and young people with special educational needs in ${x.where} to get the specialist education they deserve, close to home, and to leave us ready for adult life.`,
    ];
  }
  if (v.single) {
    return [
      (x) =>
        `${x.schoolName} aims to be a school where every pupil is known, stretched and cared for, and leaves ready to thrive in ${x.town} and beyond.`,
      (x) =>
        `We want every young person at ${x.schoolName} to achieve highly, grow in confidence and contribute to the life of ${x.town}.`,
      (x) =>
        `An excellent education for every pupil at ${x.schoolName}: rooted in ${x.town}, and ambitious for what our pupils go on to do.`,
    ];
  }
  return [
    (x) =>
      `Every child in ${x.schools} across ${x.where} should leave us confident, kind and ready for the next stage of their education, whatever their starting point.`,
    (x) =>
      `We want ${x.where} to have schools that families are proud of: places where every pupil is known, challenged and supported to achieve more than they thought possible.`,
    (x) =>
      `Great schools for ${x.where}. We exist so that every pupil in ${x.schools} gets an education that opens doors, and every member of staff is helped to do their best work.`,
    (x) =>
      `Together, ${x.schools} give every child in ${x.where} a broad, rich education and the character to make the most of it.`,
    (x) =>
      `Excellent, inclusive ${x.phaseSchools} at the heart of their communities in ${x.where}, working together so that no school and no child has to go it alone.`,
  ];
}

/** Ethos sentences particular to the trust's faith or kind; general ones follow. */
export function ethosLines(v: Voice): { own: readonly Line[]; general: readonly Line[] } {
  const general: Line[] = [
    () =>
      "We believe every child can succeed when the adults around them expect a great deal and give the right support.",
    () =>
      "Relationships come first: every pupil has an adult in school who knows them well and looks out for them.",
    ...(v.single
      ? [
          () =>
            "We are one school with one staff team, and we like it that way: decisions are made close to pupils and families.",
          (x: Voice) =>
            `We are proud to serve ${x.town}, and we work closely with local families, employers and community groups.`,
          () =>
            "Ours is a calm, purposeful school where good behaviour is taught and kindness is noticed.",
        ]
      : [
          () =>
            "We are a family of distinct schools, each with its own character, that share a belief in high expectations and warm relationships.",
          () =>
            "Our schools are calm, purposeful places where good behaviour is taught and kindness is noticed.",
          () =>
            "Staff across the trust work as one team: we share our best teachers, our best ideas and our problems.",
          (x: Voice) =>
            `We are proud to serve ${x.where}, and ${x.ourSchools} work closely with local families, employers and community groups.`,
        ]),
  ];
  if (v.faith === "COFE") {
    return {
      own: [
        () =>
          "Our ethos is shaped by the Church of England's vision for education: wisdom, hope, community and dignity for all.",
        (x) =>
          `Collective worship, close links with the parish and a distinctively Christian character are part of daily life in ${x.single ? "our school" : "our church schools"}, and families of all faiths and none are welcome.`,
      ],
      general,
    };
  }
  if (v.faith === "CATHOLIC") {
    return {
      own: [
        (x) =>
          `${x.single ? "Our school" : "Each of our schools"} is a community of faith where prayer, the sacraments and service to others shape daily life.`,
        (x) =>
          `We work closely with ${x.single ? "our parish" : "our parishes"} and the diocese, and welcome every family who shares our Catholic mission.`,
      ],
      general,
    };
  }
  if (v.faith) {
    return {
      own: [
        (x) =>
          `Our ${otherFaith(x)} faith and traditions shape the life of ${x.ourSchools}, and we teach respect for people of every faith and none.`,
      ],
      general,
    };
  }
  if (v.special) {
    return {
      own: [
        () =>
          "We put each pupil's communication, wellbeing and independence at the centre of everything we do.",
        () =>
          "Our staff work closely with families, therapists and health professionals so that every pupil gets joined-up support.",
      ],
      general,
    };
  }
  return { own: [], general };
}

/**
 * Two ways each value may be put, in the trust's words (a single-academy trust speaks of its
 * one school).
 */
export function valueLines(v: Voice): Record<TrustValue, readonly [Line, Line]> {
  return {
    INCLUSION: [
      (x) =>
        `Every child belongs in ${x.ourSchools}, and we adapt our teaching so that all pupils learn well.`,
      () =>
        "We welcome pupils with special educational needs and make sure they are taught by our best staff.",
    ],
    COLLABORATION: [
      () =>
        v.single
          ? "We are stronger for working with other schools: our teachers plan and moderate with colleagues nearby."
          : "Our schools are stronger together: teachers plan, moderate and improve side by side.",
      () =>
        v.single
          ? "We share what works with partner schools, and learn from theirs."
          : "We share what works across the trust, and no school is left to solve a problem alone.",
    ],
    ACADEMIC_EXCELLENCE: [
      () =>
        "We expect every pupil to achieve highly, in every subject, whatever their starting point.",
      () => "A knowledge-rich curriculum and expert teaching are at the heart of every lesson.",
    ],
    COMMUNITY: [
      (x) =>
        v.single
          ? `Our school serves ${x.town}, and we want it to be a place the whole community is proud of.`
          : `Our schools serve ${x.where}, and we want them to be places the whole community is proud of.`,
      (x) =>
        `We work with local families, employers and groups so that ${x.ourSchools} ${v.single ? "gives" : "give"} back to the neighbourhood.`,
    ],
    FAITH_AND_WORSHIP: [
      (x) => `Daily worship and the teachings of our faith shape the life of ${x.ourSchools}.`,
      (x) => `Faith is lived in ${x.ourSchools} through prayer, worship and service to others.`,
    ],
    EQUITY: [
      () =>
        "We put our resources where they are most needed, so that disadvantage never limits a child.",
      () =>
        "Pupils who need the most get the most: more time, more support and our strongest teachers.",
    ],
    INTEGRITY: [
      () =>
        "We are honest and open in everything we do, and we say clearly how we spend public money.",
      () => "We do the right thing for pupils, even when it is not the easy thing.",
    ],
    RESPECT: [
      () => "Pupils, families and staff treat one another with courtesy and dignity.",
      () => "We listen to each other and value every person in our school community.",
    ],
    AMBITION: [
      () => "We want our pupils to aim high and have the knowledge and confidence to get there.",
      () => "Nothing is out of reach for our pupils: we raise aspirations and open doors.",
    ],
    KINDNESS: [
      () => "Kindness is taught, modelled and noticed in every classroom and corridor.",
      () => "We look after one another, and we expect our pupils to do the same.",
    ],
    CURIOSITY: [
      () => "We nurture a love of learning and encourage pupils to ask questions about the world.",
      () => "Our curriculum sparks curiosity through trips, visitors and hands-on learning.",
    ],
    CREATIVITY: [
      (x) => `Music, art, drama and design have a central place in the life of ${x.ourSchools}.`,
      () => "We give pupils room to think originally and to make things they are proud of.",
    ],
    RESILIENCE: [
      () => "Pupils learn to keep going when learning is hard, and to bounce back from setbacks.",
      () => "We teach our pupils that mistakes are part of learning and that effort pays off.",
    ],
    WELLBEING: [
      () => "The mental and physical health of our pupils and staff comes first.",
      () => "We look after wellbeing through pastoral care, sensible workloads and time to talk.",
    ],
    SCHOOL_AUTONOMY: [
      () =>
        "Each school keeps its own identity, and headteachers make the decisions that are best made locally.",
      () => "We trust our headteachers to lead, and step in with support only where it is needed.",
    ],
    SOCIAL_MOBILITY: [
      () =>
        "Education is the surest route to a better future, especially for our most disadvantaged pupils.",
      () =>
        "We make sure every pupil, whatever their background, leaves with real choices about their future.",
    ],
    SUSTAINABILITY: [
      () => "We are cutting our carbon footprint and teaching pupils to care for the planet.",
      () => "Eco-councils, school gardens and greener buildings are part of school life.",
    ],
    CHARACTER_EDUCATION: [
      () => "We teach virtues such as honesty, courage and compassion alongside the curriculum.",
      () => "Clubs, leadership roles and volunteering build the character pupils need to thrive.",
    ],
    PUPIL_VOICE: [
      () => "Pupils are listened to, and their views shape the decisions we make.",
      (x) =>
        `School councils and pupil leaders have a real say in how ${x.ourSchools} ${v.single ? "is" : "are"} run.`,
    ],
    STAFF_DEVELOPMENT: [
      () =>
        "Our staff are our greatest asset, and we invest in their training at every stage of their careers.",
      () =>
        "From early-career teachers to headteachers, everyone has time and support to get better.",
    ],
    PARTNERSHIP_WITH_FAMILIES: [
      () =>
        "Parents and carers are partners in their children's education, and we keep them closely involved.",
      (x) => `We keep families informed, involved and welcome in ${x.ourSchools}.`,
    ],
    INNOVATION: [
      () => "We try new approaches carefully, look at the evidence and keep what works.",
      () => "We use research and technology to improve teaching and reduce workload.",
    ],
    SERVICE: [
      () => "Our pupils give their time to help others, in school and in the wider community.",
      () => "We encourage a spirit of service, from charity work to supporting younger pupils.",
    ],
    DIVERSITY: [
      () => "We celebrate the many cultures, languages and identities in our school community.",
      (x) =>
        `${cap(x.ourSchools)} ${v.single ? "reflects and values" : "reflect and value"} the diversity of the community around ${v.single ? "it" : "them"}.`,
    ],
    LOCAL_IDENTITY: [
      (x) =>
        `${cap(x.ourSchools)} ${v.single ? "keeps its" : "keep their"} local character and links with ${x.town} and the places around it.`,
      () => "Our history, traditions and local links matter to us, and we keep them alive.",
    ],
    ACCOUNTABILITY: [
      () => "We answer clearly for our results and for how we use public money.",
      () => "We publish what we do and how well we do it, and we welcome scrutiny.",
    ],
  };
}

/**
 * Ways of stating how the trust meets each quality pillar (at least two each, so a statement can
 * be reworded); a single-academy trust does not say what only a group of schools can.
 */
export function qualityLines(v: Voice): Record<QualityPillar, readonly Line[]> {
  const mat = (...lines: Line[]) => (v.single ? [] : lines);
  return {
    HIGH_QUALITY_INCLUSIVE_EDUCATION: [
      (x) =>
        `${cap(x.ourSchools)} ${x.single ? "has" : "share"} a broad, ambitious curriculum, adapted so that pupils with SEND and those who are disadvantaged learn the same rich content as everyone else.`,
      () =>
        "Attendance, behaviour and inclusion are led by senior staff, so that fewer pupils miss out on learning and exclusions stay rare.",
      ...mat(
        () =>
          "We check the quality of education through regular reviews, and every school has a SENCo supported by our trust inclusion lead.",
      ),
    ],
    SCHOOL_IMPROVEMENT: [
      () =>
        "Improvement plans are short, costed and reviewed every term by leaders and trustees together.",
      ...(v.single
        ? [
            () =>
              "We buy in an external review every year and work with partner schools nearby to check our judgements.",
          ]
        : [
            (x: Voice) =>
              `Every school has a named improvement partner and an annual review, and ${x.ourSchools} share subject leaders and curriculum resources.`,
            () =>
              "Schools that join us get an early review and a clear, costed improvement plan within their first term.",
            () =>
              "We move support to where it is needed quickly, using our own experienced leaders and specialist teachers.",
          ]),
    ],
    WORKFORCE: [
      () =>
        "Workload is kept in check through shared planning, sensible marking policies and protected training time.",
      () =>
        "Every member of staff has a training plan, and early-career teachers have a mentor for their first two years.",
      ...mat(
        () =>
          "We recruit together, run our own early-career programme and offer every member of staff a clear route to promotion.",
        () =>
          "Staff can move between our schools to take on new roles, which helps us keep good people.",
      ),
    ],
    FINANCE_AND_OPERATIONS: [
      () =>
        "We plan budgets three years ahead and buy services together with other schools to get better value.",
      () =>
        "Finance reports go to trustees every month, and our accounts have been signed off without qualification every year.",
      ...mat(
        () =>
          "Our central team handles finance, HR and estates so that headteachers can concentrate on teaching and learning.",
      ),
    ],
    GOVERNANCE_AND_LEADERSHIP: [
      () =>
        "Trustees bring a range of professional skills and hold leaders to account through a clear scheme of delegation.",
      () =>
        "Our board reviews its own effectiveness every year and commissions an external review every three years.",
      ...mat(
        () =>
          "Local governors know their schools well and feed the views of families and staff back to the board.",
      ),
    ],
  };
}

/** Sentences of the school improvement offer; the first opens it. */
export function improvementLines(v: Voice): { opening: readonly Line[]; rest: readonly Line[] } {
  return {
    opening: v.single
      ? [
          () =>
            "We improve by working with other schools: our leaders and teachers learn from the best practice nearby, and share ours.",
          () =>
            "As a single-academy trust we keep improvement close to the classroom, with help from partners we choose.",
        ]
      : [
          (x) =>
            `School improvement is the core of what we do: ${x.ourSchools} get support matched to where they are, not a single programme for all.`,
          () =>
            "Our improvement model rests on a simple idea: schools get better fastest when strong leaders and teachers work alongside each other.",
          () =>
            "Every school in the trust gets a core improvement offer, with more intensive support where it is needed.",
        ],
    rest: [
      () =>
        "We run a full programme of leadership training, from middle leaders to aspiring headteachers.",
      () =>
        "Pupil progress is reviewed each term, so that support goes to pupils at risk of falling behind.",
      () =>
        "Early reading and phonics are led by specialist staff, with training for every new teacher.",
      ...(v.single
        ? [
            () =>
              "We take part in a local network of schools that review each other's work every year.",
            () =>
              "Subject leaders have time each half term to work with colleagues in partner schools.",
          ]
        : [
            () => "Each school has termly visits from an experienced improvement partner.",
            () =>
              "Subject networks meet every half term to plan, moderate work and share resources.",
            () =>
              "New schools get a review in their first term and an improvement plan agreed with the headteacher.",
            () =>
              "Our specialist SEND team supports staff to meet a wide range of needs in mainstream classrooms.",
            () =>
              "We share a curriculum for the core subjects, which schools adapt to their own context.",
          ]),
      ...(v.special
        ? [
            () =>
              "Our therapists and specialist teachers also work with mainstream schools nearby, sharing what we know about communication and behaviour.",
          ]
        : []),
    ],
  };
}

/** The reserves policy, in a sentence or two; the target percentage goes in. */
export function reservesLines(single: boolean) {
  return {
    pooled: [
      (percent: number) =>
        `Reserves are held centrally and pooled across the trust, with a target of ${percent}% of annual income, and released to schools for agreed projects.`,
      (percent: number) =>
        `We pool reserves so that any school can be supported in a difficult year; the board aims to hold ${percent}% of income in reserve.`,
      (percent: number) =>
        `The trust holds one pooled reserve of about ${percent}% of income, reviewed each year by the finance committee.`,
    ],
    own: single
      ? [
          (percent: number) =>
            `We aim to keep reserves of ${percent}% of annual income, to cover emergencies and plan for building works.`,
          (percent: number) =>
            `The board holds reserves of at least ${percent}% of income and agrees any spending from them in advance.`,
        ]
      : [
          (percent: number) =>
            `Each school keeps its own reserves, and we expect it to hold at least ${percent}% of its income; spending above that is agreed with the CEO.`,
          (percent: number) =>
            `Schools keep the reserves they build up, above a minimum of ${percent}% of income, and the trust holds a small contingency of its own.`,
          (percent: number) =>
            `Reserves stay with the school that built them; the board asks each school to keep ${percent}% of income in reserve for emergencies.`,
        ],
  };
}

export function budgetDelegationLines(single: boolean): readonly string[] {
  return single
    ? [
        "The headteacher manages the budget within limits set by the board, with monthly reports to trustees.",
        "The board approves the budget each spring; the headteacher and business manager manage it day to day.",
      ]
    : [
        "Headteachers manage their school's budget within limits set by the board, with monthly support from our finance team.",
        "Budgets are set with each school in the spring term and delegated to the headteacher, who reports to the local governing body.",
        "Schools hold their own budgets; spending above the limits in our financial procedures needs the CEO's approval.",
        "The trust sets each school's budget centrally and delegates day-to-day spending to the headteacher.",
      ];
}

export const capitalLines: readonly string[] = [
  "School Condition Allocation is pooled and spent on a trust-wide estates plan, prioritised by condition surveys.",
  "We plan capital works across all our schools over five years, starting with safety and the worst condition needs.",
  "Capital funding is held centrally and allocated to schools by need, with larger projects agreed by trustees.",
  "Each school's buildings are surveyed every three years, and the estates plan puts the most urgent works first.",
];

export const variesByLines: readonly string[] = [
  "the size of each school's budget",
  "the phase of the school and its pupil numbers",
  "the services each school chooses to buy back",
  "how long the school has been with the trust",
  "each school's income and the support it needs",
];

// biome-ignore format: a list of names reads best as a block
export const firstNames: readonly string[] = [
  "Sarah", "James", "Aisha", "David", "Helen", "Mohammed", "Claire", "Andrew", "Rebecca", "Daniel",
  "Fiona", "Rajesh", "Emma", "Michael", "Joanne", "Paul", "Nadia", "Stephen", "Kate", "Chidi",
  "Louise", "Mark", "Hannah", "Gareth", "Sophie", "Imran", "Rachel", "Simon", "Amara", "Richard",
  "Lucy", "Tariq", "Catherine", "Neil", "Olivia", "Sunil", "Bethan", "Tom", "Grace", "Yusuf",
];

// biome-ignore format: a list of names reads best as a block
export const surnames: readonly string[] = [
  "Wilson", "Khan", "Taylor", "Patel", "Brown", "O'Connor", "Evans", "Begum", "Thompson",
  "Robinson", "Hughes", "Ahmed", "Walker", "Clarke", "Wright", "Okafor", "Hall", "Green", "Singh",
  "Wood", "Jackson", "Lewis", "Turner", "Hussain", "Morris", "Campbell", "Murphy", "Shaw", "Kaur",
  "Bennett", "Cooper", "Ali", "Edwards", "Mensah", "Parker", "Chapman", "Fox", "Harris", "Nowak",
  "Reid",
];

/** Roles of a trust's public contacts: its leaders first, then the office. */
export function contactRoles(single: boolean): readonly string[] {
  return single
    ? ["Headteacher", "Business Manager", "Clerk to the Trustees", "Chair of Trustees"]
    : [
        "Chief Executive Officer",
        "Chief Operating Officer",
        "Director of Education",
        "Chief Financial Officer",
        "Governance Professional",
        "Head of Trust Development",
        "Chair of Trustees",
      ];
}

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
