import { type DemoAccount, demoAccounts } from "@atlas/data/demo-accounts";

/** The people the journeys act as, each one of the demo accounts (see README.md). */
export const personas = {
  trustAdmin: "trust-admin@demo.trustatlas.test",
  curator: "curator@demo.trustatlas.test",
  schoolMember: "school@demo.trustatlas.test",
} as const;

export type Persona = keyof typeof personas;

export const allPersonas: readonly Persona[] = ["trustAdmin", "curator", "schoolMember"];

export function demoAccount(persona: Persona): DemoAccount {
  const found = demoAccounts.find((a) => a.email === personas[persona]);
  if (!found) throw new Error(`The demo data has no account ${personas[persona]}.`);
  return found;
}
