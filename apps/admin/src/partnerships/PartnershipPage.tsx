import {
  partnershipFocusAreas,
  partnershipIntents,
  partnershipOutcomes,
  phases,
} from "@atlas/domain";
import { Breadcrumbs, Heading, Notice, SummaryList, Tag, TextLink } from "@atlas/ui";
import { useId } from "react";
import { useParams } from "react-router";
import { useQuery } from "urql";
import { Page } from "../layout/Page.tsx";
import { useSignedIn } from "../session/viewer.ts";
import {
  isPartial,
  TrustDocumentLoading,
  useCompleteOnce,
} from "../trust-documents/TrustDocumentRoute.tsx";
import { formatDateTime } from "../trust-documents/when.ts";
import { AgreementDownload } from "./AgreementDownload.tsx";
import { inboxHref } from "./inbox.ts";
import { LiveAnnouncement } from "./LiveAnnouncement.tsx";
import {
  confirmationStatus,
  dateRange,
  formatDay,
  formatPounds,
  partnershipStateTone,
  stateLabel,
} from "./labels.ts";
import { usePartnershipUpdates } from "./live-updates.ts";
import { PartnershipQuery, type PartnershipView } from "./operations.ts";
import { PartnershipActions } from "./PartnershipActions.tsx";
import { PartnershipDocuments } from "./PartnershipDocuments.tsx";
import { PartnershipHistory } from "./PartnershipHistory.tsx";
import { PartnershipNotes } from "./PartnershipNotes.tsx";
import { inboxTitle } from "./PartnershipRefusal.tsx";

const title = "Partnership request";

/** /partnership-requests/:partnershipId: one request or partnership, its terms and its history. */
export function PartnershipPage() {
  const { partnershipId = "" } = useParams();
  const { access, viewer } = useSignedIn();
  const [result, reexecute] = useQuery({
    query: PartnershipQuery,
    variables: { id: partnershipId },
  });
  const partnership = result.data?.partnership;
  const ready = useCompleteOnce(partnership, isPartial(result.operation));
  // The inbox the person came from: their own, or (a curator, an administrator of several
  // trusts) that trust's by its id.
  const trustId = partnership?.trust.id;
  const ownFirst = access.trusts[0]?.id;
  const back =
    trustId === undefined || trustId === ownFirst ? "/partnership-requests" : inboxHref(trustId);
  const schoolName = partnership?.school.name;
  const administers = (p: PartnershipView) => access.trusts.some((t) => t.id === p.trust.id);
  // The API shows a partnership to its school's members too; this app is for the trust's side.
  const canRead = (p: PartnershipView) => administers(p) || access.isCurator;

  const reload = () => reexecute({ requestPolicy: "network-only" });
  // Another side's step or note redraws the page from the cache as it is made.
  const announcement = usePartnershipUpdates(partnershipId, viewer.name, reload);

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: "Dashboard" },
          { href: back, label: inboxTitle },
          { label: schoolName ?? title },
        ]}
      />
      <Page
        title={schoolName ?? title}
        caption={schoolName ? title : undefined}
        documentTitle={schoolName ? `${title}: ${schoolName}` : title}
      >
        <LiveAnnouncement message={announcement} />
        {ready && partnership && !canRead(partnership) ? (
          <Notice tone="warning" title="You cannot see this page">
            <p className="ui-mb-0">
              Partnership requests are for the trust's administrators and for sector body curators,
              and you are neither for this trust. <TextLink href="/">Go to your dashboard</TextLink>
              .
            </p>
          </Notice>
        ) : ready && partnership ? (
          <PartnershipDetails
            partnership={partnership}
            canAct={administers(partnership)}
            onReload={reload}
            reloading={result.fetching}
          />
        ) : partnership === null ? (
          <Notice tone="warning" title="There is no partnership request here">
            <p className="ui-mb-0">
              It may not exist, or it is not one you can see. Check the link, or{" "}
              <TextLink href="/partnership-requests">go to the partnership requests</TextLink>.
            </p>
          </Notice>
        ) : (
          <TrustDocumentLoading
            failed={result.error !== undefined && !result.data}
            missing={false}
            onRetry={() => reexecute({ requestPolicy: "network-only" })}
          />
        )}
      </Page>
    </>
  );
}

