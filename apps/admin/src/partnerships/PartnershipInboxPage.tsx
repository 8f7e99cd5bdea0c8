import { partnershipFocusAreas, partnershipIntents, partnershipStates } from "@atlas/domain";
import { CheckboxGroup, countOf, Notice, Table, type TableColumn, Tag, TextLink } from "@atlas/ui";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { Page } from "../layout/Page.tsx";
import type { PageTrust } from "../trust-documents/page-trust.ts";
import {
  isPartial,
  TrustDocumentLoading,
  useCompleteOnce,
  useTrustDocumentPage,
} from "../trust-documents/TrustDocumentRoute.tsx";
import { formatDateTime } from "../trust-documents/when.ts";
import {
  countByState,
  filterByState,
  inboxHref,
  partnershipHref,
  readStateFilter,
  stateFilterParams,
} from "./inbox.ts";
import { LiveAnnouncement } from "./LiveAnnouncement.tsx";
import { dateRange, partnershipStateTone, stateLabel } from "./labels.ts";
import { useInboxUpdates } from "./live-updates.ts";
import { type InboxRequest, type InboxTrust, PartnershipInboxQuery } from "./operations.ts";
import { inboxTitle, PartnershipRefusal } from "./PartnershipRefusal.tsx";

const columns: readonly TableColumn<InboxRequest>[] = [
  {
    id: "school",
    header: "School",
    rowHeader: true,
    cell: (r) => <TextLink href={partnershipHref(r.id)}>{r.school.name}</TextLink>,
  },
  { id: "intent", header: "Intent", cell: (r) => partnershipIntents.label(r.intent) },
  {
    id: "focus",
    header: "Focus areas",
    cell: (r) => r.terms.focusAreas.map((f) => partnershipFocusAreas.label(f)).join(", "),
  },
  {
    id: "dates",
    header: "Proposed dates",
    cell: (r) => dateRange(r.terms.startDate, r.terms.endDate),
  },
  {
    id: "state",
    header: "State",
    cell: (r) => <Tag tone={partnershipStateTone(r.state)}>{stateLabel(r.state)}</Tag>,
  },
  { id: "received", header: "Received", cell: (r) => formatDateTime(r.createdAt) },
];

/** /partnership-requests (a trust administrator's first trust) and /trusts/:trustId/partnership-requests. */
export function PartnershipInboxPage() {
  const resolution = useTrustDocumentPage();
  if (resolution.kind !== "trust") return <PartnershipRefusal resolution={resolution} />;
  return <InboxLoader key={resolution.trustId} pageTrust={resolution} />;
}

function InboxLoader({ pageTrust }: { pageTrust: PageTrust }) {
  const [result, reexecute] = useQuery({
    query: PartnershipInboxQuery,
    variables: { id: pageTrust.trustId },
  });
  const trust = result.data?.trust;
  const ready = useCompleteOnce(trust, isPartial(result.operation));
  const name = trust?.name ?? pageTrust.knownName;
  const reload = () => reexecute({ requestPolicy: "network-only" });
  const requestIds = (trust?.partnershipRequests ?? []).map((r) => r.id);
  const announcement = useInboxUpdates(pageTrust.trustId, requestIds, reload);
  return (
    <Page
      title={inboxTitle}
      caption={name}
      documentTitle={name ? `${inboxTitle}: ${name}` : inboxTitle}
    >
      <LiveAnnouncement message={announcement} />
      {ready && trust ? (
        <Inbox trust={trust} pageTrust={pageTrust} />
      ) : (
        <TrustDocumentLoading
          failed={result.error !== undefined && !result.data}
          missing={trust === null}
          onRetry={reload}
        />
      )}
    </Page>
  );
}

function Inbox({ trust, pageTrust }: { trust: InboxTrust; pageTrust: PageTrust }) {
  const [params, setParams] = useSearchParams();
  const chosen = readStateFilter(params);
  const requests = trust.partnershipRequests ?? [];
  // The API returns the trust's whole list (not a page of it), so these counts are the trust's.
  const counts = countByState(requests);
  const shown = filterByState(requests, chosen);
  const readOnly = !pageTrust.canEdit;

  return (
    <>
      {pageTrust.otherTrusts.length > 0 && (
        <nav aria-label="Your other trusts" className="admin-other-trusts">
          <p className="ui-mb-0">
            You also administer:{" "}
            {pageTrust.otherTrusts.map((other, i) => (
              <span key={other.id}>
                {i > 0 && ", "}
                <TextLink href={inboxHref(other.id)}>{other.name}</TextLink>
              </span>
            ))}
          </p>
        </nav>
      )}
      {readOnly && (
        <Notice tone="info" title="You are reading these requests as a curator">
          <p className="ui-mb-0">
            Only the trust's administrators can answer them. You can open each one and read its
            terms and history.
          </p>
        </Notice>
      )}
      <p className="ui-body-l">
        Schools ask your trust for a Trust Partnership: a time-limited trial membership, with terms
        you agree together. Open a request to answer it.
      </p>
      {requests.length === 0 ? (
        <Notice tone="info" title="No partnership requests yet">
          <p className="ui-mb-0">
            When a school asks {trust.name} for a partnership, its request appears here.
          </p>
        </Notice>
      ) : (
        <>
          <CheckboxGroup
            name="state"
            idPrefix="state-filter"
            legend="Show requests that are"
            legendSize="s"
            hint="Choose none to see every request."
            small
            options={partnershipStates.entries.map((entry) => ({
              value: entry.key,
              label: `${entry.label} (${counts[entry.key]})`,
            }))}
            values={chosen}
            onValuesChange={(states) =>
              setParams(stateFilterParams(params, states), { replace: true })
            }
          />
          <p role="status" className="ui-body">
            <strong>
              {chosen.length === 0
                ? countOf(requests.length, "request")
                : `${countOf(shown.length, "request")} of ${requests.length}`}
            </strong>
          </p>
          <Table
            caption={`Partnership requests to ${trust.name}, newest first`}
            captionHidden
            columns={columns}
            rows={shown}
            rowKey={(r) => r.id}
            stackWhenNarrow
            emptyMessage="No request is in the states you chose."
          />
        </>
      )}
    </>
  );
}
