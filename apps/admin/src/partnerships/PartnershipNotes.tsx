import {
  type PartnershipNoteKind,
  partnershipNoteKinds,
  partnershipNoteRefusal,
} from "@atlas/domain";
import {
  Button,
  blankNote,
  checkNote,
  Heading,
  type NoteValues,
  Notice,
  nextReviewDate,
  noteBody,
  noteErrors,
  noteFieldId,
  noteNextReviewDate,
  notesOf,
  Stat,
  Textarea,
  TextInput,
} from "@atlas/ui";
import { type FormEvent, useId, useState } from "react";
import { useMutation } from "urql";
import { AttemptErrorSummary, useFormErrors } from "../forms/form-attempts.tsx";
import { formatDateTime } from "../trust-documents/when.ts";
import { actorLabel, eventActionLabel, formatDay } from "./labels.ts";
import { noteAnswerOf } from "./note-form.ts";
import {
  type PartnershipEventView,
  type PartnershipView,
  RecordPartnershipNoteMutation,
} from "./operations.ts";

// The partnership's conversation and, once it runs, its record of activities and reviews. Both
// are read from the history (a note is an entry of it); whether a form is offered is the
// domain's partnershipNoteRefusal, the rule the API applies when the note arrives.

/** What each form is called, what its text box asks, and what it says once sent. */
const wording: Record<
  PartnershipNoteKind,
  { heading: string; body: string; hint: string; button: string; done: string }
> = {
  MESSAGE: {
    heading: "Send a message",
    body: "Message to the school",
    hint: "The school is told, and the message stays with the partnership.",
    button: "Send the message",
    done: "Message sent. The school has been told.",
  },
  ACTIVITY: {
    heading: "Record an activity",
    body: "What was done",
    hint: "For example a training day, a shared curriculum plan or a visit, with when it happened.",
    button: "Record the activity",
    done: "Activity recorded. The school has been told.",
  },
  REVIEW: {
    heading: "Record a review",
    body: "How the partnership is going",
    hint: "What is working, what is not, and what happens next.",
    button: "Record the review",
    done: "Review recorded. The school has been told.",
  },
};

export function PartnershipNotes({
  partnership: p,
  canAct,
}: {
  partnership: PartnershipView;
  /** An administrator of the partnership's trust; curators read only. */
  canAct: boolean;
}) {
  const messagesId = useId();
  const recordId = useId();
  const messages = notesOf(p.partnershipEvents, ["MESSAGE"]);
  const records = notesOf(p.partnershipEvents, ["ACTIVITY", "REVIEW"]);
  const may = (kind: PartnershipNoteKind) =>
    canAct && partnershipNoteRefusal(p.state, kind) === null;
  const running = p.state === "ACTIVE";
  const nextReview = nextReviewDate(p.partnershipEvents);
  return (
    <>
      <section aria-labelledby={messagesId} className="admin-panel">
        <Heading level={2} id={messagesId}>
          Messages
        </Heading>
        <NoteList
          notes={messages}
          caption="Messages between the school and the trust, oldest first."
          empty="No messages yet."
        />
        {may("MESSAGE") && <NoteFormSection kind="MESSAGE" partnershipId={p.id} />}
        {canAct && !may("MESSAGE") && <p>{partnershipNoteRefusal(p.state, "MESSAGE")}</p>}
      </section>

      {(running || records.length > 0) && (
        <section aria-labelledby={recordId} className="admin-panel">
          <Heading level={2} id={recordId}>
            Activities and reviews
          </Heading>
          <Stat
            value={nextReview ? formatDay(nextReview) : "Not set"}
            label="next review"
            hint={
              nextReview
                ? "As the latest review set it."
                : "Record a review with the date of the next one to set it."
            }
          />
          <NoteList
            notes={records}
            caption="What the partnership has done and how it is going, oldest first."
            empty="No activities or reviews recorded yet."
          />
          {may("ACTIVITY") && <NoteFormSection kind="ACTIVITY" partnershipId={p.id} />}
          {may("REVIEW") && <NoteFormSection kind="REVIEW" partnershipId={p.id} />}
        </section>
      )}
    </>
  );
}

