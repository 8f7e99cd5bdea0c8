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
