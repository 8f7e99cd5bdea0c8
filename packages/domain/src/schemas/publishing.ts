import { z } from "zod";
import { boundedText } from "./text.ts";

/** What a trust says it changed when it publishes a version: shown in the history. */
export const changeSummarySchema = boundedText("a summary of what changed", 500);

/** Why a curator took a version down: kept on record and shown to the trust. */
export const unpublishReasonSchema = boundedText("the reason for unpublishing", 1000);

/**
 * The version of the draft an edit was made from: 0 when there is no draft yet. A save or
 * publish naming an older version is refused rather than overwriting a newer one.
 */
export const expectedVersionSchema = z
  .number({ error: "Give the draft version you started from as a number." })
  .int("Give the draft version you started from as a whole number.")
  .min(0, "Give the draft version you started from as 0 or more.");
