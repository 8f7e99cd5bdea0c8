import type { ReactNode } from "react";
import { cx, hasContent, joinIds } from "./cx.ts";

export type FieldMessages = {
  /** Extra guidance shown under the label. */
  hint?: ReactNode;
  /** Error message; when present the field is marked `aria-invalid` and styled as an error. */
  error?: ReactNode;
};

/** Ids for a field's hint and error, and the resulting aria-describedby value. */
export function fieldIds(
  id: string,
  { hint, error }: FieldMessages,
  describedBy?: string,
): { hintId?: string; errorId?: string; describedBy?: string; invalid: boolean } {
  const hintId = hasContent(hint) ? `${id}-hint` : undefined;
  const errorId = hasContent(error) ? `${id}-error` : undefined;
  return {
    hintId,
    errorId,
    describedBy: joinIds(describedBy, hintId, errorId),
    invalid: errorId !== undefined,
  };
}

export function Hint({ id, children }: { id: string | undefined; children: ReactNode }) {
  if (id === undefined) return null;
  return (
    <div id={id} className="ui-hint">
      {children}
    </div>
  );
}

export function ErrorMessage({ id, children }: { id: string | undefined; children: ReactNode }) {
  if (id === undefined) return null;
  return (
    <p id={id} className="ui-error-message">
      <span className="ui-visually-hidden">Error: </span>
      {children}
    </p>
  );
}

export function FormGroup({
  invalid,
  className,
  children,
}: {
  invalid: boolean;
  className?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={cx("ui-form-group", invalid && "ui-form-group--error", className)}>
      {children}
    </div>
  );
}

/** What a labelled control needs from its field: its describing ids and whether it is in error. */
export interface FieldControlProps {
  invalid: boolean;
  aria: { "aria-describedby"?: string; "aria-invalid"?: true };
}

/**
 * A form group with a label, hint and error message wired to the control that `children`
 * renders (by `id`, `aria-describedby` and `aria-invalid`): one place for every text field.
 */
export function LabelledField({
  id,
  label,
  labelHidden = false,
  hint,
  error,
  describedBy,
  children,
}: FieldMessages & {
  id: string;
  label: ReactNode;
  labelHidden?: boolean;
  describedBy?: string | undefined;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const ids = fieldIds(id, { hint, error }, describedBy);
  const aria: FieldControlProps["aria"] = {};
  if (ids.describedBy !== undefined) aria["aria-describedby"] = ids.describedBy;
  if (ids.invalid) aria["aria-invalid"] = true;
  return (
    <FormGroup invalid={ids.invalid}>
      <label className={cx("ui-label", labelHidden && "ui-visually-hidden")} htmlFor={id}>
        {label}
      </label>
      <Hint id={ids.hintId}>{hint}</Hint>
      <ErrorMessage id={ids.errorId}>{error}</ErrorMessage>
      {children({ invalid: ids.invalid, aria })}
    </FormGroup>
  );
}
