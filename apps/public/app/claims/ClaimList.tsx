import { type ClaimState, claimableRoles, claimStates } from "@atlas/domain";
import { formatDate, Table, type TableColumn, Tag, type TagTone, TextLink } from "@atlas/ui";
import type { MyClaim } from "./operations.ts";

const stateTone: Record<ClaimState, TagTone> = {
  PENDING: "info",
  APPROVED: "success",
  DECLINED: "warning",
};

/** The organisation a claim is for, by name and the register's number, linked to its page. */
export function ClaimOrganisation({ claim }: { claim: MyClaim }) {
  if (claim.school) {
    return (
      <>
        <TextLink href={`/schools/${claim.school.urn}`}>{claim.school.name}</TextLink>
        <br />
        URN {claim.school.urn}
      </>
    );
  }
  if (claim.trust) {
    return (
      <>
        <TextLink href={`/trusts/${encodeURIComponent(claim.trust.id)}`}>
          {claim.trust.name}
        </TextLink>
        <br />
        Group UID {claim.trust.groupUid}
      </>
    );
  }
  // A claim's organisation is always one or the other; a closed one may no longer be listed.
  return <>Not listed any more</>;
}

function Decision({ claim }: { claim: MyClaim }) {
  if (claim.state === "PENDING") return <>{claimStates.description(claim.state)}</>;
  const on = claim.decidedAt ? ` on ${formatDate(claim.decidedAt)}` : "";
  if (claim.state === "APPROVED") return <>Approved{on}.</>;
  return (
    <>
      Declined{on}. The curator's reason: {claim.decisionReason ?? "none given"}
    </>
  );
}

const columns: readonly TableColumn<MyClaim>[] = [
  {
    id: "organisation",
    header: "Organisation",
    rowHeader: true,
    cell: (c) => <ClaimOrganisation claim={c} />,
  },
  { id: "role", header: "Role", cell: (c) => claimableRoles.label(c.role) },
  { id: "jobTitle", header: "Your job title", cell: (c) => c.jobTitle },
  { id: "asked", header: "Asked on", cell: (c) => formatDate(c.createdAt) },
  {
    id: "state",
    header: "State",
    cell: (c) => <Tag tone={stateTone[c.state]}>{claimStates.label(c.state)}</Tag>,
  },
  { id: "decision", header: "Decision", cell: (c) => <Decision claim={c} /> },
];

/** The person's own claims, newest first, with where each stands. */
export function ClaimList({ claims }: { claims: readonly MyClaim[] }) {
  return (
    <Table
      caption="Your claims, newest first"
      captionHidden
      columns={columns}
      rows={claims}
      rowKey={(c) => c.id}
      stackWhenNarrow
    />
  );
}
