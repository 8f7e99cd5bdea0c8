import type { Phase, ReligiousCharacter } from "@atlas/domain";

/** The phases offered as filters: the ones schools choose between (the register has more). */
export const MAIN_PHASES: readonly Phase[] = [
  "NURSERY",
  "PRIMARY",
  "SECONDARY",
  "ALL_THROUGH",
  "SIXTEEN_PLUS",
];

/** The religious characters offered as filters: those of most schools with one. */
export const COMMON_RELIGIOUS_CHARACTERS: readonly ReligiousCharacter[] = [
  "CHURCH_OF_ENGLAND",
  "ROMAN_CATHOLIC",
  "METHODIST",
  "CHRISTIAN",
  "JEWISH",
  "MUSLIM",
  "SIKH",
  "HINDU",
];

/** The offered keys, plus any other key already chosen (from a link), so it shows as chosen. */
export function offeredWithChosen<K extends string>(
  allKeys: readonly K[],
  offered: readonly K[],
  chosen: readonly K[],
): K[] {
  return allKeys.filter((key) => offered.includes(key) || chosen.includes(key));
}
