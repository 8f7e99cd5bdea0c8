import { Heading, TextLink } from "@atlas/ui";

/**
 * The 403 page's words: a school's partnerships are between it and the trust, so only the
 * school's own members (and the trust, in its own app) see or change them.
 */
export function NotAMember({
  school,
  heading,
}: {
  school: { urn: number; name: string };
  heading: string;
}) {
  return (
    <section aria-labelledby="forbidden-heading" className="ui-measure ui-stack">
      <Heading level={1} id="forbidden-heading">
        {heading}
      </Heading>
      <p className="ui-body">
        Only people who work for {school.name} on Trust Atlas can ask trusts for partnerships for
        it, or see its partnerships: they are between the school and the trust.
      </p>
      <p className="ui-body">
        <TextLink href={`/schools/${school.urn}`}>Go back to {school.name}</TextLink>
      </p>
    </section>
  );
}
