import { ChoiceGroup, type ChoiceGroupCommonProps } from "../internal/choices.tsx";

export type RadioGroupProps = ChoiceGroupCommonProps & {
  /** The selected value. Without `onValueChange` it is initial (`defaultChecked`). */
  value?: string;
  /** Makes the group controlled. */
  onValueChange?: (value: string) => void;
};

/** Radios in a `<fieldset>` with a `<legend>`; posts `name=value` for the selected one. */
export function RadioGroup({ value, onValueChange, ...props }: RadioGroupProps) {
  return (
    <ChoiceGroup
      {...props}
      type="radio"
      isChecked={(v) => v === value}
      onToggle={
        onValueChange &&
        ((v, checked) => {
          if (checked) onValueChange(v);
        })
      }
    />
  );
}
