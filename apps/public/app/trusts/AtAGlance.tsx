import { establishmentTypes, regions } from "@atlas/domain";
import { formatNumber, Heading, PhaseMixChart, Stat, StatGroup, Table, Tag } from "@atlas/ui";
import {
  labelsOf,
  PROVISION_LABEL,
  phaseMixOf,
  provisionOf,
  schoolConditionAllocationLine,
  specialistProvisionLine,
  typesByCount,
} from "./format.ts";
import type { TrustPageTrust } from "./types.ts";

/** The figures the register gives (never typed by the trust): size, reach, mix, capital. */
export function AtAGlance({ trust, pupils }: { trust: TrustPageTrust; pupils: number | null }) {
  const regionsCovered = labelsOf(trust.regionsCovered, regions);
  const types = typesByCount(trust.establishmentTypeCounts);
  return (
    <>
      <StatGroup>
        <Stat
          value={formatNumber(trust.schoolCount)}
          label={trust.schoolCount === 1 ? "school" : "schools"}
        />
        {pupils !== null && <Stat value={formatNumber(pupils)} label="pupils" />}
        {trust.schoolCount > 0 && (
          <>
            <Stat
              value={formatNumber(trust.academyCount)}
              label={trust.academyCount === 1 ? "academy" : "academies"}
              hint="Free schools included"
            />
            <Stat
              value={formatNumber(regionsCovered.length)}
              label={regionsCovered.length === 1 ? "region" : "regions"}
              hint={regionsCovered.join(", ")}
            />
          </>
        )}
      </StatGroup>
      <p className="ui-body">
        {schoolConditionAllocationLine(trust.schoolConditionAllocationEligible)}
      </p>

      {trust.phaseCounts.length > 0 && (
        <div className="ui-stack">
          <Heading level={3} id="phases-heading">
            Schools by phase
          </Heading>
          <PhaseMixChart
            className="trust-figure"
            title={`Number of ${trust.name} schools in each phase`}
            counts={phaseMixOf(trust.phaseCounts)}
          />
        </div>
      )}

      {types.length > 0 && (
        <div className="ui-stack">
          <Heading level={3} id="types-heading">
            Types of school
          </Heading>
          <p className="ui-body">{specialistProvisionLine(types)}</p>
          <Table
            caption={`Number of ${trust.name} schools of each type`}
            captionHidden
            stackWhenNarrow
            rowKey={(row) => row.establishmentType}
            rows={types}
            columns={[
              {
                id: "type",
                header: "Type",
                rowHeader: true,
                cell: (row) => {
                  const provision = provisionOf(row.establishmentType);
                  return (
                    <>
                      {establishmentTypes.label(row.establishmentType)}
                      {provision !== null && (
                        <>
                          {" "}
                          <Tag tone="info">{PROVISION_LABEL[provision]}</Tag>
                        </>
                      )}
                    </>
                  );
                },
              },
              {
                id: "count",
                header: "Schools",
                numeric: true,
                cell: (row) => formatNumber(row.count),
              },
            ]}
          />
        </div>
      )}
    </>
  );
}
