import type { MemberSchool } from "./member-schools.ts";

/** The school a page shortlists for, and the trusts on its shortlist now. */
export interface Shortlisting {
  school: MemberSchool;
  shortlisted: string[];
}
