import { MAX_PARTNERSHIP_MONTHS, partnershipActions, partnershipFocusAreas } from "@atlas/domain";
import { Button, CheckboxGroup, Heading, RadioGroup, Textarea, TextInput } from "@atlas/ui";
import { Form } from "react-router";
import { type TermsField, type TermsValues, termsFieldId } from "./propose-terms-form.ts";

export interface ProposeTermsFormProps {
  action: string;
  version: number;
  /** The terms as they stand, or what was typed in an attempt that failed. */
  values: TermsValues;
  /** Messages by field id (termsFieldId). */
  errors: Partial<Record<string, string>>;
}

/**
 * The school puts forward other terms: a plain form post, so it works without script. The
 * fields ask what the request form asks, in its words where it asks the same, plus what the
 * agreement adds; the version shown is sent, so terms proposed on an out-of-date page are
 * refused rather than applied.
 */
export function ProposeTermsForm({ action, version, values, errors }: ProposeTermsFormProps) {
  const field = (name: TermsField) => ({
    name,
    id: termsFieldId(name),
    error: errors[termsFieldId(name)],
  });
  return (
    <section
      id="propose-terms"
      aria-labelledby="propose-terms-heading"
      className="ui-stack stack-tight"
      tabIndex={-1}
    >
      <Heading level={2} id="propose-terms-heading">
        Propose changes to the terms
      </Heading>
      <p className="ui-body ui-measure">
        {partnershipActions.description("PROPOSE_TERMS")} The form starts with the terms as they
        stand: change what the school wants changed. Proposing counts as the school's confirmation
        of the new terms.
      </p>
      <Form method="post" action={action} noValidate className="ui-measure">
        <input type="hidden" name="action" value="PROPOSE_TERMS" />
        <input type="hidden" name="expectedVersion" value={version} />
        <fieldset className="ui-fieldset">
          <legend className="ui-fieldset__legend ui-fieldset__legend--m">When it would run</legend>
          <TextInput
            {...field("startDate")}
            type="date"
            label="Start date"
            hint="Today or later, for example 2026-09-01"
            width={10}
            defaultValue={values.startDate}
          />
          <TextInput
            {...field("endDate")}
            type="date"
            label="End date"
            hint={`After the start, within the maximum term, and at most ${MAX_PARTNERSHIP_MONTHS} months after it`}
            width={10}
            defaultValue={values.endDate}
          />
        </fieldset>
        <CheckboxGroup
          name="focusAreas"
          idPrefix={termsFieldId("focusAreas")}
          legend="What should the partnership work on? Choose at least one"
          options={partnershipFocusAreas.entries.map((e) => ({
            value: e.key,
            label: e.label,
            hint: e.description,
          }))}
          values={values.focusAreas}
          error={errors[termsFieldId("focusAreas")]}
        />
        <Textarea
          {...field("objectives")}
          label="Objectives"
          hint="What the school and the trust mean to achieve together, and how they will know."
          defaultValue={values.objectives}
        />
        <Textarea
          {...field("servicesProvided")}
          label="Services the trust provides"
          defaultValue={values.servicesProvided}
        />
        <TextInput
          {...field("serviceChargePounds")}
          label="Service charge, in pounds"
          hint="What the school pays the trust over the partnership, for example 2500 or 2500.50."
          inputMode="decimal"
          width={10}
          defaultValue={values.serviceChargePounds}
        />
        <RadioGroup
          name="extensionAllowed"
          idPrefix={termsFieldId("extensionAllowed")}
          legend="May the partnership be extended?"
          legendSize="s"
          inline
          options={[
            { value: "yes", label: "Yes" },
            { value: "no", label: "No" },
          ]}
          value={values.extensionAllowed}
          error={errors[termsFieldId("extensionAllowed")]}
        />
        <TextInput
          {...field("maxTermMonths")}
          label="Maximum term, in months"
          hint={`How long it may last, extensions included: at most ${MAX_PARTNERSHIP_MONTHS}.`}
          inputMode="numeric"
          width={3}
          defaultValue={values.maxTermMonths}
        />
        <Textarea
          {...field("dataProtection")}
          label="Data protection"
          hint="How personal data is shared and protected between the school and the trust."
          defaultValue={values.dataProtection}
        />
        <Textarea
          {...field("reason")}
          label="Message to the trust (optional)"
          hint="Why the school proposes these terms. The trust sees it, and it stays in the history."
          rows={3}
          defaultValue={values.reason}
        />
        <Button>Propose these terms</Button>
      </Form>
    </section>
  );
}
