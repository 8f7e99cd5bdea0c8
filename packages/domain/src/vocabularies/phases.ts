import { vocabulary } from "./vocabulary.ts";

/** Phase of education, as the register (GIAS) codes it. */
export const phases = vocabulary([
  { key: "NOT_APPLICABLE", label: "Not applicable", code: "0" },
  { key: "NURSERY", label: "Nursery", code: "1" },
  { key: "PRIMARY", label: "Primary", code: "2" },
  { key: "MIDDLE_DEEMED_PRIMARY", label: "Middle deemed primary", code: "3" },
  { key: "SECONDARY", label: "Secondary", code: "4" },
  { key: "MIDDLE_DEEMED_SECONDARY", label: "Middle deemed secondary", code: "5" },
  { key: "SIXTEEN_PLUS", label: "16 plus", code: "6" },
  { key: "ALL_THROUGH", label: "All-through", code: "7" },
]);
export type Phase = (typeof phases.keys)[number];
