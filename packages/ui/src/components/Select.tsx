import type { ComponentProps, ReactNode } from "react";
import { cx } from "../internal/cx.ts";
import { LabelledField } from "../internal/field.tsx";

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
  return (
    <LabelledField {...{ id, label, labelHidden, hint, error }} describedBy={ariaDescribedBy}>
      {({ invalid, aria }) => (
        <select
          {...selectProps}
          {...aria}
          className={cx("ui-select", invalid && "ui-input--error", className)}
          id={id}
          name={name}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
