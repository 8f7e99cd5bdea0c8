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
