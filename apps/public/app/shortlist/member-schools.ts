/** A school the signed-in person is a member of, as the API's role grants name it. */
export interface MemberSchool {
  urn: number;
  name: string;
}

/** What a loader asks of `viewer { roles { role school { urn name } } }`. */
export interface ViewerWithRoles {
  roles?: readonly { role: string; school?: MemberSchool | null }[] | null;
}

/**
 * The schools the person acts for (school member roles), once each, in the order granted.
 * Shortlists, saved searches and fit belong to a school, so these are what the public app
 * offers them for; a person with none (a visitor, a trust admin) gets none of it.
 */
export function memberSchoolsOf(viewer: ViewerWithRoles | null | undefined): MemberSchool[] {
  const schools = new Map<number, MemberSchool>();
  for (const grant of viewer?.roles ?? []) {
    if (grant.role === "SCHOOL_MEMBER" && grant.school && !schools.has(grant.school.urn)) {
      schools.set(grant.school.urn, { urn: grant.school.urn, name: grant.school.name });
    }
  }
  return [...schools.values()];
}

/** The address of a school's shortlist page. */
export function shortlistHref(urn: number): string {
  return `/schools/${urn}/shortlist`;
}
