import {
  isIsoDate,
  type PartnershipAction,
  type PartnershipOutcome,
  partnershipActions,
  partnershipOutcomes,
} from "@atlas/domain";
import {
  Button,
  errorsFromIssues,
  type FieldIssueLike,
  type FormErrors,
  Heading,
  Notice,
  Select,
  Textarea,
  TextInput,
} from "@atlas/ui";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useMutation } from "urql";
import { AttemptErrorSummary, useFormErrors } from "../forms/form-attempts.tsx";
import type { PartnershipTermsInput } from "../gql/graphql.ts";
import { Disclosure } from "../trust-documents/Disclosure.tsx";
import { formatDay } from "./labels.ts";
import {
  type PartnershipView,
  type TransitionOutcome,
  TransitionPartnershipMutation,
} from "./operations.ts";
import { TermsFields } from "./TermsFields.tsx";
import {
  checkTermsForm,
  type TermsForm,
  termsErrorsFromIssues,
  termsFormFrom,
} from "./terms-form.ts";

// The steps the trust's side may take now: exactly those in Partnership.availableActions (the
// API decides; a curator gets none), each a small form. Every step sends the version the page
// loaded as expectedVersion, so a step taken on an out-of-date page is refused, never applied.

export const staleMessage = "Someone changed this partnership while you were looking — reload";

type Message = { tone: "success" | "error"; text: string };

/** What to do with a step's answer. */
type Answer =
  | { kind: "done"; partnership: PartnershipView }
  | { kind: "stale"; currentVersion: number }
  | { kind: "issues"; issues: FieldIssueLike[] }
  | { kind: "error"; text: string };

const noConnection =
  "The step could not be sent. Check your connection and try again; nothing was changed.";

/** A mutation's outcome as what the form shows. Refusals with a path land on that field. */
export function answerOf(outcome: TransitionOutcome | null | undefined): Answer {
  if (!outcome) return { kind: "error", text: noConnection };
  switch (outcome.__typename) {
    case "PartnershipPayload":
      return { kind: "done", partnership: outcome.partnership };
    case "PartnershipStaleError":
      return { kind: "stale", currentVersion: outcome.currentVersion };
    case "ValidationError":
      return { kind: "issues", issues: outcome.issues };
    case "PartnershipRefusedError":
      return outcome.path.length > 0
        ? { kind: "issues", issues: [{ path: outcome.path, message: outcome.message }] }
        : { kind: "error", text: outcome.message };
    case "NotFoundError":
    case "PartnershipConflictError":
      return { kind: "error", text: outcome.message };
  }
}

const doneText: Record<PartnershipAction, string> = {
  OPEN_DISCUSSION: "Discussion opened. The school has been told.",
  PROPOSE_TERMS: "Terms proposed. The school has been asked to confirm them.",
  CONFIRM_TERMS: "You have confirmed the terms.",
  DECLINE: "The request has been declined. The school has been told why.",
  WITHDRAW: "Withdrawn.",
  START: "The partnership has started.",
  EXTEND: "The partnership has been extended.",
  CONCLUDE: "The partnership has been concluded and its outcome recorded.",
};

/** The order the steps are offered in: moving forward first, ending last. */
const order: readonly PartnershipAction[] = [
  "OPEN_DISCUSSION",
  "CONFIRM_TERMS",
  "START",
  "PROPOSE_TERMS",
  "EXTEND",
  "CONCLUDE",
  "DECLINE",
];

