import { claimDecisionSchema } from "@atlas/domain";
import { Button, Notice, Textarea } from "@atlas/ui";
import { type FormEvent, useId, useState } from "react";
import { useMutation } from "urql";
import { DecideClaimMutation, type DecideOutcome, type QueuedClaim } from "./operations.ts";

const noConnection =
  "The decision could not be sent. Check your connection and try again; nothing was changed.";

/** What the form shows for a decision's answer: done, a reason to fix, or a refusal. */
export function decisionAnswerOf(
  outcome: DecideOutcome | null | undefined,
): { kind: "done" } | { kind: "reason"; text: string } | { kind: "error"; text: string } {
  if (!outcome) return { kind: "error", text: noConnection };
  switch (outcome.__typename) {
    case "ClaimPayload":
      return { kind: "done" };
    case "ValidationError": {
      const issue = outcome.issues.find((i) => i.path.includes("reason")) ?? outcome.issues[0];
      return { kind: "reason", text: issue?.message ?? outcome.message };
    }
    case "NotFoundError":
    case "ClaimRefusedError":
      return { kind: "error", text: outcome.message };
  }
}

/**
 * Approve, or decline with a reason the person reads. The reason is checked with the domain's
 * schema before sending, as the API checks it; `onDecided` says what was done, for the page.
 */
export function ClaimDecisionForms({
  claim,
  organisation,
  onDecided,
}: {
  claim: QueuedClaim;
  organisation: string;
  onDecided: (message: string) => void;
}) {
  const reasonId = useId();
  const [{ fetching }, decide] = useMutation(DecideClaimMutation);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const who = claim.claimantName;

  async function send(decision: "APPROVE" | "DECLINE", reason?: string) {
    if (fetching) return;
    setRefusal(null);
    const checked = claimDecisionSchema.safeParse({ decision, reason });
    if (!checked.success) {
      setReasonError(checked.error.issues[0]?.message ?? "Say why the claim is declined.");
      return;
    }
    setReasonError(null);
    const result = await decide({
      input: { claimId: claim.id, decision, reason: checked.data.reason ?? null },
    });
    const answer = decisionAnswerOf(result.data?.decideClaim);
    if (answer.kind === "done") {
      onDecided(
        decision === "APPROVE"
          ? `Approved: ${who} now acts for ${organisation}. They have been emailed.`
          : `Declined: ${who} has been emailed your reason.`,
      );
    } else if (answer.kind === "reason") setReasonError(answer.text);
    else setRefusal(answer.text);
  }

  const approve = (event: FormEvent) => {
    event.preventDefault();
    void send("APPROVE");
  };
  const decline = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get("reason");
    void send("DECLINE", typeof value === "string" ? value : "");
  };
  return (
    <div className="ui-stack">
      {refusal && (
        <Notice tone="error" role="alert">
          <p className="ui-mb-0">{refusal}</p>
        </Notice>
      )}
      <form onSubmit={approve} aria-label={`Approve ${who}'s claim`}>
        <Button aria-disabled={fetching || undefined}>Approve</Button>
      </form>
      <form onSubmit={decline} aria-label={`Decline ${who}'s claim`} noValidate>
        <Textarea
          name="reason"
          id={reasonId}
          label="Reason for declining"
          hint={`${who} reads this in the email that tells them, so say what would help.`}
          rows={3}
          error={reasonError ?? undefined}
        />
        <Button variant="secondary" aria-disabled={fetching || undefined}>
          Decline
        </Button>
      </form>
    </div>
  );
}
