import { z } from "zod";
import { compareDates, isIsoDate } from "../rules/calendar-dates.ts";
import { auditActions, auditSubjects } from "../vocabularies/curation.ts";
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
