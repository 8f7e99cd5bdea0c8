import type { ResponsibilityLevel } from "@atlas/domain";

/** Each responsibility level's colour class and the letter shown in a cell too narrow for words. */
export const heatLevels: Record<ResponsibilityLevel, { className: string; code: string }> = {
  DECIDES: { className: "ui-heat--decides", code: "D" },
  RECOMMENDS: { className: "ui-heat--recommends", code: "R" },
  CONSULTED: { className: "ui-heat--consulted", code: "C" },
  INFORMED: { className: "ui-heat--informed", code: "I" },
};
