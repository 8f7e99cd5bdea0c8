import type { Audience } from "../session/access.ts";

/** An area of the admin that is planned but not built yet, and what it will hold. */
export interface PlannedArea {
  path: string;
  title: string;
  audience: Exclude<Audience, "everyone">;
  summary: string;
  plans: readonly string[];
}

export const plannedAreas: readonly PlannedArea[] = [
  {
    path: "partnership-requests",
    title: "Partnership requests",
    audience: "trust-admins",
    summary: "Answer schools that are thinking about joining your trust.",
    plans: [
      "See requests from schools, with what they are looking for in a trust.",
      "Reply, arrange a conversation, or decline with a reason.",
      "Keep track of every request and where it stands.",
    ],
  },
  {
    path: "curation",
    title: "Curation",
    audience: "curators",
    summary: "Verify trusts and keep what Trust Atlas publishes accurate and fair.",
    plans: [
      "Verify that the people asking to administer a trust work for it.",
      "Review profile changes that need a check before they go live.",
      "Moderate published content, and see a record of every decision.",
    ],
  },
];
