import type { Audience } from "../session/access.ts";

/** An area of the admin that is planned but not built yet, and what it will hold. */
export interface PlannedArea {
  path: string;
  title: string;
  audience: Exclude<Audience, "everyone">;
  summary: string;
  plans: readonly string[];
}

// Curation is built now (/curation, /audit-log); the next planned area goes here.
export const plannedAreas: readonly PlannedArea[] = [];
