import { MAX_COMPARED, MIN_COMPARED } from "@atlas/domain";
import { Button, VisuallyHidden } from "@atlas/ui";

/** The form a page's "Compare" boxes belong to, wherever they sit (rows of a table, cards). */
export const COMPARE_FORM_ID = "compare-chosen";

/**
 * "Compare chosen trusts": a GET form to the compare page. Its boxes live in the list (the
 * `form` attribute ties them to it), since a row's own forms (shortlisting) cannot sit
 * inside another form.
 */
export function CompareChosen() {
  return (
    <form id={COMPARE_FORM_ID} method="get" action="/compare" className="compare-chosen">
      <p className="ui-body-s">
        Tick {MIN_COMPARED} to {MAX_COMPARED} trusts to compare them side by side.
      </p>
      <Button type="submit" variant="secondary">
        Compare chosen trusts
      </Button>
    </form>
  );
}

/** One trust's box for the compare form. */
export function CompareCheckbox({
  trustId,
  trustName,
  defaultChecked = false,
  visibleLabel = false,
}: {
  trustId: string;
  trustName: string;
  defaultChecked?: boolean;
  /** Show "Compare <name>" (on cards); in a table's Compare column the header says it. */
  visibleLabel?: boolean;
}) {
  const id = `compare-${trustId.replace(/[^A-Za-z0-9_-]/g, "")}`;
  return (
    <div className="ui-checkboxes ui-choices ui-choices--small">
      <div className="ui-choice">
        <input
          className="ui-choice__input"
          type="checkbox"
          id={id}
          name="ids"
          value={trustId}
          form={COMPARE_FORM_ID}
          defaultChecked={defaultChecked}
        />
        <label className="ui-choice__label" htmlFor={id}>
          {visibleLabel ? (
            `Compare ${trustName}`
          ) : (
            <VisuallyHidden>Compare {trustName}</VisuallyHidden>
          )}
        </label>
      </div>
    </div>
  );
}