/** Notes oldest first, each with who wrote it for which side, and when. */
function NoteList({
  notes,
  caption,
  empty,
}: {
  notes: readonly PartnershipEventView[];
  caption: string;
  empty: string;
}) {
  if (notes.length === 0) return <p>{empty}</p>;
  return (
    <>
      <p>{caption}</p>
      <ol className="admin-history">
        {notes.map((note) => {
          const next = noteNextReviewDate(note);
          return (
            <li key={note.sequence} className="admin-history__version">
              <p className="ui-mb-0">
                <strong>{eventActionLabel(note.action)}</strong> from{" "}
                {actorLabel(note.actorName, note.actorParty)},{" "}
                <time dateTime={note.at}>{formatDateTime(note.at)}</time>
              </p>
              <p className="admin-prewrap">{noteBody(note)}</p>
              {next && <p>Next review: {formatDay(next)}</p>}
            </li>
          );
        })}
      </ol>
    </>
  );
}

function NoteFormSection({
  kind,
  partnershipId,
}: {
  kind: PartnershipNoteKind;
  partnershipId: string;
}) {
  const headingId = useId();
  const words = wording[kind];
  const [, record] = useMutation(RecordPartnershipNoteMutation);
  const [form, setForm] = useState<NoteValues>(blankNote);
  const { errors, attempt, show } = useFormErrors();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    setMessage(null);
    // Checked with the domain's schema first: nothing is sent while a field is wrong.
    const check = checkNote(kind, form);
    if (!check.ok) {
      show(check.errors);
      return;
    }
    setSending(true);
    const result = await record({
      input: {
        partnershipId,
        kind,
        body: check.note.body,
        nextReviewDate: check.note.nextReviewDate ?? null,
      },
    });
    setSending(false);
    const answer = noteAnswerOf(result.data?.recordPartnershipNote);
    switch (answer.kind) {
      case "done":
        show(null);
        setForm(blankNote);
        setMessage({ tone: "success", text: words.done });
        return;
      case "issues":
        show(noteErrors(kind, answer.issues));
        return;
      case "error":
        show(null);
        setMessage({ tone: "error", text: answer.text });
        return;
    }
  }

  const bodyId = noteFieldId(kind, "body");
  const dateId = noteFieldId(kind, "nextReviewDate");
  return (
    <section aria-labelledby={headingId} className="admin-step">
      <Heading level={3} id={headingId}>
        {words.heading}
      </Heading>
      <p>{partnershipNoteKinds.description(kind)}</p>
      <AttemptErrorSummary errors={errors} attempt={attempt} />
      {message && (
        <Notice tone={message.tone} role={message.tone === "error" ? "alert" : "status"}>
          <p className="ui-mb-0">{message.text}</p>
        </Notice>
      )}
      <form noValidate aria-labelledby={headingId} onSubmit={(e) => void submit(e)}>
        <Textarea
          name={bodyId}
          label={words.body}
          hint={words.hint}
          rows={4}
          maxLength={4000}
          value={form.body}
          onChange={(e) => {
            const body = e.currentTarget.value;
            setForm((f) => ({ ...f, body }));
          }}
          error={errors?.fields[bodyId]}
        />
        {kind === "REVIEW" && (
          <TextInput
            name={dateId}
            type="date"
            label="Date of the next review (optional)"
            hint="Shown at the top of this section until the next review. Leave blank if none is planned."
            width={10}
            value={form.nextReviewDate}
            onChange={(e) => {
              const nextReviewDate = e.currentTarget.value;
              setForm((f) => ({ ...f, nextReviewDate }));
            }}
            error={errors?.fields[dateId]}
          />
        )}
        <Button aria-disabled={sending || undefined}>{sending ? "Sending…" : words.button}</Button>
      </form>
    </section>
  );
}
