import { groupStatuses, groupTypes, regions, sizeBands } from "@atlas/domain";
import { formatDate, formatNumber, SummaryList, TextLink } from "@atlas/ui";
import { NOT_RECORDED } from "../format.ts";
import type { TrustPageTrust } from "./types.ts";

function companiesHouseHref(number: string): string {
  return `https://find-and-update.company-information.service.gov.uk/company/${encodeURIComponent(number)}`;
}

/** What the register of schools and trusts records about the trust. */
export function RegisterDetails({
  trust,
  pupils,
}: {
  trust: TrustPageTrust;
  pupils: number | null;
}) {
  return (
    <SummaryList
      rows={[
        { key: "Type", value: groupTypes.label(trust.type) },
        { key: "Status", value: groupStatuses.label(trust.status) },
        { key: "Group ID", value: trust.groupId ?? NOT_RECORDED },
        {
          key: "Companies House number",
          value: trust.companiesHouseNumber ? (
            <TextLink href={companiesHouseHref(trust.companiesHouseNumber)}>
              {trust.companiesHouseNumber}
              <span className="ui-visually-hidden"> on Companies House</span>
            </TextLink>
          ) : (
            NOT_RECORDED
          ),
        },
        { key: "UKPRN", value: trust.ukprn ?? NOT_RECORDED },
        { key: "Opened", value: trust.openedOn ? formatDate(trust.openedOn) : NOT_RECORDED },
        { key: "Head office postcode", value: trust.headOfficePostcode ?? NOT_RECORDED },
        {
          key: "Head office region",
          value: trust.region ? regions.label(trust.region) : NOT_RECORDED,
        },
        { key: "Number of schools", value: formatNumber(trust.schoolCount) },
        {
          key: "Size",
          value: trust.sizeBand ? sizeBands.label(trust.sizeBand) : "No schools yet",
        },
        { key: "Pupils", value: pupils === null ? NOT_RECORDED : formatNumber(pupils) },
      ]}
    />
  );
}
