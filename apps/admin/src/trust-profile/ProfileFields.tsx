import {
  centralServices,
  churchGovernanceLevels,
  establishmentTypes,
  governanceModels,
  growthStages,
  phases,
  qualityPillars,
  regions,
  trustValues,
  type Vocabulary,
} from "@atlas/domain";
import {
  Button,
  CheckboxGroup,
  type ChoiceOption,
  Heading,
  RadioGroup,
  Select,
  Textarea,
  TextInput,
} from "@atlas/ui";
import { type ReactNode, useId } from "react";
import { Disclosure } from "../trust-documents/Disclosure.tsx";
import { FieldsetGroup } from "../trust-documents/FieldsetGroup.tsx";
import { useFocusAfterRender } from "../trust-documents/useFocusAfterRender.ts";
import { LocalAuthorityPicker } from "./LocalAuthorityPicker.tsx";
import {
  emptyContactRow,
  emptySection,
  emptyValueRow,
  isSectionEmpty,
  type OptionalSection,
  type ProfileForm,
  type YesNo,
} from "./profile-form.ts";

/** Changes the form from its current state (so quick edits never lose one another). */
export type UpdateProfile = (change: (form: ProfileForm) => ProfileForm) => void;

export interface ProfileFieldsProps {
  form: ProfileForm;
  update: UpdateProfile;
  /** Messages by field id (see profileFieldIds). */
  errors: Partial<Record<string, string>>;
  /** Curators read the profile: every control shows its value but none can change it. */
  readOnly: boolean;
}

export const maxValues = 10;
export const maxContacts = 20;

/** The form's sections, in order: the page's contents list links to them. */
export const profileSections = [
  { id: "section-vision", title: "Vision and values" },
  { id: "section-quality", title: "Quality of education and of the trust" },
  { id: "section-faith", title: "Faith" },
  { id: "section-geography", title: "Geography" },
  { id: "section-growth", title: "Growth" },
  { id: "section-services", title: "School improvement and central services" },
  { id: "section-finance", title: "Finance" },
  { id: "section-governance", title: "Governance" },
] as const;

type SectionId = (typeof profileSections)[number]["id"];

const titleOf = (id: SectionId) => profileSections.find((s) => s.id === id)?.title ?? "";

function Section({ id, children }: { id: SectionId; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="admin-form-section">
      <Heading level={2} id={id}>
        {titleOf(id)}
      </Heading>
      {children}
    </section>
  );
}

const yesNoOptions = (readOnly: boolean, yes = "Yes", no = "No"): ChoiceOption[] => [
  { value: "yes", label: yes, disabled: readOnly },
  { value: "no", label: no, disabled: readOnly },
];

function optionsOf(
  vocabulary: Vocabulary<string>,
  readOnly: boolean,
  withHints = false,
): ChoiceOption[] {
  return vocabulary.entries.map((entry) => ({
    value: entry.key,
    label: entry.label,
    disabled: readOnly,
    ...(withHints && entry.description ? { hint: entry.description } : {}),
  }));
}

/** A button that empties an optional section, so it is left out of the profile. */
function ClearSection({
  section,
  what,
  form,
  update,
  readOnly,
  focusId,
}: {
  section: OptionalSection;
  what: string;
  form: ProfileForm;
  update: UpdateProfile;
  readOnly: boolean;
  focusId: string;
}) {
  const focusSoon = useFocusAfterRender();
  if (readOnly || isSectionEmpty(form, section)) return null;
  return (
    <Button
      type="button"
      variant="secondary"
      onClick={() => {
        update((f) => ({ ...f, [section]: emptySection[section]() }));
        focusSoon(focusId);
      }}
    >
      Clear the {what}
    </Button>
  );
}

/**
 * Every section of the trust profile, as controlled fields of @atlas/ui. An optional section
 * (faith, geography, growth, finance, governance) left empty is left out of the profile; once
 * anything in it is filled in, its required parts must be too (the domain's schema says which).
 */
