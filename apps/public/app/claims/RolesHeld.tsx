import { Heading, TextLink } from "@atlas/ui";
import type { ClaimsViewer } from "./operations.ts";

/**
 * What the person acts for today, from the roles they hold (however they came by them: a
 * claim approved, or a colleague's invitation), each with the way on from here.
 */
export function RolesHeld({ viewer, adminUrl }: { viewer: ClaimsViewer; adminUrl: string }) {
  const roles = viewer.roles ?? [];
  const schools = roles.flatMap((r) => (r.role === "SCHOOL_MEMBER" && r.school ? [r.school] : []));
  const trusts = roles.flatMap((r) => (r.role === "TRUST_ADMIN" && r.trust ? [r.trust] : []));
  if (schools.length === 0 && trusts.length === 0) return null;
  return (
    <section aria-labelledby="roles-heading" className="ui-stack">
      <Heading level={2} id="roles-heading">
        What you act for
      </Heading>
      <ul className="ui-list ui-list--bullet ui-body">
        {schools.map((school) => (
          <li key={`school-${school.urn}`}>
            You represent {school.name}.{" "}
            <TextLink href={`/schools/${school.urn}`}>Go to {school.name}</TextLink> to find trusts
            and ask them for a partnership.
          </li>
        ))}
        {trusts.map((trust) => (
          <li key={`trust-${trust.id}`}>
            You administer {trust.name}.{" "}
            <TextLink href={adminUrl}>Look after it in trust and sector sign in</TextLink>.
          </li>
        ))}
      </ul>
    </section>
  );
}
