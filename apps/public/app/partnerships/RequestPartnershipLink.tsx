import { TextLink, VisuallyHidden } from "@atlas/ui";
import { newPartnershipHref } from "./hrefs.ts";

/**
 * The way into a partnership request, wherever a school's member meets a trust (its page, the
 * shortlist, a comparison). Beside several trusts, the hidden name says which one it is for.
 */
export function RequestPartnershipLink({
  urn,
  trustId,
  trustName,
}: {
  urn: number;
  trustId: string;
  trustName: string;
}) {
  return (
    <TextLink href={newPartnershipHref(urn, trustId)} className="request-partnership-link">
      Request a trust partnership<VisuallyHidden> with {trustName}</VisuallyHidden>
    </TextLink>
  );
}
