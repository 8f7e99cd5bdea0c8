import type { ReactNode } from "react";
import { FieldError } from "../trust-documents/FieldsetGroup.tsx";

/**
 * A file input with its label, hint and error, marked up as @atlas/ui's text fields are
 * (which offer no file type): the error is read with the field and marks it invalid.
 */
export function FileField({
  id,
  label,
  hint,
  error,
  accept,
  onChange,
}: {
  /** Also the field's name, and what an ErrorSummary links to (`#id`). */
  id: string;
  label: ReactNode;
  hint: ReactNode;
  error?: string | null | undefined;
  accept: string;
  onChange: (file: File | null) => void;
}) {
  const hintId = `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? "ui-form-group ui-form-group--error" : "ui-form-group"}>
      <label className="ui-label" htmlFor={id}>
        {label}
      </label>
      <div id={hintId} className="ui-hint">
        {hint}
      </div>
      {error && errorId && <FieldError id={errorId}>{error}</FieldError>}
      <input
        type="file"
        id={id}
        name={id}
        accept={accept}
        className="admin-file-input"
        aria-describedby={errorId ? `${hintId} ${errorId}` : hintId}
        aria-invalid={errorId ? true : undefined}
        onChange={(event) => onChange(event.currentTarget.files?.[0] ?? null)}
      />
    </div>
  );
}