export function ProfileFields({ form, update, errors, readOnly }: ProfileFieldsProps) {
  const text = (value: string) => ({ value, readOnly });
  const patch =
    <S extends "faith" | "geography" | "growth" | "finance" | "governance">(section: S) =>
    (partial: Partial<ProfileForm[S]>) =>
      update((f) => ({ ...f, [section]: { ...f[section], ...partial } }));
  const faith = patch("faith");
  const geography = patch("geography");
  const growth = patch("growth");
  const finance = patch("finance");
  const governance = patch("governance");
  const oneLine = "One on each line.";

  return (
    <>
      <Section id="section-vision">
        <Textarea
          name="visionStatement"
          label="Vision statement"
          hint="Required. What the trust is for, in a sentence or two (at most 1,000 characters). Schools see it first."
          rows={4}
          maxLength={1000}
          {...text(form.visionStatement)}
          onChange={(e) => {
            const value = e.currentTarget.value;
            update((f) => ({ ...f, visionStatement: value }));
          }}
          error={errors.visionStatement}
        />
        <ValueRows form={form} update={update} errors={errors} readOnly={readOnly} />
        <Textarea
          name="ethos"
          label="Ethos"
          hint="Optional. The character of the trust's schools and how it shows day to day (at most 2,000 characters)."
          rows={5}
          maxLength={2000}
          {...text(form.ethos)}
          onChange={(e) => {
            const value = e.currentTarget.value;
            update((f) => ({ ...f, ethos: value }));
          }}
          error={errors.ethos}
        />
      </Section>

      <Section id="section-quality">
        <p>
          Optional. How the trust meets each of the five pillars of trust quality (at most 2,000
          characters each).
        </p>
        {qualityPillars.entries.map(({ key, label, description }) => (
          <Textarea
            key={key}
            name={`qualityStatements-${key}`}
            label={label}
            hint={description}
            rows={4}
            maxLength={2000}
            {...text(form.qualityStatements[key])}
            onChange={(e) => {
              const value = e.currentTarget.value;
              update((f) => ({
                ...f,
                qualityStatements: { ...f.qualityStatements, [key]: value },
              }));
            }}
            error={errors[`qualityStatements-${key}`]}
          />
        ))}
      </Section>

      <Section id="section-faith">
        <p>Optional. Leave this section empty for a trust with no church links.</p>
        <RadioGroup
          name="faith-churchGovernanceLevel"
          legend="Church governance"
          hint="How far a church body appoints the trust's members and trustees."
          options={optionsOf(churchGovernanceLevels, readOnly, true)}
          value={form.faith.churchGovernanceLevel}
          onValueChange={(value) => faith({ churchGovernanceLevel: value })}
          error={errors["faith-churchGovernanceLevel"]}
        />
        <Textarea
          name="faith-dioceses"
          label="Dioceses"
          hint={`The dioceses the trust is linked to. ${oneLine}`}
          rows={3}
          {...text(form.faith.dioceses)}
          onChange={(e) => faith({ dioceses: e.currentTarget.value })}
          error={errors["faith-dioceses"]}
        />
        <TextInput
          name="faith-faithDesignation"
          label="Faith designation"
          hint="Optional, for example Church of England or Roman Catholic."
          maxLength={200}
          {...text(form.faith.faithDesignation)}
          onChange={(e) => faith({ faithDesignation: e.currentTarget.value })}
          error={errors["faith-faithDesignation"]}
        />
        <ClearSection
          section="faith"
          what="faith details"
          form={form}
          update={update}
          readOnly={readOnly}
          focusId="faith-churchGovernanceLevel"
        />
      </Section>

      <Section id="section-geography">
        <p>Optional. Where the trust works and where it wants to take on schools.</p>
        <CheckboxGroup
          name="geography-regions"
          legend="Regions the trust works in"
          options={optionsOf(regions, readOnly)}
          values={form.geography.regions}
          onValuesChange={(values) => geography({ regions: values })}
          error={errors["geography-regions"]}
        />
        <LocalAuthorityPicker
          id="geography-localAuthorityCodes"
          selected={form.geography.localAuthorityCodes}
          onChange={(codes) => geography({ localAuthorityCodes: codes })}
          readOnly={readOnly}
          error={errors["geography-localAuthorityCodes"]}
        />
        <Textarea
          name="geography-growthAreas"
          label="Areas the trust wants to grow in"
          hint={`Towns, districts or areas, for example North Leeds. ${oneLine}`}
          rows={3}
          {...text(form.geography.growthAreas)}
          onChange={(e) => geography({ growthAreas: e.currentTarget.value })}
          error={errors["geography-growthAreas"]}
        />
        <ClearSection
          section="geography"
          what="geography"
          form={form}
          update={update}
          readOnly={readOnly}
          focusId="geography-regions"
        />
      </Section>

      <Section id="section-growth">
        <p>
          Optional. If you fill in any of this section, say the stage, both yes-or-no questions and
          the number of schools.
        </p>
        <RadioGroup
          name="growth-stage"
          legend="Stage of growth"
          options={optionsOf(growthStages, readOnly, true)}
          value={form.growth.stage}
          onValueChange={(value) => growth({ stage: value })}
          error={errors["growth-stage"]}
        />
        <RadioGroup
          name="growth-openToNewSchools"
          legend="Is the trust open to new schools joining?"
          inline
          options={yesNoOptions(readOnly)}
          value={form.growth.openToNewSchools}
          onValueChange={(value) => growth({ openToNewSchools: value as YesNo })}
          error={errors["growth-openToNewSchools"]}
        />
        <RadioGroup
          name="growth-openToPartnerships"
          legend="Does the trust offer trust partnerships?"
          hint="A time-limited partnership a school can try before it decides to join."
          inline
          options={yesNoOptions(readOnly)}
          value={form.growth.openToPartnerships}
          onValueChange={(value) => growth({ openToPartnerships: value as YesNo })}
          error={errors["growth-openToPartnerships"]}
        />
        <TextInput
          name="growth-capacity"
          label="How many more schools could the trust take on?"
          hint="A whole number, 0 or more."
          inputMode="numeric"
          width={5}
          {...text(form.growth.capacity)}
          onChange={(e) => growth({ capacity: e.currentTarget.value })}
          error={errors["growth-capacity"]}
        />
        <CheckboxGroup
          name="growth-seeking-phases"
          legend="Phases of school the trust is looking for"
          small
          options={optionsOf(phases, readOnly)}
          values={form.growth.phases}
          onValuesChange={(values) => growth({ phases: values })}
          error={errors["growth-seeking-phases"]}
        />
        <Disclosure
          initiallyOpen={form.growth.establishmentTypes.length > 0}
          forceOpen={errors["growth-seeking-establishmentTypes"] !== undefined}
          summary={
            <>
              Types of school the trust is looking for{" "}
              <span className="ui-text-secondary">
                ({form.growth.establishmentTypes.length} chosen)
              </span>
            </>
          }
        >
          <CheckboxGroup
            name="growth-seeking-establishmentTypes"
            legend="Types of school the trust is looking for"
            legendSize="s"
            small
            options={optionsOf(establishmentTypes, readOnly)}
            values={form.growth.establishmentTypes}
            onValuesChange={(values) => growth({ establishmentTypes: values })}
            error={errors["growth-seeking-establishmentTypes"]}
          />
        </Disclosure>
        <Textarea
          name="growth-seeking-areas"
          label="Areas the trust is looking for schools in"
          hint={oneLine}
          rows={3}
          {...text(form.growth.areas)}
          onChange={(e) => growth({ areas: e.currentTarget.value })}
          error={errors["growth-seeking-areas"]}
        />
        <ClearSection
          section="growth"
          what="growth details"
          form={form}
          update={update}
          readOnly={readOnly}
          focusId="growth-stage"
        />
      </Section>

      <Section id="section-services">
        <Textarea
          name="schoolImprovementOffer"
          label="School improvement offer"
          hint="Optional. How the trust helps a school that joins to improve (at most 4,000 characters)."
          rows={6}
          maxLength={4000}
          {...text(form.schoolImprovementOffer)}
          onChange={(e) => {
            const value = e.currentTarget.value;
            update((f) => ({ ...f, schoolImprovementOffer: value }));
          }}
          error={errors.schoolImprovementOffer}
        />
        <CheckboxGroup
          name="centralServices"
          legend="Services the trust runs centrally for its schools"
          hint="Optional. What the central contribution pays for."
          options={optionsOf(centralServices, readOnly)}
          values={form.centralServices}
          onValuesChange={(values) => update((f) => ({ ...f, centralServices: values }))}
          error={errors.centralServices}
        />
      </Section>

      <Section id="section-finance">
        <p>
          Optional. If you fill in any of this section, say how the central contribution is set,
          whether GAG is pooled, whether reserves are pooled, and the reserves policy.
        </p>
        <RadioGroup
          name="finance-contribution-kind"
          legend="How is the central contribution (top-slice) set?"
          options={[
            { value: "FLAT", label: "A flat rate for every school", disabled: readOnly },
            { value: "RANGE", label: "A range, varying from school to school", disabled: readOnly },
          ]}
          value={form.finance.contributionKind}
          onValueChange={(value) => finance({ contributionKind: value as "FLAT" | "RANGE" })}
          error={errors["finance-contribution-kind"]}
        />
        {form.finance.contributionKind === "FLAT" && (
          <div className="admin-conditional">
            <TextInput
              name="finance-contribution-percent"
              label="Contribution rate (% of each school's funding)"
              hint="A percentage from 0 to 100, for example 5.5"
              inputMode="decimal"
              width={5}
              {...text(form.finance.percent)}
              onChange={(e) => finance({ percent: e.currentTarget.value })}
              error={errors["finance-contribution-percent"]}
            />
          </div>
        )}
        {form.finance.contributionKind === "RANGE" && (
          <div className="admin-conditional">
            <TextInput
              name="finance-contribution-minPercent"
              label="Lowest rate (%)"
              inputMode="decimal"
              width={5}
              {...text(form.finance.minPercent)}
              onChange={(e) => finance({ minPercent: e.currentTarget.value })}
              error={errors["finance-contribution-minPercent"]}
            />
            <TextInput
              name="finance-contribution-maxPercent"
              label="Highest rate (%)"
              inputMode="decimal"
              width={5}
              {...text(form.finance.maxPercent)}
              onChange={(e) => finance({ maxPercent: e.currentTarget.value })}
              error={errors["finance-contribution-maxPercent"]}
            />
            <Textarea
              name="finance-contribution-variesBy"
              label="What the rate varies by"
              hint="For example the school's size, phase or budget position (at most 300 characters)."
              rows={2}
              maxLength={300}
              {...text(form.finance.variesBy)}
              onChange={(e) => finance({ variesBy: e.currentTarget.value })}
              error={errors["finance-contribution-variesBy"]}
            />
          </div>
        )}
        <RadioGroup
          name="finance-gagPooling"
          legend="Does the trust pool its schools' General Annual Grant (GAG)?"
          inline
          options={yesNoOptions(readOnly)}
          value={form.finance.gagPooling}
          onValueChange={(value) => finance({ gagPooling: value as YesNo })}
          error={errors["finance-gagPooling"]}
        />
        <Textarea
          name="finance-budgetDelegation"
          label="How budgets are delegated to schools"
          hint="Optional (at most 2,000 characters)."
          rows={4}
          maxLength={2000}
          {...text(form.finance.budgetDelegation)}
          onChange={(e) => finance({ budgetDelegation: e.currentTarget.value })}
          error={errors["finance-budgetDelegation"]}
        />
        <Textarea
          name="finance-capitalApproach"
          label="Approach to capital and buildings"
          hint="Optional (at most 2,000 characters)."
          rows={4}
          maxLength={2000}
          {...text(form.finance.capitalApproach)}
          onChange={(e) => finance({ capitalApproach: e.currentTarget.value })}
          error={errors["finance-capitalApproach"]}
        />
        <RadioGroup
          name="finance-reserves-pooled"
          legend="How are reserves held?"
          options={yesNoOptions(
            readOnly,
            "Pooled centrally by the trust",
            "Each school keeps its own",
          )}
          value={form.finance.reservesPooled}
          onValueChange={(value) => finance({ reservesPooled: value as YesNo })}
          error={errors["finance-reserves-pooled"]}
        />
        <TextInput
          name="finance-reserves-targetPercent"
          label="Reserves target (% of income)"
          hint="Optional. A percentage from 0 to 100."
          inputMode="decimal"
          width={5}
          {...text(form.finance.reservesTargetPercent)}
          onChange={(e) => finance({ reservesTargetPercent: e.currentTarget.value })}
          error={errors["finance-reserves-targetPercent"]}
        />
        <Textarea
          name="finance-reserves-policy"
          label="Reserves policy"
          hint="Every trust has one: say what it is, in brief (at most 2,000 characters)."
          rows={4}
          maxLength={2000}
          {...text(form.finance.reservesPolicy)}
          onChange={(e) => finance({ reservesPolicy: e.currentTarget.value })}
          error={errors["finance-reserves-policy"]}
        />
        <TextInput
          name="finance-accountsUrl"
          type="url"
          label="Link to the trust's published accounts"
          hint="Optional. A full web address starting with https://"
          spellCheck={false}
          autoComplete="url"
          {...text(form.finance.accountsUrl)}
          onChange={(e) => finance({ accountsUrl: e.currentTarget.value })}
          error={errors["finance-accountsUrl"]}
        />
        <ClearSection
          section="finance"
          what="finance details"
          form={form}
          update={update}
          readOnly={readOnly}
          focusId="finance-contribution-kind"
        />
      </Section>

      <Section id="section-governance">
        <p>
          Optional. If you fill in any of this section, give the numbers of members and trustees and
          the local governance model.
        </p>
        <TextInput
          name="governance-members"
          label="Number of members"
          inputMode="numeric"
          width={3}
          {...text(form.governance.members)}
          onChange={(e) => governance({ members: e.currentTarget.value })}
          error={errors["governance-members"]}
        />
        <TextInput
          name="governance-trustees"
          label="Number of trustees"
          inputMode="numeric"
          width={3}
          {...text(form.governance.trustees)}
          onChange={(e) => governance({ trustees: e.currentTarget.value })}
          error={errors["governance-trustees"]}
        />
        <RadioGroup
          name="governance-localGovernanceModel"
          legend="Local governance model"
          hint="It also suggests a starting point for your scheme of delegation."
          options={optionsOf(governanceModels, readOnly, true)}
          value={form.governance.localGovernanceModel}
          onValueChange={(value) => governance({ localGovernanceModel: value })}
          error={errors["governance-localGovernanceModel"]}
        />
        <ContactRows form={form} update={update} errors={errors} readOnly={readOnly} />
        <ClearSection
          section="governance"
          what="governance details"
          form={form}
          update={update}
          readOnly={readOnly}
          focusId="governance-members"
        />
      </Section>
    </>
  );
}

