import { Notice, TextLink } from "@atlas/ui";
import { Page } from "../layout/Page.tsx";
import type { PageTrustResolution } from "../trust-documents/page-trust.ts";

export const inboxTitle = "Partnership requests";

/** For someone who may not see a trust's partnership requests, or a curator who must choose. */
export function PartnershipRefusal({
  resolution,
}: {
  resolution: Exclude<PageTrustResolution, { kind: "trust" }>;
}) {
  if (resolution.kind === "choose-trust") {
    return (
      <Page title={inboxTitle}>
        <Notice tone="info" title="Choose a trust">
          <p>
            As a curator you can read any trust's partnership requests and their history, but not
            answer them. Choose the trust from the list of trusts on your dashboard.
          </p>
          <p className="ui-mb-0">
            <TextLink href="/">Go to the list of trusts</TextLink>
          </p>
        </Notice>
      </Page>
    );
  }
  return (
    <Page title={inboxTitle}>
      <Notice tone="warning" title="You cannot see this page">
        <p>
          Partnership requests are for the trust's administrators and for sector body curators, and
          you are neither for this trust.
        </p>
        <p className="ui-mb-0">
          <TextLink href="/">Go to your dashboard</TextLink>
        </p>
      </Notice>
    </Page>
  );
}
