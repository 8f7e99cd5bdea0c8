import type { ComponentProps, ReactNode } from "react";
import { cx } from "../internal/cx.ts";
import { LabelledField } from "../internal/field.tsx";

export type TextInputProps = Omit<
  ComponentProps<"input">,
  "type" | "size" | "children" | "name"
> & {
  /** Form field name; also the default `id`, so an ErrorSummary can link to `#name`. */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  type?: "text" | "email" | "number" | "password" | "search" | "tel" | "url" | "date";
  /** Fixed width in characters; defaults to the full width of its container. */
  width?: "full" | 30 | 20 | 10 | 5 | 3;
  /** Hide the label visually (it is still read by screen readers). */
  labelHidden?: boolean;
};

export function TextInput({
  name,
  id = name,
  label,
  hint,
  error,
  type = "text",
  width = "full",
  labelHidden = false,
  className,
  "aria-describedby": ariaDescribedBy,
  ...inputProps
}: TextInputProps) {
  return (
    <LabelledField {...{ id, label, labelHidden, hint, error }} describedBy={ariaDescribedBy}>
      {({ invalid, aria }) => (
        <input
          {...inputProps}
          {...aria}
          className={cx(
            "ui-input",
            width !== "full" && `ui-input--width-${width}`,
            invalid && "ui-input--error",
            className,
          )}
          id={id}
          name={name}
          type={type}
        />
      )}
    </LabelledField>
  );
}
