import { decisionAreas, fitDimensions, phases, trustValues } from "@atlas/domain";
import { Button, CheckboxGroup, Heading, Select, Textarea, TextInput } from "@atlas/ui";
import { Form } from "react-router";
import { MAIN_PHASES, offeredWithChosen } from "../search/options.ts";
import { AUTONOMY_PERCENTS, DIMENSION_QUESTIONS, WEIGHT_LABELS } from "./labels.ts";
import {
  autonomyField,
  type FitField,
  type FitFormValues,
  weightField,
} from "./preferences-form.ts";

export const PROFILE_HEADING_ID = "profile-heading";

const weightOptions = WEIGHT_LABELS.map((label, n) => ({
  value: String(n),
  label: `${label} (${n})`,
}));

const autonomyOptions = [
  { value: "", label: "No preference" },
  ...AUTONOMY_PERCENTS.map((p) => ({ value: String(p), label: `${p}% decided locally` })),
];

export interface FitProfileFormProps {
  action: string;
  values: FitFormValues;
  errors: Partial<Record<FitField, string>>;
  /** The version the form was filled from: the API refuses the save if another came since. */
  expectedVersion: number;
  submitting: boolean;
}

/** The school's side of the mapping exercise; a plain form post, so it works without script. */
export function FitProfileForm({
  action,
  values,
  errors,
  expectedVersion,
  submitting,
}: FitProfileFormProps) {
  return (
    <section aria-labelledby={PROFILE_HEADING_ID} className="ui-stack">
      <Heading level={2} id={PROFILE_HEADING_ID}>
        The school's vision, values and priorities
      </Heading>
      <Form method="post" action={action} noValidate className="ui-measure">
        <input type="hidden" name="expectedVersion" value={expectedVersion} />
        <Textarea
          name="vision"
          label="The school's vision"
          hint="In your own words, up to 1,000 characters. It is kept with the profile for the school's members; the score does not read it."
          defaultValue={values.vision}
          error={errors.vision}
        />
        {/* No group hint: its id would clash with the first option's hint (values-hint). */}
        <CheckboxGroup
          name="values"
          legend="The school's values (choose up to 10, from the list trusts use for theirs)"
          options={trustValues.entries.map((v) => ({
            value: v.key,
            label: v.label,
            hint: v.description,
          }))}
          values={values.values}
          error={errors.values}
        />
        <fieldset className="ui-fieldset">
          <legend className="ui-fieldset__legend ui-fieldset__legend--m">
            How much each matters to the school
          </legend>
          <p className="ui-hint">
            Something that does not matter is left out of the score. One thing at least must matter.
          </p>
          {fitDimensions.map((d) => (
            <Select
              key={d}
              name={weightField(d)}
              label={DIMENSION_QUESTIONS[d]}
              options={weightOptions}
              defaultValue={values.weights[d]}
              error={errors[weightField(d)]}
            />
          ))}
        </fieldset>
        <fieldset className="ui-fieldset">
          <legend className="ui-fieldset__legend ui-fieldset__legend--m">
            What the school wants of a trust
          </legend>
          <p className="ui-hint">Leave a question blank if the school has no preference.</p>
          <TextInput
            name="maxDistanceKm"
            label="Furthest the trust's nearest school may be, in km"
            inputMode="decimal"
            width={5}
            defaultValue={values.maxDistanceKm}
            error={errors.maxDistanceKm}
          />
          <fieldset className="ui-fieldset">
            <legend className="ui-fieldset__legend ui-fieldset__legend--s">
              Size of trust, in schools
            </legend>
            <p className="ui-hint">Leave one blank for no limit at that end.</p>
            <TextInput
              name="sizeMin"
              label="At least"
              inputMode="numeric"
              width={5}
              defaultValue={values.sizeMin}
              error={errors.sizeMin}
            />
            <TextInput
              name="sizeMax"
              label="At most"
              inputMode="numeric"
              width={5}
              defaultValue={values.sizeMax}
              error={errors.sizeMax}
            />
          </fieldset>
          <CheckboxGroup
            name="phases"
            legend="Phases the trust should already run"
            legendSize="s"
            options={offeredWithChosen(
              phases.keys,
              MAIN_PHASES,
              values.phases.filter((p) => phases.has(p)),
            ).map((p) => ({ value: p, label: phases.label(p) }))}
            values={values.phases}
            error={errors.phases}
          />
          <TextInput
            name="maxContributionPercent"
            label="Highest central contribution the school would accept, as a percentage of its funding"
            inputMode="decimal"
            width={5}
            defaultValue={values.maxContributionPercent}
            error={errors.maxContributionPercent}
          />
        </fieldset>
        <fieldset className="ui-fieldset">
          <legend className="ui-fieldset__legend ui-fieldset__legend--m">
            Decisions the school wants made locally
          </legend>
          <p className="ui-hint">
            For each area, how much the school wants decided by its own governors and headteacher
            rather than the trust, as a trust's published scheme of delegation shows.
          </p>
          {decisionAreas.keys.map((a) => (
            <Select
              key={a}
              name={autonomyField(a)}
              label={decisionAreas.label(a)}
              options={autonomyOptions}
              defaultValue={values.autonomy[a]}
              error={errors[autonomyField(a)]}
            />
          ))}
        </fieldset>
        <Button disabled={submitting}>Save the profile</Button>
      </Form>
    </section>
  );
}
