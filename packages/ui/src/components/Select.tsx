import type { ComponentProps, ReactNode } from "react";
import { cx } from "../internal/cx.ts";
import { ErrorMessage, FormGroup, fieldIds, Hint } from "../internal/field.tsx";

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectProps = Omit<ComponentProps<"select">, "children" | "multiple" | "name"> & {
  /** Form field name; also the default `id`. */
  name: string;
  label: ReactNode;
  options: readonly SelectOption[];
  /** Adds a first `<option value="">` with this text (e.g. "Any region"). */
  placeholder?: string;
  hint?: ReactNode;
  error?: ReactNode;
  labelHidden?: boolean;
};

export function Select({
  name,
  id = name,
  label,
  options,
  placeholder,
  hint,
  error,
  labelHidden = false,
  className,
  "aria-describedby": ariaDescribedBy,
  ...selectProps
}: SelectProps) {
  const ids = fieldIds(id, { hint, error }, ariaDescribedBy);
  return (
    <FormGroup invalid={ids.invalid}>
      <label className={cx("ui-label", labelHidden && "ui-visually-hidden")} htmlFor={id}>
        {label}
      </label>
      <Hint id={ids.hintId}>{hint}</Hint>
      <ErrorMessage id={ids.errorId}>{error}</ErrorMessage>
      <select
        {...selectProps}
        className={cx("ui-select", ids.invalid && "ui-input--error", className)}
        id={id}
        name={name}
        aria-describedby={ids.describedBy}
        aria-invalid={ids.invalid ? true : undefined}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
