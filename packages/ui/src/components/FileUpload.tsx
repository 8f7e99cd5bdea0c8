import type { ComponentProps, ReactNode } from "react";
import { cx } from "../internal/cx.ts";
import { LabelledField } from "../internal/field.tsx";

export type FileUploadProps = Omit<ComponentProps<"input">, "type" | "children" | "name"> & {
  /** Form field name; also the default `id`, so an ErrorSummary can link to `#name`. */
  name: string;
  label: ReactNode;
  /** What to choose: the types and the size allowed belong here, before the person picks. */
  hint?: ReactNode;
  error?: ReactNode;
};

/**
 * A file box with its label, hint and error, tied to it as every other field is. The browser
 * draws the control itself; this only spaces it and gives it the design's focus ring.
 */
export function FileUpload({
  name,
  id = name,
  label,
  hint,
  error,
  className,
  "aria-describedby": ariaDescribedBy,
  ...inputProps
}: FileUploadProps) {
  return (
    <LabelledField {...{ id, label, hint, error }} describedBy={ariaDescribedBy}>
      {({ aria }) => (
        <input
          {...inputProps}
          {...aria}
          className={cx("ui-file-upload", className)}
          id={id}
          name={name}
          type="file"
        />
      )}
    </LabelledField>
  );
}
