import { z } from "zod";
import { compareDates, isIsoDate } from "../rules/calendar-dates.ts";
import { auditActions, auditSubjects, claimDecisions } from "../vocabularies/curation.ts";
import { emailSchema } from "./accounts.ts";
import { urnSchema } from "./search.ts";
import { boundedText, plainText } from "./text.ts";

const isoDate = (what: string) =>
  z.string({ error: `Enter ${what} as YYYY-MM-DD.` }).refine(isIsoDate, {
    message: `Enter ${what} as a real date, YYYY-MM-DD.`,
  });

/**
 * What a curator records in verifying a trust. Both checks must be made: a listing half
 * checked is not verified, and the message says which check is missing. `today` is passed
 * in, as the domain reads no clock.
 */
export const trustVerificationSchema = (today: string) =>
  z.object({
    registerMatch: z.literal(true, {
      error:
        "Check the trust's name, number and address against the register (GIAS and Companies House) before verifying it.",
    }),
    contactConfirmed: z.literal(true, {
      error: "Confirm with a named contact at the trust that the listing is theirs.",
    }),
    contactName: boundedText("the name of the contact who confirmed", 200),
    checkedOn: isoDate("the date of the checks").refine((d) => compareDates(d, today) <= 0, {
      message: "The checks cannot be dated in the future.",
    }),
    notes: plainText().trim().max(2000, "Shorten the notes to at most 2000 characters.").optional(),
  });
export type TrustVerificationInput = z.output<ReturnType<typeof trustVerificationSchema>>;

/** What a curator narrows the audit log by; every part is optional. */
export const auditLogFilterSchema = z
  .object({
    actions: z.array(z.enum(auditActions.keys)).max(auditActions.keys.length).optional(),
    subjectTypes: z.array(z.enum(auditSubjects.keys)).max(auditSubjects.keys.length).optional(),
    /** Only entries about this trust (its row id). */
    trustId: z.uuid({ error: "This is not a trust's id." }).optional(),
    from: isoDate("the first day").optional(),
    to: isoDate("the last day").optional(),
  })
  .refine((f) => !f.from || !f.to || compareDates(f.from, f.to) <= 0, {
    message: "The first day must not be after the last day.",
    path: ["to"],
  });
export type AuditLogFilter = z.output<typeof auditLogFilterSchema>;

const claimCommon = {
  jobTitle: boundedText("what you do there (your job title)", 200),
  evidence: boundedText(
    "how a curator can tell it is you (a work email, a staff page, who to call)",
    2000,
  ),
};

/**
 * A signed-up person's claim to act for a trust (by its Group UID, as the register numbers
 * trusts) or a school (by its URN).
 */
export const claimRequestSchema = z.discriminatedUnion(
  "role",
  [
    z.object({
      role: z.literal("TRUST_ADMIN"),
      groupUid: z
        .number({ error: "Enter the trust's Group UID, from Get Information about Schools." })
        .int("A Group UID is a whole number.")
        .positive("A Group UID is a whole number."),
      ...claimCommon,
    }),
    z.object({
      role: z.literal("SCHOOL_MEMBER"),
      urn: z.number({ error: "Enter the school's six-digit URN." }).pipe(urnSchema),
      ...claimCommon,
    }),
  ],
  { error: "Choose whether you administer a trust or represent a school." },
);
export type ClaimRequest = z.output<typeof claimRequestSchema>;

/** A curator's decision: declining says why, so the person knows what to do next. */
export const claimDecisionSchema = z
  .object({
    decision: z.enum(claimDecisions.keys),
    reason: plainText()
      .trim()
      .max(2000, "Shorten the reason to at most 2000 characters.")
      .optional(),
  })
  .refine((d) => d.decision !== "DECLINE" || (d.reason ?? "") !== "", {
    message: "Say why the claim is declined: the person reads it.",
    path: ["reason"],
  });
export type ClaimDecisionInput = z.output<typeof claimDecisionSchema>;

/** A colleague invited by email. */
export const invitationSchema = z.object({ email: emailSchema });
