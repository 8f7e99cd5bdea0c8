import type { ReactNode } from "react";

/** An error message under a legend or label, as @atlas/ui's fields write theirs. */
export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="ui-error-message">
      <span className="ui-visually-hidden">Error: </span>
      {children}
    </p>
  );
}

/**
 * A group of controls under a legend, with a hint and an error, styled as @atlas/ui's choice
 * groups: for groups the design system has no component for (lists of rows, the local
 * authority picker).
 */
export function FieldsetGroup({
  id,
  legend,
  hint,
  error,
  children,
}: {
  /** Prefix of the hint's and error's ids. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "ui-form-group ui-form-group--error" : "ui-form-group"}>
      <fieldset className="ui-fieldset" aria-describedby={describedBy}>
        <legend className="ui-fieldset__legend ui-fieldset__legend--m">{legend}</legend>
        {hint && (
          <div id={hintId} className="ui-hint">
            {hint}
          </div>
        )}
        {error && errorId && <FieldError id={errorId}>{error}</FieldError>}
        {children}
      </fieldset>
    </div>
  );
}