/** The trust's values: each chosen from our list, with the trust's own words; add and remove. */
function ValueRows({ form, update, errors, readOnly }: ProfileFieldsProps) {
  const focusSoon = useFocusAfterRender();
  const rows = form.values;
  const addId = "values-add";
  return (
    <FieldsetGroup
      id="values-group"
      legend="Values"
      hint={`Optional. Up to ${maxValues} values schools compare trusts by, each in the trust's own words (at most 500 characters).`}
      error={errors.values}
    >
      <div id="values" tabIndex={-1} className="admin-rows">
        {rows.length === 0 ? (
          <p>No values yet.</p>
        ) : (
          <ol className="admin-rows__list">
            {rows.map((row, i) => {
              const taken = new Set(rows.filter((r) => r.id !== row.id).map((r) => r.value));
              const number = i + 1;
              return (
                <li key={row.id} className="admin-rows__item">
                  <Select
                    name={`values-${row.id}-value`}
                    label={`Value ${number}`}
                    placeholder="Choose a value"
                    options={trustValues.entries.map((entry) => ({
                      value: entry.key,
                      label: entry.label,
                      disabled: taken.has(entry.key),
                    }))}
                    hint={
                      row.value !== "" && trustValues.has(row.value)
                        ? trustValues.description(row.value)
                        : undefined
                    }
                    value={row.value}
                    disabled={readOnly}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      update((f) => ({
                        ...f,
                        values: f.values.map((r) => (r.id === row.id ? { ...r, value } : r)),
                      }));
                    }}
                    error={errors[`values-${row.id}-value`]}
                  />
                  <Textarea
                    name={`values-${row.id}-statement`}
                    label={`Value ${number} in the trust's own words`}
                    rows={3}
                    maxLength={500}
                    value={row.statement}
                    readOnly={readOnly}
                    onChange={(e) => {
                      const statement = e.currentTarget.value;
                      update((f) => ({
                        ...f,
                        values: f.values.map((r) => (r.id === row.id ? { ...r, statement } : r)),
                      }));
                    }}
                    error={errors[`values-${row.id}-statement`]}
                  />
                  {!readOnly && (
                    <Button
                      type="button"
                      variant="secondary"
                      onClick={() => {
                        const next = rows[i + 1] ?? rows[i - 1];
                        update((f) => ({ ...f, values: f.values.filter((r) => r.id !== row.id) }));
                        focusSoon(next ? `values-${next.id}-value` : addId);
                      }}
                    >
                      Remove value {number}
                    </Button>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </div>
      {!readOnly && rows.length < maxValues && (
        <Button
          type="button"
          variant="secondary"
          id={addId}
          onClick={() => {
            const row = emptyValueRow();
            update((f) => ({ ...f, values: [...f.values, row] }));
            focusSoon(`values-${row.id}-value`);
          }}
        >
          {rows.length === 0 ? "Add a value" : "Add another value"}
        </Button>
      )}
    </FieldsetGroup>
  );
}

/** People at the trust a school can contact: add and remove. */
function ContactRows({ form, update, errors, readOnly }: ProfileFieldsProps) {
  const focusSoon = useFocusAfterRender();
  const headingId = useId();
  const rows = form.governance.contacts;
  const addId = "governance-contacts-add";
  const setRow = (id: string, partial: Partial<(typeof rows)[number]>) =>
    update((f) => ({
      ...f,
      governance: {
        ...f.governance,
        contacts: f.governance.contacts.map((r) => (r.id === id ? { ...r, ...partial } : r)),
      },
    }));
  return (
    <FieldsetGroup
      id={headingId}
      legend="Contacts"
      hint={`Optional. People a school can contact about joining, up to ${maxContacts}.`}
      error={errors["governance-contacts"]}
    >
      <div id="governance-contacts" tabIndex={-1} className="admin-rows">
        {rows.length === 0 ? (
          <p>No contacts yet.</p>
        ) : (
          <ol className="admin-rows__list">
            {rows.map((row, i) => {
              const number = i + 1;
              const base = `governance-contacts-${row.id}`;
              return (
                <li key={row.id} className="admin-rows__item">
                  <TextInput
                    name={`${base}-name`}
                    label={`Contact ${number}: name`}
                    autoComplete="off"
                    maxLength={200}
                    value={row.name}
                    readOnly={readOnly}
                    onChange={(e) => setRow(row.id, { name: e.currentTarget.value })}
                    error={errors[`${base}-name`]}
                  />
                  <TextInput
                    name={`${base}-role`}
                    label={`Contact ${number}: role`}
                    hint="For example CEO or Head of school improvement."
                    maxLength={200}
                    value={row.role}
                    readOnly={readOnly}
                    onChange={(e) => setRow(row.id, { role: e.currentTarget.value })}
                    error={errors[`${base}-role`]}
                  />
                  <TextInput
                    name={`${base}-email`}
                    type="email"
                    label={`Contact ${number}: email address`}
                    autoComplete="off"
                    spellCheck={false}
                    value={row.email}
                    readOnly={readOnly}
                    onChange={(e) => setRow(row.id, { email: e.currentTarget.value })}
                    error={errors[`${base}-email`]}
                  />
                  {!readOnly && (
                    <Button
                      type="button"
                      variant="secondary"
                      onClick={() => {
                        const next = rows[i + 1] ?? rows[i - 1];
                        update((f) => ({
                          ...f,
                          governance: {
                            ...f.governance,
                            contacts: f.governance.contacts.filter((r) => r.id !== row.id),
                          },
                        }));
                        focusSoon(next ? `governance-contacts-${next.id}-name` : addId);
                      }}
                    >
                      Remove contact {number}
                    </Button>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </div>
      {!readOnly && rows.length < maxContacts && (
        <Button
          type="button"
          variant="secondary"
          id={addId}
          onClick={() => {
            const row = emptyContactRow();
            update((f) => ({
              ...f,
              governance: { ...f.governance, contacts: [...f.governance.contacts, row] },
            }));
            focusSoon(`governance-contacts-${row.id}-name`);
          }}
        >
          {rows.length === 0 ? "Add a contact" : "Add another contact"}
        </Button>
      )}
    </FieldsetGroup>
  );
}
