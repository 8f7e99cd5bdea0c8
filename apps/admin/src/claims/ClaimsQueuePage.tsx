import { type ClaimState, claimableRoles, claimStates } from "@atlas/domain";
import { CheckboxGroup, countOf, Heading, Notice, SummaryList, Tag, type TagTone } from "@atlas/ui";
import { useId, useState } from "react";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { CuratorsOnly } from "../curation/CuratorsOnly.tsx";
import { LoadFailed } from "../layout/LoadFailed.tsx";
import { Page } from "../layout/Page.tsx";
import { byWhom, formatDateTime } from "../trust-documents/when.ts";
import { ClaimDecisionForms } from "./ClaimDecisionForms.tsx";
import { ClaimsQueueQuery, type QueuedClaim } from "./operations.ts";
import { queueOrder, queueStateParams, readQueueStates } from "./queue.ts";

export const claimsTitle = "Claims";

const stateTone: Record<ClaimState, TagTone> = {
  PENDING: "info",
  APPROVED: "success",
  DECLINED: "warning",
};

/** "Oak Primary School (URN 100000)", "Oak Trust (Group UID 1234)". */
export function organisationOf(claim: QueuedClaim): string {
  if (claim.school) return `${claim.school.name} (URN ${claim.school.urn})`;
  if (claim.trust) return `${claim.trust.name} (Group UID ${claim.trust.groupUid})`;
  return "An organisation no longer listed";
}

/** /claims: the curators' queue of people asking to act for a trust or a school. */
export function ClaimsQueuePage() {
  return (
    <CuratorsOnly title={claimsTitle}>
      <Queue />
    </CuratorsOnly>
  );
}

function Queue() {
  const [params, setParams] = useSearchParams();
  const states = readQueueStates(params);
  const [result, reexecute] = useQuery({ query: ClaimsQueueQuery, variables: { states } });
  const [message, setMessage] = useState<string | null>(null);
  const claims = queueOrder(result.data?.claims ?? []);
  const onDecided = (text: string) => {
    setMessage(text);
    // The decided claim leaves the waiting list: ask again rather than guess.
    reexecute({ requestPolicy: "network-only" });
  };
  return (
    <Page title={claimsTitle}>
      <p className="ui-body-l">
        People ask to administer a trust or represent a school. Check what they say with the
        organisation before approving: approval gives them the role straight away.
      </p>
      <div role="status">
        {message && (
          <Notice tone="success">
            <p className="ui-mb-0">{message}</p>
          </Notice>
        )}
      </div>
      <CheckboxGroup
        name="state"
        idPrefix="claim-state"
        legend="Show claims that are"
        legendSize="s"
        hint="Choose none to see the claims awaiting a curator."
        small
        options={claimStates.entries.map((entry) => ({ value: entry.key, label: entry.label }))}
        values={params.getAll("state").length === 0 ? [] : states}
        onValuesChange={(chosen) => setParams(queueStateParams(params, chosen), { replace: true })}
      />
      {result.error && !result.data ? (
        <LoadFailed
          what="the claims"
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
      ) : !result.data ? (
        <p className="ui-body">Loading claims…</p>
      ) : (
        <>
          <p className="ui-body">
            <strong>{countOf(claims.length, "claim")}</strong>
          </p>
          {claims.length === 0 ? (
            <p className="ui-body">
              {states.length === 1 && states[0] === "PENDING"
                ? "No claim is waiting for a curator."
                : "No claim is in the states you chose."}
            </p>
          ) : (
            claims.map((claim) => <ClaimEntry key={claim.id} claim={claim} onDecided={onDecided} />)
          )}
        </>
      )}
    </Page>
  );
}

function ClaimEntry({
  claim,
  onDecided,
}: {
  claim: QueuedClaim;
  onDecided: (message: string) => void;
}) {
  const headingId = useId();
  const organisation = organisationOf(claim);
  const decided =
    claim.state === "PENDING"
      ? []
      : [
          {
            key: "Decided",
            value: `${claim.decidedAt ? formatDateTime(claim.decidedAt) : "Not recorded"}${byWhom(claim.decidedBy)}`,
          },
          ...(claim.decisionReason ? [{ key: "Reason", value: claim.decisionReason }] : []),
        ];
  return (
    <section aria-labelledby={headingId} className="admin-panel ui-stack">
      <Heading level={2} size="m" id={headingId}>
        {claim.claimantName} for {organisation}
      </Heading>
      <SummaryList
        rows={[
          {
            key: "State",
            value: <Tag tone={stateTone[claim.state]}>{claimStates.label(claim.state)}</Tag>,
          },
          { key: "Who", value: `${claim.claimantName}, ${claim.claimantEmail}` },
          { key: "Organisation", value: organisation },
          { key: "Role", value: claimableRoles.label(claim.role) },
          { key: "Job title", value: claim.jobTitle },
          { key: "Evidence", value: <span className="admin-prewrap">{claim.evidence}</span> },
          { key: "Asked", value: formatDateTime(claim.createdAt) },
          ...decided,
        ]}
      />
      {claim.state === "PENDING" && (
        <ClaimDecisionForms claim={claim} organisation={organisation} onDecided={onDecided} />
      )}
    </section>
  );
}
