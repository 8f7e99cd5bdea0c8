import type { ComponentProps, ReactNode } from "react";
import { cx } from "../internal/cx.ts";
import { LabelledField } from "../internal/field.tsx";

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
  return (
    <LabelledField {...{ id, label, labelHidden, hint, error }} describedBy={ariaDescribedBy}>
      {({ invalid, aria }) => (
        <textarea
          {...textareaProps}
          {...aria}
          className={cx("ui-textarea", invalid && "ui-input--error", className)}
          id={id}
          name={name}
          rows={rows}
        />
      )}
    </LabelledField>
  );
}
