import { countOf, Heading } from "@atlas/ui";
import type { ReactNode } from "react";

/**
 * How the saved draft differs from what schools see, for either document: `table` lists the
 * changes; `what` names the document ("profile") and `unit` what a change is ("field").
 */
export function UnpublishedChanges({
  what,
  unit,
  editor,
  count,
  dirty,
  table,
}: {
  what: string;
  unit: string;
  /** Where unsaved changes are made: "form", "grid". */
  editor: string;
  count: number;
  dirty: boolean;
  table: ReactNode;
}) {
  return (
    <section aria-labelledby="unpublished-changes" className="admin-panel">
      <Heading level={2} id="unpublished-changes">
        Unpublished changes
      </Heading>
      {count === 0 ? (
        <p>The saved draft is the same as the {what} schools see now.</p>
      ) : (
        <>
          <p>
            The saved draft differs from the {what} schools see now in {countOf(count, unit)}
            {dirty ? ` (changes in the ${editor} that are not saved yet are not listed)` : ""}.
          </p>
          {table}
        </>
      )}
    </section>
  );
}
