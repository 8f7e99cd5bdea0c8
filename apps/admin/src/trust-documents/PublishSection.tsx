import { Button, Heading, Textarea } from "@atlas/ui";
import { useId } from "react";

/** Where the draft stands, as far as publishing goes. */
export type PublishState =
  | { kind: "no-draft" }
  | { kind: "unsaved" }
  | { kind: "nothing"; publishedNumber: number | null }
  | { kind: "ready"; changeCount: number; changeWord: string };

export const changeSummaryId = "changeSummary";

/**
 * Publishing the saved draft with a summary of what changed (required, shown in the history).
 * Only a saved draft is published: with unsaved changes in the form, or nothing new in the
 * draft, the button is off and the page says why.
 */
export function PublishSection({
  what,
  state,
  summary,
  onSummaryChange,
  error,
  publishing,
  onPublish,
}: {
  /** "profile", "scheme of delegation". */
  what: string;
  state: PublishState;
  summary: string;
  onSummaryChange: (summary: string) => void;
  error?: string | undefined;
  publishing: boolean;
  onPublish: () => void;
}) {
  const headingId = useId();
  const explanationId = useId();
  let explanation: string;
  switch (state.kind) {
    case "no-draft":
      explanation = `There is no saved draft yet. Save a draft of the ${what} first; then you can publish it.`;
      break;
    case "unsaved":
      explanation = `You have changes that are not saved. Publishing publishes the saved draft, not what is in the form: save the draft first.`;
      break;
    case "nothing":
      explanation =
        state.publishedNumber === null
          ? `There is nothing to publish yet.`
          : `The saved draft is the same as published version ${state.publishedNumber}: there is nothing new to publish.`;
      break;
    case "ready":
      explanation = `Publishing makes the saved draft the ${what} schools see on Trust Atlas. It has ${state.changeCount} ${state.changeWord} from the version they see now.`;
      break;
  }
  const ready = state.kind === "ready";
  return (
    <section aria-labelledby={headingId} className="admin-panel">
      <Heading level={2} id={headingId}>
        Publish
      </Heading>
      <p id={explanationId}>{explanation}</p>
      <form
        noValidate
        aria-labelledby={headingId}
        onSubmit={(event) => {
          event.preventDefault();
          if (ready && !publishing) onPublish();
        }}
      >
        <Textarea
          name={changeSummaryId}
          label="Summary of changes"
          hint="Required. Say in a sentence what changed, for the history (for example “New reserves policy and contacts”)."
          rows={2}
          maxLength={500}
          value={summary}
          onChange={(event) => onSummaryChange(event.currentTarget.value)}
          error={error}
          disabled={!ready}
        />
        <Button disabled={!ready} aria-disabled={publishing || undefined}>
          Publish
        </Button>
        <p role="status" className="ui-body-s">
          {publishing ? "Publishing…" : ""}
        </p>
      </form>
    </section>
  );
}
