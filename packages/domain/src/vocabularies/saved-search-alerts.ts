import { vocabulary } from "./vocabulary.ts";

/** How a school member hears that a trust has started to match one of their saved searches. */
export const savedSearchAlertFrequencies = vocabulary([
  {
    key: "IMMEDIATE",
    label: "As it happens",
    description: "One email each time a trust starts to match the search.",
  },
  {
    key: "WEEKLY",
    label: "Weekly digest",
    description: "At most one email a week, listing the trusts that started to match.",
  },
  {
    key: "OFF",
    label: "No email",
    description: "The search's new matches show only when you look at it.",
  },
]);
export type SavedSearchAlertFrequency = (typeof savedSearchAlertFrequencies.keys)[number];
