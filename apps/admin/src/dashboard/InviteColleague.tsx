import {
  Button,
  checkInvite,
  Heading,
  type InviteField,
  inviteAnswerOf,
  Notice,
  TextInput,
} from "@atlas/ui";
import { type FormEvent, useId, useState } from "react";
import { useMutation } from "urql";
import { AttemptErrorSummary, useFormErrors } from "../forms/form-attempts.tsx";
import { graphql } from "../gql/index.ts";
import { formatDateTime } from "../trust-documents/when.ts";

const InviteColleagueMutation = graphql(`
  mutation InviteColleague($input: InviteColleagueInput!) {
    inviteColleague(input: $input) {
      __typename
      ... on InvitationPayload {
        invitation {
          id
          email
          expiresAt
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
      ... on InvitationRefusedError {
        message
      }
    }
  }
`);

/**
 * A trust administrator invites a colleague to administer the trust with them: the API emails
 * a link that works once, for 7 days, for that address only.
 */
export function InviteColleague({ trustId, trustName }: { trustId: string; trustName: string }) {
  const headingId = useId();
  const [, invite] = useMutation(InviteColleagueMutation);
  const [email, setEmail] = useState("");
  const { errors, attempt, show } = useFormErrors<InviteField>();
  const [sent, setSent] = useState<{ email: string; expiresAt: string } | null>(null);
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    setSent(null);
    const check = checkInvite(email);
    if (!check.ok) {
      show(check.errors);
      return;
    }
    setSending(true);
    const result = await invite({ input: { organisationId: trustId, email: check.email } });
    setSending(false);
    const answer = inviteAnswerOf(result.data?.inviteColleague);
    if (answer.kind === "sent") {
      show(null);
      setEmail("");
      setSent({ email: answer.email, expiresAt: answer.expiresAt });
    } else {
      show(answer.errors);
    }
  }

  return (
    <section aria-labelledby={headingId} className="admin-step">
      <Heading level={4} id={headingId}>
        Invite a colleague
      </Heading>
      <p>
        Invite someone who works for {trustName} to administer it with you. They get an email with a
        link that works once, for 7 days, for that address only.
      </p>
      <AttemptErrorSummary errors={errors} attempt={attempt} />
      {sent && (
        <Notice tone="success" role="status">
          <p className="ui-mb-0">
            Invitation sent to {sent.email}. The link works until {formatDateTime(sent.expiresAt)}.
          </p>
        </Notice>
      )}
      <form noValidate aria-labelledby={headingId} onSubmit={(e) => void submit(e)}>
        <TextInput
          name="email"
          type="email"
          label="Their work email address"
          autoComplete="off"
          spellCheck={false}
          width={30}
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={errors?.fields.email}
        />
        <Button variant="secondary" aria-disabled={sending || undefined}>
          {sending ? "Sending…" : "Send the invitation"}
        </Button>
      </form>
    </section>
  );
}
