import {
  COLLECTION_ENTRIES_MAX,
  collectionInputSchema,
  collectionNoteSchema,
  collectionSectorBody,
} from "@atlas/domain";
import type { FieldIssueLike, FormErrors } from "@atlas/ui";

// The collection editor's form: what it holds, how its trusts move, the checks made before
// anything is sent (the domain's own schemas, as the API checks them again), and the API's
// answer as what the form shows, each message by its field.

export interface EntryValues {
  /** The trust's global id, as the API gives it. */
  trustId: string;
  trustName: string;
  note: string;
}

export interface CollectionValues {
  title: string;
  slug: string;
  summary: string;
  published: boolean;
  entries: EntryValues[];
}

export const blankCollection = (): CollectionValues => ({
  title: "",
  slug: "",
  summary: "",
  published: false,
  entries: [],
});

/** The id of the note field of the entry at `index`, which an error summary links to. */
export const noteFieldId = (index: number) => `entries-${index}-note`;

/** The form's fields in reading order: the summary lists errors in this order. */
export function fieldsOf(values: Pick<CollectionValues, "entries">): string[] {
  return [
    "sectorBodyId",
    "title",
    "slug",
    "summary",
    "published",
    "entries",
    ...values.entries.map((_, i) => noteFieldId(i)),
  ];
}

/** The entries with the one at `from` moved to `to` (both kept inside the list). */
export function moveEntry<T>(entries: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(entries.length - 1, to));
  if (from < 0 || from >= entries.length || from === target) return [...entries];
  const next = [...entries];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(target, 0, moved);
  return next;
}

/** A trust added at the end, unless it is there already or the collection is full. */
export function addEntry(entries: readonly EntryValues[], trust: { id: string; name: string }) {
  if (entries.some((e) => e.trustId === trust.id) || entries.length >= COLLECTION_ENTRIES_MAX) {
    return [...entries];
  }
  return [...entries, { trustId: trust.id, trustName: trust.name, note: "" }];
}

/** Which form field an issue from the API or the schema is about. */
export function fieldOfIssue(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  const at = parts[0] === "input" ? parts.slice(1) : parts;
  const [first, index] = at;
  if (first === "entries") {
    return index !== undefined && /^\d+$/.test(index) ? noteFieldId(Number(index)) : "entries";
  }
  return first ?? "title";
}

/** One message per field (the first for it), and a summary in the form's order. */
export function errorsOf(
  values: Pick<CollectionValues, "entries">,
  issues: readonly FieldIssueLike[],
): FormErrors<string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) fields[fieldOfIssue(issue.path)] ??= issue.message;
  const summary = fieldsOf(values).flatMap((field) => {
    const text = fields[field];
    return text === undefined ? [] : [{ href: `#${field}`, text }];
  });
  return { fields, summary };
}

export type CollectionCheck =
  | {
      ok: true;
      input: Omit<CollectionValues, "entries"> & {
        entries: { trustId: string; note: string }[];
        sectorBodyId?: string;
      };
    }
  | { ok: false; errors: FormErrors<string> };

const fieldsSchema = collectionInputSchema.omit({ entries: true });

/**
 * For a new collection: the sector bodies the curator curates for, as this page knows them,
 * and the one chosen ("" for none yet). A saved collection stays with its body: null.
 */
export interface BodyChoice {
  curated: readonly string[];
  id: string;
}

/** The form checked as the API will check it (trust ids aside: the API knows those). */
export function checkCollection(
  values: CollectionValues,
  body: BodyChoice | null = null,
): CollectionCheck {
  const issues: FieldIssueLike[] = [];
  // The domain's rule, as the API applies it. With no body known here (the page's roles did
  // not load theirs), the API decides alone.
  const chosen = body ? collectionSectorBody(body.id || null, body.curated) : null;
  if (chosen && !chosen.ok && chosen.refusal !== "NONE") {
    issues.push({ path: ["sectorBodyId"], message: chosen.message });
  }
  const parsed = fieldsSchema.safeParse(values);
  if (!parsed.success) issues.push(...parsed.error.issues);
  const entries = values.entries.map((entry, index) => {
    const note = collectionNoteSchema.safeParse(entry.note);
    if (!note.success) {
      issues.push(
        ...note.error.issues.map((i) => ({ path: ["entries", index, "note"], message: i.message })),
      );
    }
    return { trustId: entry.trustId, note: note.success ? note.data : entry.note };
  });
  if (values.entries.length > COLLECTION_ENTRIES_MAX) {
    issues.push({
      path: ["entries"],
      message: `A collection holds at most ${COLLECTION_ENTRIES_MAX} trusts: split it into two.`,
    });
  }
  if (!parsed.success || issues.length > 0) return { ok: false, errors: errorsOf(values, issues) };
  return {
    ok: true,
    // Only a body chosen is sent: a curator of one needs none, and the API knows it.
    input: {
      ...parsed.data,
      entries,
      ...(chosen?.ok && body?.id ? { sectorBodyId: body.id } : {}),
    },
  };
}

/** What saveCollection answered, as the mutation's typed result. */
export type SaveOutcome =
  | { __typename: "SaveCollectionPayload"; collection: { id: string; version: number } }
  | { __typename: "ValidationError"; issues: readonly FieldIssueLike[] }
  | { __typename: "NotFoundError"; message: string; path: readonly string[] }
  | { __typename: "CollectionSlugTakenError"; message: string }
  | { __typename: "CollectionConflictError"; message: string; currentVersion: number };

export type SaveAnswer =
  | { kind: "saved"; id: string; version: number }
  | { kind: "issues"; errors: FormErrors<string> }
  | { kind: "conflict"; text: string }
  | { kind: "error"; text: string };

const noConnection =
  "The collection could not be saved. Check your connection and try again; nothing was saved.";

/** The API's answer as what the editor shows: each refusal by the field it is about. */
export function saveAnswerOf(
  values: Pick<CollectionValues, "entries">,
  outcome: SaveOutcome | null | undefined,
): SaveAnswer {
  if (!outcome) return { kind: "error", text: noConnection };
  switch (outcome.__typename) {
    case "SaveCollectionPayload":
      return { kind: "saved", id: outcome.collection.id, version: outcome.collection.version };
    case "ValidationError":
      return { kind: "issues", errors: errorsOf(values, outcome.issues) };
    case "CollectionSlugTakenError":
      return {
        kind: "issues",
        errors: errorsOf(values, [{ path: ["slug"], message: outcome.message }]),
      };
    case "NotFoundError":
      // A trust removed from the register since it was added names its entry; else the collection.
      return outcome.path.includes("entries")
        ? {
            kind: "issues",
            errors: errorsOf(values, [{ path: outcome.path, message: outcome.message }]),
          }
        : { kind: "error", text: outcome.message };
    case "CollectionConflictError":
      return { kind: "conflict", text: outcome.message };
  }
}
