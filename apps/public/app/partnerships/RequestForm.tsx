import { MAX_PARTNERSHIP_MONTHS, partnershipFocusAreas, partnershipIntents } from "@atlas/domain";
import { Button, CheckboxGroup, RadioGroup, Textarea, TextInput } from "@atlas/ui";
import { Form } from "react-router";
import { DocumentsField } from "./DocumentsField.tsx";
import type { RequestField, RequestFormValues } from "./request-form.ts";

export interface RequestFormProps {
  action: string;
  trustId: string;
  values: RequestFormValues;
  errors: Partial<Record<RequestField, string>>;
  /** The documents' names in the attempt that failed, to be chosen again. */
  chosenDocuments: readonly string[];
  submitting: boolean;
}

/**
 * What a school asks a trust for: a plain form post, so it works without script, multipart for
 * its documents. The hidden key is made once for the form and sent back with every attempt, so
 * pressing twice, or again after a dropped connection, finds the request already made instead
 * of making a second (and its documents, sent again, are the same documents).
 */
export function RequestForm({
  action,
  trustId,
  values,
  errors,
  chosenDocuments,
  submitting,
}: RequestFormProps) {
  return (
    <Form
      method="post"
      action={action}
      encType="multipart/form-data"
      noValidate
      className="ui-measure"
    >
      <input type="hidden" name="trustId" value={trustId} />
      <input type="hidden" name="idempotencyKey" value={values.idempotencyKey} />
      {/* No group hints on these two: the group's hint id would clash with the first option's. */}
      <RadioGroup
        name="intent"
        legend="What does the school hope the partnership leads to?"
        options={partnershipIntents.entries.map((e) => ({
          value: e.key,
          label: e.label,
          hint: e.description,
        }))}
        value={values.intent}
        error={errors.intent}
      />
      <CheckboxGroup
        name="focusAreas"
        legend="What should the partnership work on? Choose at least one"
        options={partnershipFocusAreas.entries.map((e) => ({
          value: e.key,
          label: e.label,
          hint: e.description,
        }))}
        values={values.focusAreas}
        error={errors.focusAreas}
      />
      <Textarea
        name="objectives"
        label="The school's objectives"
        hint="What the school wants to achieve with the trust, and how it will know. The trust reads this first."
        defaultValue={values.objectives}
        error={errors.objectives}
      />
      <fieldset className="ui-fieldset">
        <legend className="ui-fieldset__legend ui-fieldset__legend--m">When it would run</legend>
        <p className="ui-hint">
          A partnership is a trial: it starts today or later and lasts at most{" "}
          {MAX_PARTNERSHIP_MONTHS} months. The trust may propose other dates.
        </p>
        <TextInput
          name="proposedStartDate"
          type="date"
          label="Proposed start date"
          hint="For example, 2026-09-01"
          width={10}
          defaultValue={values.proposedStartDate}
          error={errors.proposedStartDate}
        />
        <TextInput
          name="proposedEndDate"
          type="date"
          label="Proposed end date"
          hint={`After the start, and at most ${MAX_PARTNERSHIP_MONTHS} months after it`}
          width={10}
          defaultValue={values.proposedEndDate}
          error={errors.proposedEndDate}
        />
      </fieldset>
      <TextInput
        name="expectedServiceChargePounds"
        label="Service charge the school expects to pay, in pounds (optional)"
        hint="What the school has budgeted for the trust's support over the partnership, for example 2500. Leave blank if not known yet."
        inputMode="decimal"
        width={10}
        defaultValue={values.expectedServiceChargePounds}
        error={errors.expectedServiceChargePounds}
      />
      <TextInput
        name="governingBodyResolutionDate"
        type="date"
        label="Date the governing body resolved to ask (optional)"
        hint="Once the governing body has passed its resolution: today or earlier."
        width={10}
        defaultValue={values.governingBodyResolutionDate}
        error={errors.governingBodyResolutionDate}
      />
      <DocumentsField
        label="Documents (optional)"
        hint="For example the governing body's minutes or the school's improvement plan: the trust can read them with the request."
        error={errors.documents}
        chosenBefore={chosenDocuments}
      />
      <Button disabled={submitting}>Send the request</Button>
    </Form>
  );
}
