import {
  type PartnershipNoteKind,
  type PartnershipState,
  partnershipNoteKinds,
  partnershipNoteRefusal,
} from "@atlas/domain";
import {
  Button,
  blankNote,
  formatDate,
  Heading,
  type NoteValues,
  nextReviewDate,
  noteBody,
  noteFieldId,
  noteNextReviewDate,
  notesOf,
  Stat,
  Textarea,
  TextInput,
} from "@atlas/ui";
import { Form } from "react-router";
import { NOTE_ACTION, noteSlug } from "./note-form.ts";
import { type HistoryEvent, when, who } from "./PartnershipHistory.tsx";

export interface NotesProps {
  action: string;
  state: PartnershipState;
  events: readonly HistoryEvent[];
  names: { school: string; trust: string };
  /** The note last tried and refused, with what was typed and what was wrong (by field id). */
  failed: {
    kind: PartnershipNoteKind;
    values: NoteValues;
    fields: Partial<Record<string, string>>;
  } | null;
}

/** What each form is called, what its text box asks, and what its button says. */
const wording: Record<
  PartnershipNoteKind,
  { heading: string; body: string; hint: string; button: string }
> = {
  MESSAGE: {
    heading: "Send a message",
    body: "Message to the trust",
    hint: "The trust is told, and the message stays with the partnership.",
    button: "Send the message",
  },
  ACTIVITY: {
    heading: "Record an activity",
    body: "What was done",
    hint: "For example a training day, a shared curriculum plan or a visit, with when it happened.",
    button: "Record the activity",
  },
  REVIEW: {
    heading: "Record a review",
    body: "How the partnership is going",
    hint: "What is working, what is not, and what happens next.",
    button: "Record the review",
  },
};

/**
 * The partnership's conversation and, once it runs, its record of activities and reviews, read
 * from the history (a note is an entry of it). The forms are plain posts, so they work without
 * script; whether each is offered is the domain's partnershipNoteRefusal, the API's own rule.
 */
export function PartnershipNotes({ action, state, events, names, failed }: NotesProps) {
  const messages = notesOf(events, ["MESSAGE"]);
  const records = notesOf(events, ["ACTIVITY", "REVIEW"]);
  const open = (kind: PartnershipNoteKind) => partnershipNoteRefusal(state, kind) === null;
  const form = (kind: PartnershipNoteKind) => (
    <NoteForm kind={kind} action={action} failed={failed?.kind === kind ? failed : null} />
  );
  const nextReview = nextReviewDate(events);
  return (
    <>
      <section aria-labelledby="messages-heading" className="ui-stack">
        <Heading level={2} id="messages-heading">
          Messages
        </Heading>
        <NoteList
          notes={messages}
          names={names}
          label="Messages between the school and the trust, oldest first"
          empty="No messages yet."
        />
        {open("MESSAGE") ? (
          form("MESSAGE")
        ) : (
          <p className="ui-body ui-measure">{partnershipNoteRefusal(state, "MESSAGE")}</p>
        )}
      </section>
      {(open("ACTIVITY") || records.length > 0) && (
        <section aria-labelledby="records-heading" className="ui-stack">
          <Heading level={2} id="records-heading">
            Activities and reviews
          </Heading>
          <Stat
            value={nextReview ? formatDate(nextReview) : "Not set"}
            label="next review"
            hint={
              nextReview
                ? "As the latest review set it."
                : "Record a review with the date of the next one to set it."
            }
          />
          <NoteList
            notes={records}
            names={names}
            label="Activities and reviews, oldest first"
            empty="No activities or reviews recorded yet."
          />
          {open("ACTIVITY") && form("ACTIVITY")}
          {open("REVIEW") && form("REVIEW")}
        </section>
      )}
    </>
  );
}

function NoteList({
  notes,
  names,
  label,
  empty,
}: {
  notes: readonly HistoryEvent[];
  names: { school: string; trust: string };
  label: string;
  empty: string;
}) {
  if (notes.length === 0) return <p className="ui-body">{empty}</p>;
  return (
    <ol className="ui-list partnership-history" aria-label={label}>
      {notes.map((note) => {
        const next = noteNextReviewDate(note);
        return (
          <li key={note.sequence} className="partnership-history__event">
            <p className="ui-body-s">
              <strong>{partnershipNoteKinds.label(note.action as PartnershipNoteKind)}</strong> from{" "}
              {who(note, names)}, <time dateTime={note.at}>{when.format(new Date(note.at))}</time>
            </p>
            <p className="ui-body partnership-words">{noteBody(note)}</p>
            {next && <p className="ui-body-s">Next review: {formatDate(next)}</p>}
          </li>
        );
      })}
    </ol>
  );
}

function NoteForm({
  kind,
  action,
  failed,
}: {
  kind: PartnershipNoteKind;
  action: string;
  failed: NotesProps["failed"];
}) {
  const words = wording[kind];
  const slug = noteSlug(kind);
  const values = failed?.values ?? blankNote;
  const errors = failed?.fields ?? {};
  return (
    <section
      id={`${slug}-note`}
      aria-labelledby={`${slug}-note-heading`}
      className="ui-stack stack-tight"
      tabIndex={-1}
    >
      <Heading level={3} size="m" id={`${slug}-note-heading`}>
        {words.heading}
      </Heading>
      <p className="ui-body ui-measure">{partnershipNoteKinds.description(kind)}</p>
      <Form method="post" action={action} noValidate className="ui-measure">
        <input type="hidden" name="action" value={NOTE_ACTION} />
        <input type="hidden" name="kind" value={kind} />
        <Textarea
          name="body"
          id={noteFieldId(kind, "body")}
          label={words.body}
          hint={words.hint}
          rows={4}
          defaultValue={values.body}
          error={errors[noteFieldId(kind, "body")]}
        />
        {kind === "REVIEW" && (
          <TextInput
            name="nextReviewDate"
            id={noteFieldId(kind, "nextReviewDate")}
            type="date"
            label="Date of the next review (optional)"
            hint="Shown at the top of this section until the next review. Leave blank if none is planned."
            width={10}
            defaultValue={values.nextReviewDate}
            error={errors[noteFieldId(kind, "nextReviewDate")]}
          />
        )}
        <Button>{words.button}</Button>
      </Form>
    </section>
  );
}
