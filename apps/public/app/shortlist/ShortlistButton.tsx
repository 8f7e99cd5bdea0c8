import { VisuallyHidden } from "@atlas/ui";
import { Form, useLocation, useNavigation } from "react-router";
import { shortlistHref } from "./member-schools.ts";
import { INTENT, RETURN_TO } from "./shortlist-form.ts";

export interface ShortlistButtonProps {
  /** The school whose shortlist it is. */
  urn: number;
  trustId: string;
  /** Read to screen readers after the button's words ("Add to shortlist: Oak Trust"). */
  trustName: string;
  /** Whether the trust is on the shortlist now, so the button takes it off. */
  shortlisted: boolean;
}

/**
 * Adds a trust to a school's shortlist, or takes it off: a small form posting to the
 * shortlist page, which sends the person back where they were (without JavaScript too).
 * The scroll position stays, so a long list of results is not lost.
 */
export function ShortlistButton({ urn, trustId, trustName, shortlisted }: ShortlistButtonProps) {
  const location = useLocation();
  const navigation = useNavigation();
  const action = shortlistHref(urn);
  const busy =
    navigation.state === "submitting" &&
    navigation.formAction === action &&
    navigation.formData?.get("trustId") === trustId;
  return (
    <Form method="post" action={action} preventScrollReset className="shortlist-toggle">
      <input type="hidden" name={INTENT} value={shortlisted ? "remove" : "add"} />
      <input type="hidden" name="trustId" value={trustId} />
      <input type="hidden" name={RETURN_TO} value={`${location.pathname}${location.search}`} />
      <button
        type="submit"
        className="ui-button ui-button--secondary shortlist-toggle__button"
        disabled={busy}
      >
        {shortlisted ? "Remove from shortlist" : "Add to shortlist"}
        <VisuallyHidden>: {trustName}</VisuallyHidden>
      </button>
    </Form>
  );
}
