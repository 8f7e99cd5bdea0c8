import type { ComponentProps, ReactNode } from "react";
import { cx } from "../internal/cx.ts";
import { ErrorMessage, FormGroup, fieldIds, Hint } from "../internal/field.tsx";

export type TextareaProps = Omit<ComponentProps<"textarea">, "children" | "name"> & {
  /** Form field name; also the default `id`. */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  labelHidden?: boolean;
};

export function Textarea({
  name,
  id = name,
  label,
  hint,
  error,
  labelHidden = false,
  rows = 5,
  className,
  "aria-describedby": ariaDescribedBy,
  ...textareaProps
}: TextareaProps) {
  const ids = fieldIds(id, { hint, error }, ariaDescribedBy);
  return (
    <FormGroup invalid={ids.invalid}>
      <label className={cx("ui-label", labelHidden && "ui-visually-hidden")} htmlFor={id}>
        {label}
      </label>
      <Hint id={ids.hintId}>{hint}</Hint>
      <ErrorMessage id={ids.errorId}>{error}</ErrorMessage>
      <textarea
        {...textareaProps}
        className={cx("ui-textarea", ids.invalid && "ui-input--error", className)}
        id={id}
        name={name}
        rows={rows}
        aria-describedby={ids.describedBy}
        aria-invalid={ids.invalid ? true : undefined}
      />
    </FormGroup>
  );
}
