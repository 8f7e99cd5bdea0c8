import { establishmentTypes, phases, regions } from "@atlas/domain";
import { CursorPagination, formatNumber, type PageLinks, Table, TextLink } from "@atlas/ui";
import { NotRecordedDash } from "../components/NotRecorded.tsx";
import { SchoolStatusTag } from "../components/StatusTag.tsx";
import { schoolHref } from "./format.ts";
import type { TrustPageTrust } from "./types.ts";

/** A page of the trust's schools, with links to the pages before and after. */
export function SchoolsList({
  trust,
  links,
  pageSummary,
}: {
  trust: TrustPageTrust;
  links: PageLinks;
  pageSummary: string | undefined;
}) {
  const { schools } = trust;
  return (
    <>
      {schools.totalCount === 0 ? (
        <p className="ui-body">The trust runs no schools at the moment.</p>
      ) : (
        <Table
          caption={
            pageSummary
              ? `Schools in ${trust.name}, ${pageSummary.toLowerCase()}`
              : `Schools in ${trust.name}`
          }
          captionHidden
          stackWhenNarrow
          rowKey={(school) => school.id}
          rows={schools.nodes}
          columns={[
            {
              id: "name",
              header: "School",
              rowHeader: true,
              cell: (school) => (
                <>
                  <TextLink href={schoolHref(school.urn)}>{school.name}</TextLink>
                  <SchoolStatusTag status={school.status} />
                </>
              ),
            },
            { id: "phase", header: "Phase", cell: (school) => phases.label(school.phase) },
            {
              id: "type",
              header: "Type",
              cell: (school) => establishmentTypes.label(school.establishmentType),
            },
            {
              id: "pupils",
              header: "Pupils",
              numeric: true,
              cell: (school) =>
                typeof school.pupils === "number" ? (
                  formatNumber(school.pupils)
                ) : (
                  <NotRecordedDash />
                ),
            },
            { id: "region", header: "Region", cell: (school) => regions.label(school.region) },
            {
              id: "la",
              header: "Local authority",
              cell: (school) => school.localAuthority.name,
            },
          ]}
        />
      )}
      <CursorPagination links={links} summary={pageSummary} label="Pages of schools" />
    </>
  );
}
