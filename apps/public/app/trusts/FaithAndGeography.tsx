import { churchGovernanceLevels, regions } from "@atlas/domain";
import { SummaryList, type SummaryListRow } from "@atlas/ui";
import { hasText, labelsOf, listText } from "./format.ts";
import type { TrustProfile } from "./types.ts";

/** A vocabulary label with its meaning underneath. */
export function Described({ label, description }: { label: string; description: string }) {
  return (
    <>
      {label}
      {description !== "" && (
        <span className="ui-body-s ui-text-secondary trust-description">{description}</span>
      )}
    </>
  );
}

/** The trust's church links: how far a church appoints its board, its dioceses. */
export function Faith({ faith }: { faith: NonNullable<TrustProfile["faith"]> }) {
  const rows: SummaryListRow[] = [
    {
      key: "Church governance",
      value: (
        <Described
          label={churchGovernanceLevels.label(faith.churchGovernanceLevel)}
          description={churchGovernanceLevels.description(faith.churchGovernanceLevel)}
        />
      ),
    },
  ];
  if (hasText(faith.faithDesignation)) {
    rows.push({ key: "Faith designation", value: faith.faithDesignation });
  }
  rows.push({
    key: faith.dioceses.length === 1 ? "Diocese" : "Dioceses",
    value: faith.dioceses.length > 0 ? listText(faith.dioceses) : "None",
  });
  return <SummaryList rows={rows} />;
}

/** Where the trust says it works, and where it wants to take on schools. */
export function Geography({ geography }: { geography: NonNullable<TrustProfile["geography"]> }) {
  const localAuthorities = geography.localAuthorities
    .map((la) => la.name)
    .sort((a, b) => a.localeCompare(b, "en-GB"));
  const rows: SummaryListRow[] = [];
  if (geography.regions.length > 0) {
    rows.push({ key: "Regions", value: listText(labelsOf(geography.regions, regions)) });
  }
  if (localAuthorities.length > 0) {
    rows.push({ key: "Local authorities", value: listText(localAuthorities) });
  }
  if (geography.growthAreas.length > 0) {
    rows.push({ key: "Growth areas", value: listText(geography.growthAreas) });
  }
  return <SummaryList rows={rows} />;
}
