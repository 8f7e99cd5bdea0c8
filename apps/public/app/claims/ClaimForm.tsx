import type { ClaimableRole } from "@atlas/domain";
import { Button, Heading, Textarea, TextInput, TextLink } from "@atlas/ui";
import { Form } from "react-router";
import { type ClaimField, type ClaimFormValues, ORGANISATION_FIELD } from "./claim-form.ts";

const WORDS: Record<
  ClaimableRole,
  { heading: string; label: string; hint: string; other: string; otherRole: ClaimableRole }
> = {
  SCHOOL_MEMBER: {
    heading: "Ask to represent a school",
    label: "The school's URN",
    hint: "Six digits, on the school's page here and in Get Information about Schools. For example, 100000.",
    other: "Ask to administer a trust instead",
    otherRole: "TRUST_ADMIN",
  },
  TRUST_ADMIN: {
    heading: "Ask to administer a trust",
    label: "The trust's Group UID",
    hint: "The number Get Information about Schools gives the trust (not its Group ID, which starts TR). For example, 1234.",
    other: "Ask to represent a school instead",
    otherRole: "SCHOOL_MEMBER",
  },
};

/**
 * The claim form for one role, a plain form post that works without script; the link under
 * the heading switches to the other role's form.
 */
export function ClaimForm({
  values,
  errors,
  submitting,
}: {
  values: ClaimFormValues;
  errors: Partial<Record<ClaimField, string>>;
  submitting: boolean;
}) {
  const words = WORDS[values.role];
  const field = ORGANISATION_FIELD[values.role];
  return (
    <section aria-labelledby="claim-form-heading" className="ui-stack" id="claim-form">
      <Heading level={2} id="claim-form-heading">
        {words.heading}
      </Heading>
      <p className="ui-body">
        A curator checks each claim with the organisation before granting the role, and tells you by
        email either way.{" "}
        <TextLink href={`/claims?role=${words.otherRole}#claim-form`}>{words.other}</TextLink>.
      </p>
      <Form method="post" action="/claims" noValidate className="ui-measure">
        <input type="hidden" name="role" value={values.role} />
        <TextInput
          name={field}
          label={words.label}
          hint={words.hint}
          inputMode="numeric"
          width={10}
          defaultValue={values.organisation}
          error={errors[field]}
        />
        <TextInput
          name="jobTitle"
          label="Your job title"
          hint="What you do there, for example Headteacher or Chief operating officer."
          defaultValue={values.jobTitle}
          error={errors.jobTitle}
        />
        <Textarea
          name="evidence"
          label="How a curator can tell it is you"
          hint="For example your work email address, the staff page that names you, or who at the organisation can confirm it."
          defaultValue={values.evidence}
          error={errors.evidence}
        />
        <Button disabled={submitting}>Send the claim</Button>
      </Form>
    </section>
  );
}
