import {
  type SavedSearchAlertFrequency,
  savedSearchAlertFrequencies,
  savedSearchInputSchema,
  shortlistNoteSchema,
} from "@atlas/domain";
import type { z } from "zod";
import { safeRedirectTarget } from "../auth/redirect.ts";

/** The form field saying what a post to the shortlist page is for. */
export const INTENT = "intent";
/** The form field holding the page to go back to afterwards. */
export const RETURN_TO = "returnTo";

/** Everything the shortlist page's forms post, read and checked. */
export type ShortlistPost =
  | { intent: "add"; trustId: string; returnTo: string | null }
  | { intent: "remove"; trustId: string; returnTo: string | null }
  | { intent: "note"; trustId: string; note: string }
  | {
      intent: "save-search";
      name: string;
      search: string;
      alerts: SavedSearchAlertFrequency;
      returnTo: string | null;
    }
  | { intent: "set-alerts"; savedSearchId: string; alerts: SavedSearchAlertFrequency }
  | { intent: "mark-seen"; savedSearchId: string }
  | { intent: "delete-search"; savedSearchId: string };

/** A field to fix, named as the form names it. */
export interface ShortlistFormError {
  field: string;
  message: string;
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** Where to send the person back to: a page of this site, or null for the shortlist itself. */
function returnTo(form: FormData): string | null {
  const raw = text(form, RETURN_TO);
  return raw === "" ? null : safeRedirectTarget(raw);
}

/** The alert choice posted, IMMEDIATE when none was (a form from before alerts existed). */
function alertsOf(form: FormData): SavedSearchAlertFrequency | null {
  const raw = text(form, "alerts");
  if (raw === "") return "IMMEDIATE";
  return savedSearchAlertFrequencies.keys.find((key) => key === raw) ?? null;
}

function failed(field: string, error: z.ZodError): { ok: false; error: ShortlistFormError } {
  return { ok: false, error: { field, message: error.issues[0]?.message ?? "Check this field." } };
}

/**
 * A post to the shortlist page, or what is wrong with it. The limits are the domain's
 * schemas, so a long note is refused here, before the API, in the same words.
 */
export function readShortlistPost(
  form: FormData,
): { ok: true; post: ShortlistPost } | { ok: false; error: ShortlistFormError } {
  const intent = text(form, INTENT);
  const trustId = text(form, "trustId").trim();
  const savedSearchId = text(form, "savedSearchId").trim();
  const needs = (value: string, field: string, what: string) =>
    value === "" ? { ok: false as const, error: { field, message: `Say which ${what}.` } } : null;
  switch (intent) {
    case "add":
    case "remove":
      return (
        needs(trustId, "trustId", "trust") ?? {
          ok: true,
          post: { intent, trustId, returnTo: returnTo(form) },
        }
      );
    case "note": {
      const note = shortlistNoteSchema.safeParse(text(form, "note"));
      if (!note.success) return failed("note", note.error);
      return (
        needs(trustId, "trustId", "trust") ?? {
          ok: true,
          post: { intent, trustId, note: note.data },
        }
      );
    }
    case "save-search": {
      const name = savedSearchInputSchema.shape.name.safeParse(text(form, "name"));
      if (!name.success) return failed("name", name.error);
      const alerts = alertsOf(form);
      if (!alerts)
        return {
          ok: false,
          error: { field: "alerts", message: "Choose how to hear of new trusts." },
        };
      return {
        ok: true,
        post: {
          intent,
          name: name.data,
          search: text(form, "search"),
          alerts,
          returnTo: returnTo(form),
        },
      };
    }
    case "set-alerts": {
      const alerts = alertsOf(form);
      if (!alerts)
        return {
          ok: false,
          error: { field: "alerts", message: "Choose how to hear of new trusts." },
        };
      return (
        needs(savedSearchId, "savedSearchId", "saved search") ?? {
          ok: true,
          post: { intent, savedSearchId, alerts },
        }
      );
    }
    case "mark-seen":
    case "delete-search":
      return (
        needs(savedSearchId, "savedSearchId", "saved search") ?? {
          ok: true,
          post: { intent, savedSearchId },
        }
      );
    default:
      return { ok: false, error: { field: INTENT, message: "This form was not one we know." } };
  }
}