function PartnershipDetails({
  partnership: p,
  canAct,
  onReload,
  reloading,
}: {
  partnership: PartnershipView;
  /** An administrator of the partnership's trust; curators (and anyone else) read only. */
  canAct: boolean;
  onReload: () => void;
  reloading: boolean;
}) {
  const termsId = useId();
  const historyId = useId();
  const confirmation = confirmationStatus(p.state, p.confirmedBy);
  const school = p.school;
  return (
    <>
      {!canAct && (
        <Notice tone="info" title="You are reading this partnership as a curator">
          <p className="ui-mb-0">
            Only the trust's administrators and the school can take its steps. You can read its
            terms, its documents and its history.
          </p>
        </Notice>
      )}
      <SummaryList
        rows={[
          {
            key: "State",
            value: <Tag tone={partnershipStateTone(p.state)}>{stateLabel(p.state)}</Tag>,
          },
          {
            key: "School",
            value: `${school.name} (URN ${school.urn}), ${phases.label(school.phase).toLowerCase()}, ${school.localAuthority.name}`,
          },
          { key: "Trust", value: p.trust.name },
          { key: "What the school hopes for", value: partnershipIntents.label(p.intent) },
          { key: "Received", value: formatDateTime(p.createdAt) },
          { key: "Last changed", value: formatDateTime(p.updatedAt) },
          ...(p.governingBodyResolutionDate
            ? [
                {
                  key: "Governing body resolution",
                  value: formatDay(p.governingBodyResolutionDate),
                },
              ]
            : []),
          ...(p.outcome ? [{ key: "Outcome", value: partnershipOutcomes.label(p.outcome) }] : []),
        ]}
      />

      <section aria-labelledby={termsId} className="admin-panel">
        <Heading level={2} id={termsId}>
          Terms
        </Heading>
        {confirmation && (
          <p className="ui-body-l">
            <strong>{confirmation}</strong>
          </p>
        )}
        <SummaryList
          rows={[
            { key: "Dates", value: dateRange(p.terms.startDate, p.terms.endDate) },
            ...(p.endDate !== p.terms.endDate
              ? [{ key: "Extended to", value: formatDay(p.endDate) }]
              : []),
            {
              key: "Focus areas",
              value: p.terms.focusAreas.map((f) => partnershipFocusAreas.label(f)).join(", "),
            },
            {
              key: "Objectives",
              value: <span className="admin-prewrap">{p.terms.objectives}</span>,
            },
            {
              key: "Services the trust provides",
              value: <span className="admin-prewrap">{p.terms.servicesProvided}</span>,
            },
            { key: "Service charge", value: formatPounds(p.terms.serviceChargePounds) },
            {
              key: "Extension",
              value: p.terms.extensionAllowed ? "May be extended" : "May not be extended",
            },
            { key: "Maximum term", value: `${p.terms.maxTermMonths} months` },
            {
              key: "Data protection",
              value: <span className="admin-prewrap">{p.terms.dataProtection}</span>,
            },
          ]}
        />
      </section>

      {p.agreement && (
        <AgreementDownload
          agreement={p.agreement}
          footer={`Trust Atlas · ${p.school.name} and ${p.trust.name} · version ${p.version}`}
        />
      )}

      {canAct && <PartnershipActions partnership={p} onReload={onReload} reloading={reloading} />}

      <PartnershipNotes partnership={p} canAct={canAct} />

      <PartnershipDocuments partnership={p} canAct={canAct} />

      <section aria-labelledby={historyId} className="admin-panel">
        <Heading level={2} id={historyId}>
          History
        </Heading>
        <p>Every step taken, oldest first. The history cannot be changed.</p>
        <PartnershipHistory events={p.partnershipEvents} />
      </section>
    </>
  );
}
