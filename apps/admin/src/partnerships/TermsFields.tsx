import { MAX_PARTNERSHIP_MONTHS, partnershipFocusAreas } from "@atlas/domain";
import { CheckboxGroup, RadioGroup, Textarea, TextInput } from "@atlas/ui";
import { type TermsField, type TermsForm, termsFieldId } from "./terms-form.ts";

/** Every field of the terms, filled from the form; messages by field id (see termsFieldId). */
export function TermsFields({
  form,
  onChange,
  errors,
}: {
  form: TermsForm;
  onChange: (change: Partial<TermsForm>) => void;
  errors: Partial<Record<string, string>>;
}) {
  const id = termsFieldId;
  const error = (field: TermsField) => errors[id(field)];
  return (
    <>
      <TextInput
        name={id("startDate")}
        type="date"
        label="Start date"
        hint="Today or later."
        width={10}
        value={form.startDate}
        onChange={(e) => onChange({ startDate: e.currentTarget.value })}
        error={error("startDate")}
      />
      <TextInput
        name={id("endDate")}
        type="date"
        label="End date"
        hint={`After the start, and within the maximum term (at most ${MAX_PARTNERSHIP_MONTHS} months).`}
        width={10}
        value={form.endDate}
        onChange={(e) => onChange({ endDate: e.currentTarget.value })}
        error={error("endDate")}
      />
      <CheckboxGroup
        name={id("focusAreas")}
        legend="Focus areas"
        legendSize="s"
        hint="What the partnership works on. Choose at least one."
        options={partnershipFocusAreas.entries.map((entry) => ({
          value: entry.key,
          label: entry.label,
        }))}
        values={form.focusAreas}
        onValuesChange={(values) =>
          onChange({ focusAreas: values.filter((v) => partnershipFocusAreas.has(v)) })
        }
        error={error("focusAreas")}
      />
      <Textarea
        name={id("objectives")}
        label="Objectives"
        hint="What the school and the trust mean to achieve together."
        rows={4}
        value={form.objectives}
        onChange={(e) => onChange({ objectives: e.currentTarget.value })}
        error={error("objectives")}
      />
      <Textarea
        name={id("servicesProvided")}
        label="Services the trust provides"
        rows={4}
        value={form.servicesProvided}
        onChange={(e) => onChange({ servicesProvided: e.currentTarget.value })}
        error={error("servicesProvided")}
      />
      <TextInput
        name={id("serviceChargePounds")}
        label="Service charge, in pounds"
        hint="What the school pays the trust for the partnership, for example 2500 or 2500.50."
        inputMode="decimal"
        width={10}
        value={form.serviceChargePounds}
        onChange={(e) => onChange({ serviceChargePounds: e.currentTarget.value })}
        error={error("serviceChargePounds")}
      />
      <RadioGroup
        name={id("extensionAllowed")}
        legend="May the partnership be extended?"
        legendSize="s"
        inline
        options={[
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ]}
        value={form.extensionAllowed}
        onValueChange={(value) => onChange({ extensionAllowed: value === "yes" ? "yes" : "no" })}
        error={error("extensionAllowed")}
      />
      <TextInput
        name={id("maxTermMonths")}
        label="Maximum term, in months"
        hint={`The longest it may run, extensions included: 1 to ${MAX_PARTNERSHIP_MONTHS}.`}
        inputMode="numeric"
        width={3}
        value={form.maxTermMonths}
        onChange={(e) => onChange({ maxTermMonths: e.currentTarget.value })}
        error={error("maxTermMonths")}
      />
      <Textarea
        name={id("dataProtection")}
        label="Data protection"
        hint="How personal data is shared and protected."
        rows={3}
        value={form.dataProtection}
        onChange={(e) => onChange({ dataProtection: e.currentTarget.value })}
        error={error("dataProtection")}
      />
      <Textarea
        name={id("reason")}
        label="Message to the school (optional)"
        hint="Why you propose these changes; kept in the history."
        rows={2}
        maxLength={2000}
        value={form.reason}
        onChange={(e) => onChange({ reason: e.currentTarget.value })}
        error={error("reason")}
      />
    </>
  );
}
