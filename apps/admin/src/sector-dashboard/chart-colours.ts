import type { PartnershipState } from "@atlas/domain";

// Fills from the GOV.UK palette, each against white at 3:1 or more (WCAG's non-text contrast),
// told apart also by their order in the legend and the stack; the numbers are in the tables.

/** Size bands, small to large: light to dark blue; no schools yet in grey. */
export const sizeBandColours: Record<string, string> = {
  SINGLE: "#5694ca",
  SMALL: "#2b79bd",
  MEDIUM: "#1d70b8",
  LARGE: "#144e81",
  VERY_LARGE: "#0b2d4a",
  NONE: "#6f777b",
};

export const stateColours: Record<PartnershipState, string> = {
  REQUESTED: "#1d70b8",
  IN_DISCUSSION: "#4c2c92",
  AGREED: "#00703c",
  ACTIVE: "#85994b",
  CONCLUDED: "#505a5f",
  DECLINED: "#d4351c",
  WITHDRAWN: "#b58840",
};

export const requestColour = "#1d70b8";
export const answeredColour = "#00703c";
export const profileColours = { with: "#00703c", without: "#6f777b" };
