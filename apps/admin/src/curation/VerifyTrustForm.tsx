import { dateInEngland } from "@atlas/domain";
import { Button, CheckboxGroup, Heading, Notice, Textarea, TextInput } from "@atlas/ui";
import { type FormEvent, useId, useState } from "react";
import { useMutation } from "urql";
import { AttemptErrorSummary, useFormErrors } from "../forms/form-attempts.tsx";
import { graphql } from "../gql/index.ts";
import {
  blankVerify,
  checkVerify,
  type VerifyField,
  type VerifyValues,
  verifyAnswerOf,
} from "./verify-form.ts";

const VerifyTrustMutation = graphql(`
  mutation VerifyTrust($input: VerifyTrustInput!) {
    verifyTrust(input: $input) {
      __typename
      ... on VerifyTrustPayload {
        trust {
          id
          verification {
            checkedOn
            verifiedAt
            sectorBodyName
            verifiedBy
            contactName
            notes
          }
        }
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on NotFoundError {
        message
      }
    }
  }
`);

/**
 * A curator records the checks that verify a trust: both checks made, who confirmed, when.
 * A trust already verified can be verified again; the earlier checks stay on record.
 */
export function VerifyTrustForm({
  trustId,
  trustName,
  verifiedBefore,
}: {
  trustId: string;
  trustName: string;
  verifiedBefore: boolean;
}) {
  const headingId = useId();
  const today = dateInEngland(new Date());
  const [, verify] = useMutation(VerifyTrustMutation);
  const [form, setForm] = useState<VerifyValues>(() => blankVerify(today));
  const { errors, attempt, show } = useFormErrors<VerifyField>();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [sending, setSending] = useState(false);

  const set = <K extends keyof VerifyValues>(key: K, value: VerifyValues[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    setMessage(null);
    const check = checkVerify(form, today);
    if (!check.ok) {
      show(check.errors);
      return;
    }
    setSending(true);
    const result = await verify({ input: { trustId, ...check.input } });
    setSending(false);
    const answer = verifyAnswerOf(result.data?.verifyTrust);
    switch (answer.kind) {
      case "done":
        show(null);
        setForm(blankVerify(today));
        // The trust's verification comes back with the answer; its history is read afresh
        // (graphcache's verifyTrust update drops the cached log and lists).
        setMessage({
          tone: "success",
          text: `${trustName} is verified. The badge shows publicly.`,
        });
        return;
      case "issues":
        show(answer.errors);
        return;
      case "error":
        show(null);
        setMessage({ tone: "error", text: answer.text });
        return;
    }
  }

  return (
    <section aria-labelledby={headingId} className="admin-step">
      <Heading level={3} id={headingId}>
        {verifiedBefore ? "Verify the trust again" : "Verify the trust"}
      </Heading>
      <AttemptErrorSummary errors={errors} attempt={attempt} />
      {message && (
        <Notice tone={message.tone} role={message.tone === "error" ? "alert" : "status"}>
          <p className="ui-mb-0">{message.text}</p>
        </Notice>
      )}
      <form noValidate aria-labelledby={headingId} onSubmit={(e) => void submit(e)}>
        <CheckboxGroup
          name="registerMatch"
          legend="Register"
          legendSize="s"
          options={[
            {
              value: "yes",
              label:
                "The trust's name, number and address match the register (GIAS and Companies House)",
            },
          ]}
          values={form.registerMatch ? ["yes"] : []}
          onValuesChange={(v) => set("registerMatch", v.length > 0)}
          error={errors?.fields.registerMatch}
        />
        <CheckboxGroup
          name="contactConfirmed"
          legend="Contact"
          legendSize="s"
          options={[
            { value: "yes", label: "A named contact at the trust confirmed the listing is theirs" },
          ]}
          values={form.contactConfirmed ? ["yes"] : []}
          onValuesChange={(v) => set("contactConfirmed", v.length > 0)}
          error={errors?.fields.contactConfirmed}
        />
        <TextInput
          name="contactName"
          label="Name of the contact who confirmed"
          autoComplete="off"
          maxLength={200}
          value={form.contactName}
          onChange={(e) => set("contactName", e.currentTarget.value)}
          error={errors?.fields.contactName}
        />
        <TextInput
          name="checkedOn"
          type="date"
          label="Date of the checks"
          hint="Today, or the day they were made; not in the future."
          width={10}
          max={today}
          value={form.checkedOn}
          onChange={(e) => set("checkedOn", e.currentTarget.value)}
          error={errors?.fields.checkedOn}
        />
        <Textarea
          name="notes"
          label="Notes (optional)"
          hint="What you checked and anything another curator should know. Only curators read these."
          rows={3}
          maxLength={2000}
          value={form.notes}
          onChange={(e) => set("notes", e.currentTarget.value)}
          error={errors?.fields.notes}
        />
        <Button aria-disabled={sending || undefined}>
          {sending ? "Recording…" : "Record the verification"}
        </Button>
      </form>
    </section>
  );
}
