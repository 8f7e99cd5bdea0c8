import { ChoiceGroup, type ChoiceGroupCommonProps } from "../internal/choices.tsx";

export type { ChoiceOption } from "../internal/choices.tsx";

export type CheckboxGroupProps = ChoiceGroupCommonProps & {
  /** Values that are checked. Without `onValuesChange` they are initial (`defaultChecked`). */
  values?: readonly string[];
  /** Makes the group controlled; receives the new checked values in option order. */
  onValuesChange?: (values: string[]) => void;
};

/** Checkboxes in a `<fieldset>` with a `<legend>`; each posts `name=value` when checked. */
export function CheckboxGroup({ values = [], onValuesChange, ...props }: CheckboxGroupProps) {
  return (
    <ChoiceGroup
      {...props}
      type="checkbox"
      isChecked={(value) => values.includes(value)}
      onToggle={
        onValuesChange &&
        ((value, checked) => {
          onValuesChange(
            props.options
              .map((option) => option.value)
              .filter((v) => (v === value ? checked : values.includes(v))),
          );
        })
      }
    />
  );
}
