import { MAX_PARTNERSHIP_MONTHS, partnershipActions, partnershipOutcomes } from "@atlas/domain";
import { Button, Heading, RadioGroup, Textarea, TextInput } from "@atlas/ui";
import { Form } from "react-router";
import {
  type SchoolStep,
  type StepField,
  type StepValues,
  stepFieldId,
  stepLabel,
  stepSlug,
} from "./transition-form.ts";

export interface StepsProps {
  action: string;
  /** The steps the school may take now, as the API says. */
  steps: readonly SchoolStep[];
  version: number;
  /** The step last tried and failed, with what was typed and what was wrong. */
  failed: {
    action: SchoolStep;
    values: StepValues;
    fields: Partial<Record<StepField, string>>;
  } | null;
}

const blank: StepValues = { reason: "", endDate: "", outcome: "" };

/** Why each step needs what it asks for, said before the person fills it in. */
const REASON_HINT: Partial<Record<SchoolStep, string>> = {
  WITHDRAW: "The trust will see the reason, and it stays in the history.",
  EXTEND: "Both sides will see the reason, and it stays in the history.",
  CONCLUDE: "Both sides will see the reason, and it stays in the history.",
};

/**
 * The school's steps, each a small form of its own, so it works without script. Each sends the
 * version the page showed: if the trust took a step in between, the API refuses rather than
 * act on a partnership the person has not seen.
 */
export function PartnershipSteps({ action, steps, version, failed }: StepsProps) {
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="steps-heading" className="ui-stack">
      <Heading level={2} id="steps-heading">
        What the school can do now
      </Heading>
      {steps.map((step) => {
        const mine = failed?.action === step ? failed : null;
        const values = mine?.values ?? blank;
        const errors = mine?.fields ?? {};
        const slug = stepSlug(step);
        const field = (f: StepField) => ({
          name: f,
          id: stepFieldId(step, f),
          error: errors[f],
        });
        return (
          <section
            key={step}
            id={slug}
            aria-labelledby={`${slug}-heading`}
            className="ui-stack stack-tight"
            tabIndex={-1}
          >
            <Heading level={3} size="m" id={`${slug}-heading`}>
              {stepLabel(step)}
            </Heading>
            <p className="ui-body ui-measure">{partnershipActions.description(step)}</p>
            <Form method="post" action={action} noValidate className="ui-measure">
              <input type="hidden" name="action" value={step} />
              <input type="hidden" name="expectedVersion" value={version} />
              {step === "EXTEND" && (
                <TextInput
                  {...field("endDate")}
                  type="date"
                  label="New end date"
                  hint={`After the current end, within the agreed maximum term, and at most ${MAX_PARTNERSHIP_MONTHS} months after the start`}
                  width={10}
                  defaultValue={values.endDate}
                />
              )}
              {step === "CONCLUDE" && (
                <RadioGroup
                  name="outcome"
                  idPrefix={stepFieldId(step, "outcome")}
                  legend="What comes of the partnership?"
                  legendSize="s"
                  options={partnershipOutcomes.entries.map((e) => ({
                    value: e.key,
                    label: e.label,
                    hint: e.description,
                  }))}
                  value={values.outcome}
                  error={errors.outcome}
                />
              )}
              {REASON_HINT[step] !== undefined && (
                <Textarea
                  {...field("reason")}
                  label="Reason"
                  hint={REASON_HINT[step]}
                  rows={3}
                  defaultValue={values.reason}
                />
              )}
              <Button variant={step === "WITHDRAW" ? "warning" : "primary"}>
                {stepLabel(step)}
              </Button>
            </Form>
          </section>
        );
      })}
    </section>
  );
}
