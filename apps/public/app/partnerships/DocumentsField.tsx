import { DOCUMENTS_FIELD, documentsHint } from "./documents.ts";

export interface DocumentsFieldProps {
  label: string;
  /** What the documents are for; the types and the limit are said after it. */
  hint?: string;
  error?: string | undefined;
  /**
   * The names chosen in a failed attempt. Without script the page comes back with the box
   * empty (a browser never lets a page fill a file box in), so the person is told to choose
   * them again; with script the box keeps them.
   */
  chosenBefore?: readonly string[];
}

/**
 * A file box for PDF and Word documents, laid out as the design system's fields are (label,
 * hint, error, then the control, tied together by ids). The form holding it must post
 * `multipart/form-data`, with this field last: a post stopped at a file too large still has
 * every field before it.
 */
export function DocumentsField({ label, hint, error, chosenBefore = [] }: DocumentsFieldProps) {
  const id = DOCUMENTS_FIELD;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={error ? "ui-form-group ui-form-group--error" : "ui-form-group"}>
      <label className="ui-label" htmlFor={id}>
        {label}
      </label>
      <div id={`${id}-hint`} className="ui-hint">
        {hint ? `${hint} ${documentsHint}` : documentsHint}
        {chosenBefore.length > 0 &&
          ` If the box shows nothing chosen, choose them again: ${chosenBefore.join(", ")}.`}
      </div>
      {error && (
        <p id={`${id}-error`} className="ui-error-message">
          <span className="ui-visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input
        type="file"
        id={id}
        name={DOCUMENTS_FIELD}
        multiple
        accept=".pdf,.docx"
        className="documents-input"
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
