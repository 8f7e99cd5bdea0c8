import { FileUpload } from "@atlas/ui";
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
 * A file box for PDF and Word documents. The form holding it must post
 * `multipart/form-data`, with this field last: a post stopped at a file too large still has
 * every field before it.
 */
export function DocumentsField({ label, hint, error, chosenBefore = [] }: DocumentsFieldProps) {
  return (
    <FileUpload
      name={DOCUMENTS_FIELD}
      label={label}
      hint={
        <>
          {hint ? `${hint} ${documentsHint}` : documentsHint}
          {chosenBefore.length > 0 &&
            ` If the box shows nothing chosen, choose them again: ${chosenBefore.join(", ")}.`}
        </>
      }
      error={error}
      multiple
      accept=".pdf,.docx"
    />
  );
}
