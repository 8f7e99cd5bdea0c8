import type { Role } from "@atlas/domain";

/** The one password of every demo account. Demo data only: never used outside it. */
export const demoPassword = "demo-password-2026";

export interface DemoAccount {
  email: string;
  password: string;
  name: string;
  role: Role;
  /** What the account belongs to, for the README and the API's start banner. */
  organisation: string;
  /** Which of the generated organisations its role is on. */
  organisationKey: "demo-trust" | "other-demo-trust" | "demo-school" | "sector-body";
}

/**
 * The accounts of the demo data set, one per role. The trusts and the school are fixed by the
 * generator (see `demoTrust`, `otherDemoTrust` and `demoSchool`), so these descriptions hold for
 * every seed.
 */
export const demoAccounts: readonly DemoAccount[] = [
  {
    email: "trust-admin@demo.trustatlas.test",
    password: demoPassword,
    name: "Priya Sharma",
    role: "TRUST_ADMIN",
    organisation:
      "Trust administrator of Northern Lights Learning Trust (multi-academy trust, 9 schools around Leeds)",
    organisationKey: "demo-trust",
  },
  {
    email: "other-trust-admin@demo.trustatlas.test",
    password: demoPassword,
    name: "Tom Hughes",
    role: "TRUST_ADMIN",
    organisation:
      "Trust administrator of Irwell Valley Learning Trust (multi-academy trust, 6 primary schools around Salford)",
    organisationKey: "other-demo-trust",
  },
  {
    email: "school@demo.trustatlas.test",
    password: demoPassword,
    name: "Grace Okafor",
    role: "SCHOOL_MEMBER",
    organisation:
      "Member of Riverside Community Primary School (maintained school in Leeds, in no trust)",
    organisationKey: "demo-school",
  },
  {
    email: "curator@demo.trustatlas.test",
    password: demoPassword,
    name: "Alex Morgan",
    role: "CURATOR",
    organisation: "Curator at the National Association of School Trusts (demo), the sector body",
    organisationKey: "sector-body",
  },
];

/**
 * argon2id hashes of `demoPassword`, one per account (each with its own salt), made once so that
 * seeding is fast and the same every time. Made with @node-rs/argon2 2.2.1 and the API's options
 * (`hash(demoPassword, { algorithm: Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 })`
 * in a throwaway script); the API checks them with `verify`. This package does not depend on
 * argon2.
 */
export const demoPasswordHashes: Readonly<Record<string, string>> = {
  "trust-admin@demo.trustatlas.test":
    "$argon2id$v=19$m=19456,t=2,p=1$w/R/rtdoOTmjkGWzosiYyA$dCzUx0mrFBC6I7YYAlUK7yvr8IKrXraHE4xcLQY+YlQ",
  "other-trust-admin@demo.trustatlas.test":
    "$argon2id$v=19$m=19456,t=2,p=1$XZIfKrON72vFeCvHIkwV+g$ruEh1L698G194ooeMGvPgSSlmNZrGUVJcNq8+A6tOw0",
  "school@demo.trustatlas.test":
    "$argon2id$v=19$m=19456,t=2,p=1$DtkIbhPoW39mdgJ7Nd11zQ$K6L4bC7NodJ7gvprV/09TbHA3aNNBMf/t6jKJtF3Wdo",
  "curator@demo.trustatlas.test":
    "$argon2id$v=19$m=19456,t=2,p=1$LufuhkRGj1b9FAPU8Pu09g$RkZXzqvBE3mAlTHB1fjFzlSVVIsRRNNHpBc5s3ReX2o",
};
