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
    path: "trust-profile",
    title: "Trust profile",
    audience: "trust-admins",
    summary: "Keep the profile that schools and families see on Trust Atlas up to date.",
    plans: [
      "Edit your trust's description, ethos, contact details and key people.",
      "Save changes as a draft, preview them, and publish when they are ready.",
      "See every published version, and who published it and when.",
    ],
  },
  {
    path: "scheme-of-delegation",
    title: "Scheme of delegation",
    audience: "trust-admins",
    summary:
      "Show who decides what in your trust: the board, committees, the CEO or local governors.",
    plans: [
      "Fill in the delegation grid, decision by decision, for each level of governance.",
      "See how much autonomy your schools have, and how that compares with similar trusts.",
      "Publish the scheme on your trust's profile.",
    ],
  },
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