export function PartnershipActions({
  partnership,
  onReload,
  reloading,
}: {
  partnership: PartnershipView;
  onReload: () => void;
  reloading: boolean;
}) {
  const headingId = useId();
  const [, transition] = useMutation(TransitionPartnershipMutation);
  const [message, setMessage] = useState<Message | null>(null);
  const [stale, setStale] = useState<number | null>(null);
  const [sending, setSending] = useState<PartnershipAction | null>(null);
  const available = order.filter((a) => partnership.availableActions.includes(a));

  /** Sends one step from the version loaded; says what happened unless it is about fields. */
  async function send(
    action: PartnershipAction,
    extra: {
      reason?: string | undefined;
      terms?: PartnershipTermsInput;
      endDate?: string;
      outcome?: PartnershipOutcome;
    } = {},
  ): Promise<FieldIssueLike[] | null> {
    if (sending) return null;
    setMessage(null);
    setSending(action);
    const result = await transition({
      input: {
        partnershipId: partnership.id,
        action,
        expectedVersion: partnership.version,
        ...extra,
      },
    });
    setSending(null);
    const answer = answerOf(result.data?.transitionPartnership);
    switch (answer.kind) {
      case "done":
        setStale(null);
        setMessage({ tone: "success", text: doneText[action] });
        return null;
      case "stale":
        setStale(answer.currentVersion);
        return null;
      case "issues":
        return answer.issues;
      case "error":
        setMessage({ tone: "error", text: answer.text });
        return null;
    }
  }

  return (
    <section aria-labelledby={headingId} className="admin-panel">
      <Heading level={2} id={headingId}>
        What you can do
      </Heading>
      {stale !== null && (
        <Notice tone="warning" title={staleMessage} role="alert">
          <p>
            Another step was taken (it is now at version {stale}; you loaded version{" "}
            {partnership.version}). Nothing you sent was applied. Reload to see where it stands.
          </p>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setStale(null);
              onReload();
            }}
            aria-disabled={reloading || undefined}
          >
            {reloading ? "Reloading…" : "Reload the partnership"}
          </Button>
        </Notice>
      )}
      {message && (
        <Notice tone={message.tone} role={message.tone === "error" ? "alert" : "status"}>
          <p className="ui-mb-0">{message.text}</p>
        </Notice>
      )}
      {available.length === 0 ? (
        <p>There is nothing for the trust to do now.</p>
      ) : (
        available.map((action) => (
          <ActionForm
            key={`${action}-${partnership.version}`}
            action={action}
            partnership={partnership}
            sending={sending === action}
            send={send}
          />
        ))
      )}
    </section>
  );
}

type Send = (
  action: PartnershipAction,
  extra?: {
    reason?: string | undefined;
    terms?: PartnershipTermsInput;
    endDate?: string;
    outcome?: PartnershipOutcome;
  },
) => Promise<FieldIssueLike[] | null>;

function ActionForm({
  action,
  partnership,
  sending,
  send,
}: {
  action: PartnershipAction;
  partnership: PartnershipView;
  sending: boolean;
  send: Send;
}) {
  switch (action) {
    case "OPEN_DISCUSSION":
      return <ReasonStep action={action} send={send} sending={sending} optional />;
    case "DECLINE":
      return <ReasonStep action={action} send={send} sending={sending} />;
    case "CONFIRM_TERMS":
    case "START":
      return <PlainStep action={action} partnership={partnership} send={send} sending={sending} />;
    case "PROPOSE_TERMS":
      return <ProposeTerms partnership={partnership} send={send} sending={sending} />;
    case "EXTEND":
      return <ExtendStep partnership={partnership} send={send} sending={sending} />;
    case "CONCLUDE":
      return <ConcludeStep send={send} sending={sending} />;
    default:
      // WITHDRAW is the school's; the API never offers it to the trust.
      return null;
  }
}

/** A step's own section: its heading, what it does, and its form. */
function StepSection({
  action,
  errors,
  attempt,
  onSubmit,
  children,
}: {
  action: PartnershipAction;
  errors?: FormErrors<string> | null;
  attempt?: number;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="admin-step">
      <Heading level={3} id={headingId}>
        {partnershipActions.label(action)}
      </Heading>
      <p>{partnershipActions.description(action)}</p>
      <AttemptErrorSummary errors={errors} attempt={attempt} />
      <form noValidate aria-labelledby={headingId} onSubmit={onSubmit}>
        {children}
      </form>
    </section>
  );
}

