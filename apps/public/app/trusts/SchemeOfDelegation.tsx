import { DelegationHeatmap, Notice } from "@atlas/ui";
import { versionLine } from "./format.ts";
import type { TrustScheme } from "./types.ts";

export const NO_SCHEME_TEXT =
  "This trust has not published a scheme of delegation on Trust Atlas yet.";

/** Who decides what, tier by tier, with each area's local autonomy; or a note that there is none. */
export function SchemeOfDelegation({
  scheme,
  trustName,
}: {
  scheme: TrustScheme | null;
  trustName: string;
}) {
  if (scheme === null) {
    return (
      <Notice>
        <p className="ui-body ui-mt-0">{NO_SCHEME_TEXT}</p>
      </Notice>
    );
  }
  return (
    <>
      <p className="ui-body-s ui-text-secondary trust-version">
        {versionLine("Scheme of delegation", scheme)}
      </p>
      <p className="ui-body">
        Who makes each decision: the members, the trust board and its committees, the chief
        executive, the school's local governing body or its headteacher. Each area says how much of
        it is decided in the school itself.
      </p>
      <DelegationHeatmap
        caption={`Who decides what in ${trustName}`}
        captionSize="s"
        cells={scheme.cells}
        autonomy={scheme.autonomy}
      />
    </>
  );
}
