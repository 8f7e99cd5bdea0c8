import { groupStatuses, groupTypes, longDate } from "@atlas/domain";
import { Heading, Notice, Tag } from "@atlas/ui";
import { versionLine } from "./format.ts";
import type { TrustPageTrust } from "./types.ts";

export const NO_PROFILE_TITLE = "This trust has not published a profile on Trust Atlas yet";

/** The trust's name and status, and which version of its profile the page shows (or that none). */
export function TrustHeader({ trust }: { trust: TrustPageTrust }) {
  const { profile } = trust;
  return (
    <div className="ui-stack stack-tight">
      <Heading level={1} caption={groupTypes.label(trust.type)}>
        {trust.name}
      </Heading>
      {trust.status !== "OPEN" && (
        <p>
          <Tag tone="warning">{groupStatuses.label(trust.status)}</Tag>
        </p>
      )}
      <VerificationLine verification={trust.verification ?? null} />
      {profile ? (
        <p className="ui-body-s ui-text-secondary trust-version">
          {versionLine("Profile", profile)}
        </p>
      ) : (
        <Notice title={NO_PROFILE_TITLE} headingLevel={2}>
          <p className="ui-body ui-mt-0">
            The facts and schools below come from the register of schools and trusts. Its vision,
            values, finance and governance will be here once the trust publishes them.
          </p>
        </Notice>
      )}
    </div>
  );
}

/**
 * Whether a sector body has checked the listing against the register and with the trust. An
 * unverified trust may still publish; its page says so, so readers weigh what it says.
 */
function VerificationLine({
  verification,
}: {
  verification: { checkedOn: string; sectorBodyName: string } | null;
}) {
  if (!verification) {
    return (
      <p className="ui-body-s trust-verification">
        <Tag>Not verified</Tag> No sector body has checked this listing with the trust yet.
      </p>
    );
  }
  return (
    <p className="ui-body-s trust-verification">
      <Tag tone="success">Verified</Tag>{" "}
      {`Checked against the register and confirmed with the trust by ${verification.sectorBodyName} on ${longDate(verification.checkedOn)}.`}
    </p>
  );
}
