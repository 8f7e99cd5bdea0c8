/**
 * How big a data set is, in one place: everything the generator draws in proportion (phases,
 * types, faiths, places, names) follows from these counts and shares.
 */
export interface Scale {
  /** Trusts of each sort; faith and special trusts are drawn from the plain MATs of ≤ 30. */
  trusts: {
    /** MATs of more than 30 schools, spread over two or three regions. */
    veryLarge: number;
    /** The largest a very large trust can be (the register's largest runs about 100). */
    veryLargeMax: number;
    /** MATs of 10–30 schools. */
    large: number;
    /** MATs of 2–9 schools. */
    small: number;
    singleAcademy: number;
    /** Trusts closed by a merger into an open one. */
    closed: number;
    catholic: number;
    cofe: number;
    special: number;
  };
  /** Academies in no trust. */
  standaloneAcademies: number;
  /** Share of all schools that are academies (the rest are maintained). */
  academyShare: number;
  /**
   * Scales the chance that a school outside a church trust is a Church of England school: with
   * more maintained schools (where church schools are commonest) England needs a lower chance
   * than the demo set to come to the register's share, about one school in five.
   */
  cofeWeight: number;
  /** Shares of the open trusts by what they did with each document, as `trust-documents.ts` plans. */
  documents: {
    PROFILE: { published: number; draftOnly: number };
    SCHEME_OF_DELEGATION: { published: number; draftOnly: number };
    /** Of those with a published version, the share whose draft has moved on since. */
    draftAhead: number;
  };
}

export const scales = {
  /** 340 trusts and about 3,700 schools: quick to load, the default everywhere. */
  demo: {
    trusts: {
      veryLarge: 5,
      veryLargeMax: 62,
      large: 40,
      small: 203,
      singleAcademy: 86,
      closed: 4,
      catholic: 22,
      cofe: 20,
      special: 8,
    },
    standaloneAcademies: 240,
    academyShare: 0.6,
    cofeWeight: 1,
    documents: {
      PROFILE: { published: 0.8, draftOnly: 0.05 },
      SCHEME_OF_DELEGATION: { published: 0.7, draftOnly: 0.05 },
      draftAhead: 0.15,
    },
  },
  /**
   * England as the register shows it: about 1,320 MATs (most of 2–9 schools, on average about
   * 8, the largest near 100) and 1,000 single-academy trusts, about 22,000 schools of which
   * about 11,300 academies; profiles and schemes published by about 60% of trusts.
   */
  england: {
    trusts: {
      veryLarge: 30,
      veryLargeMax: 100,
      large: 200,
      small: 1090,
      singleAcademy: 1000,
      closed: 24,
      catholic: 130,
      cofe: 150,
      special: 60,
    },
    standaloneAcademies: 60,
    academyShare: 0.515,
    cofeWeight: 0.75,
    documents: {
      PROFILE: { published: 0.62, draftOnly: 0.05 },
      SCHEME_OF_DELEGATION: { published: 0.58, draftOnly: 0.05 },
      draftAhead: 0.15,
    },
  },
} as const satisfies Record<string, Scale>;

export type ScaleName = keyof typeof scales;
export const scaleNames = Object.keys(scales) as ScaleName[];
