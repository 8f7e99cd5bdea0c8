import { establishmentTypes, growthStages, phases } from "@atlas/domain";
import { SummaryList } from "@atlas/ui";
import { Described } from "./FaithAndGeography.tsx";
import { capacityText, labelsOf, listText, yesNo } from "./format.ts";
import type { TrustProfile } from "./types.ts";

const ANY = "Any";

/** Where the trust is in its growth, whether it is open to a school joining, and what it seeks. */
export function Growth({ growth }: { growth: NonNullable<TrustProfile["growth"]> }) {
  const { seeking } = growth;
  return (
    <SummaryList
      rows={[
        {
          key: "Stage",
          value: (
            <Described
              label={growthStages.label(growth.stage)}
              description={growthStages.description(growth.stage)}
            />
          ),
        },
        { key: "Open to new schools", value: yesNo(growth.openToNewSchools) },
        { key: "Open to trust partnerships", value: yesNo(growth.openToPartnerships) },
        { key: "Room for", value: capacityText(growth.capacity) },
        {
          key: "Phases sought",
          value: seeking.phases.length > 0 ? listText(labelsOf(seeking.phases, phases)) : ANY,
        },
        {
          key: "Types of school sought",
          value:
            seeking.establishmentTypes.length > 0
              ? listText(labelsOf(seeking.establishmentTypes, establishmentTypes))
              : ANY,
        },
        {
          key: "Areas sought",
          value: seeking.areas.length > 0 ? listText(seeking.areas) : ANY,
        },
      ]}
    />
  );
}
