import { vocabulary } from "./vocabulary.ts";

/** Religious character, as the register names it. */
export const religiousCharacters = vocabulary([
  { key: "DOES_NOT_APPLY", label: "Does not apply" },
  { key: "NONE", label: "None" },
  { key: "CHURCH_OF_ENGLAND", label: "Church of England" },
  { key: "ROMAN_CATHOLIC", label: "Roman Catholic" },
  { key: "CATHOLIC", label: "Catholic" },
  { key: "METHODIST", label: "Methodist" },
  { key: "CHURCH_OF_ENGLAND_METHODIST", label: "Church of England/Methodist" },
  { key: "ROMAN_CATHOLIC_CHURCH_OF_ENGLAND", label: "Roman Catholic/Church of England" },
  { key: "CHRISTIAN", label: "Christian" },
  { key: "JEWISH", label: "Jewish" },
  { key: "MUSLIM", label: "Muslim" },
  { key: "SIKH", label: "Sikh" },
  { key: "HINDU", label: "Hindu" },
  { key: "MULTI_FAITH", label: "Multi-faith" },
]);
export type ReligiousCharacter = (typeof religiousCharacters.keys)[number];

/** "None" and "Does not apply" both mean a school without a religious character. */
export function hasReligiousCharacter(rc: ReligiousCharacter): boolean {
  return rc !== "NONE" && rc !== "DOES_NOT_APPLY";
}