/** Errors for a small form whose fields are `${prefix}-${name}`. */
function fieldErrors(prefix: string, names: readonly string[], issues: readonly FieldIssueLike[]) {
  const ids = names.map((n) => `${prefix}-${n}`);
  const placed = issues.map((issue) => {
    const name = [...issue.path].reverse().find((p) => names.includes(String(p)));
    return name === undefined
      ? issue
      : { path: [`${prefix}-${String(name)}`], message: issue.message };
  });
  return errorsFromIssues(ids, placed);
}

const reasonHints: Partial<Record<PartnershipAction, string>> = {
  OPEN_DISCUSSION: "A message to the school with your reply, for example when you can talk.",
  DECLINE: "Required. The school is told why; it is kept in the history.",
  EXTEND: "Required. Why the partnership needs longer; it is kept in the history.",
  CONCLUDE: "Required. How it went and what comes next; it is kept in the history.",
};

function ReasonStep({
  action,
  send,
  sending,
  optional = false,
}: {
  action: "OPEN_DISCUSSION" | "DECLINE";
  send: Send;
  sending: boolean;
  optional?: boolean;
}) {
  const prefix = action === "DECLINE" ? "decline" : "open";
  const [reason, setReason] = useState("");
  const { errors, attempt, show } = useFormErrors();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = reason.trim();
    if (!optional && text === "") {
      show(
        fieldErrors(
          prefix,
          ["reason"],
          [{ path: ["reason"], message: "Say why you are declining: the school is told." }],
        ),
      );
      return;
    }
    const issues = await send(action, { reason: text === "" ? undefined : text });
    show(issues ? fieldErrors(prefix, ["reason"], issues) : null);
  }
  return (
    <StepSection action={action} errors={errors} attempt={attempt} onSubmit={(e) => void submit(e)}>
      <Textarea
        name={`${prefix}-reason`}
        label={optional ? "Message to the school (optional)" : "Reason"}
        hint={reasonHints[action]}
        rows={3}
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={errors?.fields[`${prefix}-reason`]}
      />
      <Button
        variant={action === "DECLINE" ? "warning" : "primary"}
        aria-disabled={sending || undefined}
      >
        {sending ? "Sending…" : partnershipActions.label(action)}
      </Button>
    </StepSection>
  );
}

function PlainStep({
  action,
  partnership,
  send,
  sending,
}: {
  action: "CONFIRM_TERMS" | "START";
  partnership: PartnershipView;
  send: Send;
  sending: boolean;
}) {
  return (
    <StepSection
      action={action}
      onSubmit={(event) => {
        event.preventDefault();
        void send(action);
      }}
    >
      <p>
        {action === "CONFIRM_TERMS"
          ? "You confirm the terms as they are shown above. If the school has confirmed them too, the partnership is agreed."
          : `It was agreed to start on ${formatDay(partnership.terms.startDate)} and to end on ${formatDay(partnership.endDate)}.`}
      </p>
      <Button aria-disabled={sending || undefined}>
        {sending ? "Sending…" : partnershipActions.label(action)}
      </Button>
    </StepSection>
  );
}

function ProposeTerms({
  partnership,
  send,
  sending,
}: {
  partnership: PartnershipView;
  send: Send;
  sending: boolean;
}) {
  const [form, setForm] = useState<TermsForm>(() => termsFormFrom(partnership.terms));
  const { errors, attempt, show } = useFormErrors();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Checked with the domain's schema first: nothing is sent while a field is wrong.
    const check = checkTermsForm(form);
    if (!check.ok) {
      show(check.errors);
      return;
    }
    const issues = await send("PROPOSE_TERMS", { terms: check.terms, reason: check.reason });
    show(issues ? termsErrorsFromIssues(issues) : null);
  }
  const hasErrors = (errors?.summary.length ?? 0) > 0;
  return (
    <StepSection
      action="PROPOSE_TERMS"
      errors={errors}
      attempt={attempt}
      onSubmit={(e) => void submit(e)}
    >
      <Disclosure summary="Change the terms" forceOpen={hasErrors}>
        <TermsFields
          form={form}
          onChange={(change) => setForm((f) => ({ ...f, ...change }))}
          errors={errors?.fields ?? {}}
        />
        <Button aria-disabled={sending || undefined}>
          {sending ? "Sending…" : "Propose these terms"}
        </Button>
      </Disclosure>
    </StepSection>
  );
}

