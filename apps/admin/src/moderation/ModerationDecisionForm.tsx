import {
  type ModerationDecision,
  moderationDecisionSchema,
  moderationDecisions,
} from "@atlas/domain";
import {
  Button,
  ErrorSummary,
  errorsFromIssues,
  type FormErrors,
  RadioGroup,
  Textarea,
} from "@atlas/ui";
import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { decisionHints } from "./labels.ts";
import { DecideModerationMutation, type ModerationQueueItem } from "./operations.ts";

const fields = ["decision", "comment"] as const;
type Field = (typeof fields)[number];

const doneText: Record<ModerationDecision, string> = {
  APPROVE: "approved",
  REQUEST_CHANGES: "sent back with your comment",
  UNPUBLISH: "unpublished",
};

/**
 * One version's decision: approve, ask for changes, or unpublish, with the comment the trust
 * reads. Checked with the domain's schema first; the API's refusals land on the same fields.
 */
export function ModerationDecisionForm({
  item,
  trustName,
  onDecided,
}: {
  item: ModerationQueueItem;
  trustName: string;
  onDecided: (message: string) => void;
}) {
  // Ids from the version's own id: stable, and plain enough for the error summary's links.
  const prefix = `decide-${item.id.replace(/[^a-zA-Z0-9]/g, "")}`;
  const [, decide] = useMutation(DecideModerationMutation);
  const [decision, setDecision] = useState<string>("");
  const [comment, setComment] = useState("");
  const [errors, setErrors] = useState<FormErrors<Field> | null>(null);
  const [sending, setSending] = useState(false);
  const id = (field: Field) => `${prefix}-${field}`;
  const summaryOf = (found: FormErrors<Field>): FormErrors<Field> => ({
    ...found,
    summary: found.summary.map((s) => ({ ...s, href: `#${id(s.href.slice(1) as Field)}` })),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sending) return;
    const checked = moderationDecisionSchema.safeParse({
      decision: decision || undefined,
      comment: comment || undefined,
    });
    if (!checked.success) {
      const issues = checked.error.issues.map((i) =>
        i.path[0] === "decision" ? { ...i, message: "Choose a decision." } : i,
      );
      setErrors(summaryOf(errorsFromIssues(fields, issues)));
      return;
    }
    setSending(true);
    const result = await decide({
      input: { versionId: item.id, decision: checked.data.decision, comment: checked.data.comment },
    });
    setSending(false);
    const outcome = result.data?.decideModeration;
    if (outcome?.__typename === "DecideModerationPayload") {
      setErrors(null);
      onDecided(
        `Version ${item.number} of ${trustName}'s ${item.kind === "PROFILE" ? "profile" : "scheme of delegation"} was ${doneText[checked.data.decision]}.`,
      );
      return;
    }
    if (outcome?.__typename === "AlreadyModeratedError") {
      // Decided meanwhile by someone else: the queue is read again, without it.
      onDecided(`${outcome.message} It has left the queue.`);
      return;
    }
    const issues =
      outcome?.__typename === "ValidationError"
        ? outcome.issues
        : [
            {
              path: ["decision"],
              message:
                outcome && "message" in outcome
                  ? outcome.message
                  : "The decision could not be sent. Check your connection and try again; nothing was changed.",
            },
          ];
    setErrors(summaryOf(errorsFromIssues(fields, issues)));
  }

  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label={`Decide on version ${item.number} of ${trustName}`}
    >
      {errors && errors.summary.length > 0 && <ErrorSummary errors={errors.summary} />}
      <RadioGroup
        // One radio group per form: a name shared across the queue would join them into one.
        name={id("decision")}
        idPrefix={id("decision")}
        legend="Your decision"
        legendSize="s"
        small
        options={moderationDecisions.entries.map((entry) => ({
          value: entry.key,
          label: entry.label,
          hint: decisionHints[entry.key],
        }))}
        value={decision}
        onValueChange={setDecision}
        error={errors?.fields.decision}
      />
      <Textarea
        name="comment"
        id={id("comment")}
        label="Comment for the trust"
        hint="Needed to ask for changes (what to change) or to unpublish (why). The trust's administrators read it."
        rows={3}
        value={comment}
        onChange={(event) => setComment(event.currentTarget.value)}
        error={errors?.fields.comment}
      />
      <Button type="submit" aria-disabled={sending || undefined}>
        {sending ? "Recording…" : "Record decision"}
      </Button>
    </form>
  );
}
