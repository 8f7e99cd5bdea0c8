import { urnSchema } from "@atlas/domain";
import type { Context } from "../../context.ts";
import { schoolIdByUrn } from "./service.ts";

// The scopes and then the resolver both need the school: look it up once per request.
const lookups = new WeakMap<Context, Map<number, Promise<string | null>>>();

/** The id of the school with this URN; null when there is none (or it is not a URN). */
export function schoolIdOf(ctx: Context, urn: number): Promise<string | null> {
  const byUrn = lookups.get(ctx) ?? new Map<number, Promise<string | null>>();
  lookups.set(ctx, byUrn);
  let found = byUrn.get(urn);
  if (!found) {
    found = urnSchema.safeParse(urn).success ? schoolIdByUrn(ctx.db, urn) : Promise.resolve(null);
    byUrn.set(urn, found);
  }
  return found;
}

/** Reading what is private to a school (its shortlist, profile): its members only. A URN of no school is refused the same way. */
export async function readsForSchool(ctx: Context, urn: number) {
  return { schoolMember: (await schoolIdOf(ctx, urn)) ?? "" };
}

/**
 * Acting for a school (its shortlist, fit profile, saved searches): its members only. For a URN of no school, anyone signed in
 * gets as far as being told there is none (schools are public, so this gives nothing away).
 */
export async function actsForSchool(ctx: Context, urn: number) {
  const schoolId = await schoolIdOf(ctx, urn);
  return schoolId ? { schoolMember: schoolId } : { signedIn: true };
}