function ExtendStep({
  partnership,
  send,
  sending,
}: {
  partnership: PartnershipView;
  send: Send;
  sending: boolean;
}) {
  const [endDate, setEndDate] = useState("");
  const [reason, setReason] = useState("");
  const { errors, attempt, show } = useFormErrors();
  const names = ["endDate", "reason"] as const;
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldIssueLike[] = [];
    if (!isIsoDate(endDate.trim()))
      problems.push({ path: ["endDate"], message: "Enter the new end date, YYYY-MM-DD." });
    if (reason.trim() === "")
      problems.push({ path: ["reason"], message: "Say why the partnership is extended." });
    if (problems.length > 0) {
      show(fieldErrors("extend", names, problems));
      return;
    }
    const issues = await send("EXTEND", { endDate: endDate.trim(), reason: reason.trim() });
    show(issues ? fieldErrors("extend", names, issues) : null);
  }
  return (
    <StepSection action="EXTEND" errors={errors} attempt={attempt} onSubmit={(e) => void submit(e)}>
      <TextInput
        name="extend-endDate"
        type="date"
        label="New end date"
        hint={`It ends on ${formatDay(partnership.endDate)} now. The new date must be later, and within the maximum term of ${partnership.terms.maxTermMonths} months from the start.`}
        width={10}
        value={endDate}
        onChange={(e) => setEndDate(e.currentTarget.value)}
        error={errors?.fields["extend-endDate"]}
      />
      <Textarea
        name="extend-reason"
        label="Reason"
        hint={reasonHints.EXTEND}
        rows={3}
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={errors?.fields["extend-reason"]}
      />
      <Button aria-disabled={sending || undefined}>{sending ? "Sending…" : "Extend"}</Button>
    </StepSection>
  );
}

function ConcludeStep({ send, sending }: { send: Send; sending: boolean }) {
  const [outcome, setOutcome] = useState("");
  const [reason, setReason] = useState("");
  const { errors, attempt, show } = useFormErrors();
  const names = ["outcome", "reason"] as const;
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldIssueLike[] = [];
    if (!partnershipOutcomes.has(outcome))
      problems.push({ path: ["outcome"], message: "Choose how the partnership ended." });
    if (reason.trim() === "")
      problems.push({ path: ["reason"], message: "Say how the partnership went." });
    if (problems.length > 0 || !partnershipOutcomes.has(outcome)) {
      show(fieldErrors("conclude", names, problems));
      return;
    }
    const issues = await send("CONCLUDE", { outcome, reason: reason.trim() });
    show(issues ? fieldErrors("conclude", names, issues) : null);
  }
  return (
    <StepSection
      action="CONCLUDE"
      errors={errors}
      attempt={attempt}
      onSubmit={(e) => void submit(e)}
    >
      <Select
        name="conclude-outcome"
        label="Outcome"
        placeholder="Choose an outcome"
        options={partnershipOutcomes.entries.map((e) => ({ value: e.key, label: e.label }))}
        value={outcome}
        onChange={(e) => setOutcome(e.currentTarget.value)}
        error={errors?.fields["conclude-outcome"]}
      />
      <Textarea
        name="conclude-reason"
        label="Reason"
        hint={reasonHints.CONCLUDE}
        rows={3}
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={errors?.fields["conclude-reason"]}
      />
      <Button aria-disabled={sending || undefined}>{sending ? "Sending…" : "Conclude"}</Button>
    </StepSection>
  );
}
