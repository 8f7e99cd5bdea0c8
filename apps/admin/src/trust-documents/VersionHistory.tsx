import { unpublishReasonSchema } from "@atlas/domain";
import { Button, ButtonGroup, Heading, Notice, SummaryList, Tag, Textarea } from "@atlas/ui";
import { type ReactNode, useId, useState } from "react";
import { useFocusAfterRender } from "./useFocusAfterRender.ts";
import { byWhom, formatDateTime } from "./when.ts";

/** A published version as the history lists it (a profile's or a scheme's). */
export interface HistoryVersion {
  id: string;
  number: number;
  changeSummary: string;
  publishedAt: string;
  publishedBy?: string | null;
  unpublished?: { at: string; by?: string | null; reason: string } | null;
  /** True while it waits for a curator's approval before the public sees it. */
  held?: boolean | null;
  moderation?: {
    state: "PENDING" | "APPROVED" | "CHANGES_REQUESTED" | "UNPUBLISHED";
    decidedAt?: string | null;
    decidedBy?: string | null;
    comment?: string | null;
  } | null;
}

/** What unpublishing answered: nothing when it worked, else the message to show. */
export type UnpublishOutcome = { ok: true } | { ok: false; message: string };

export interface VersionHistoryProps<V extends HistoryVersion> {
  /** "profile", "scheme of delegation". */
  what: string;
  versions: readonly V[] | undefined;
  /** The version the public sees now (the newest not unpublished). */
  liveId: string | null | undefined;
  loading: boolean;
  failed: boolean;
  onRetry: () => void;
  /** "4 fields", "12 cells". */
  changeCount: (version: V) => string;
  /** The version's changes from the one before, as a table. */
  renderChanges: (version: V) => ReactNode;
  /** Curators: each version not yet unpublished can be taken down, with a reason. */
  onUnpublish?: ((version: V, reason: string) => Promise<UnpublishOutcome>) | undefined;
}

export const historyHeading = "History";

/**
 * Every published version, newest first: its number, when and by whom, the summary the trust
 * wrote, whether a curator unpublished it and why, and what changed from the version before.
 */
export function VersionHistory<V extends HistoryVersion>(props: VersionHistoryProps<V>) {
  const { what, versions, loading, failed, onRetry } = props;
  const headingId = useId();
  let body: ReactNode;
  if (failed && !versions) {
    body = (
      <Notice tone="error" title="Sorry, the history could not be loaded" headingLevel={3}>
        <p>Check your connection and try again.</p>
        <Button type="button" variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      </Notice>
    );
  } else if (!versions) {
    body = <p role="status">{loading ? "Loading the history…" : ""}</p>;
  } else if (versions.length === 0) {
    body = <p>No version of the {what} has been published yet.</p>;
  } else {
    body = (
      <ol className="admin-history">
        {versions.map((version) => (
          <VersionEntry key={version.id} version={version} {...props} />
        ))}
      </ol>
    );
  }
  return (
    <section aria-labelledby={headingId} className="admin-panel">
      <Heading level={2} id={headingId}>
        {historyHeading}
      </Heading>
      <p>Every version published, newest first, with what changed from the version before.</p>
      {body}
    </section>
  );
}

function VersionEntry<V extends HistoryVersion>({
  version,
  liveId,
  changeCount,
  renderChanges,
  onUnpublish,
}: VersionHistoryProps<V> & { version: V }) {
  const unpublished = version.unpublished;
  const rows = [
    {
      key: "Published",
      value: `${formatDateTime(version.publishedAt)}${byWhom(version.publishedBy)}`,
    },
    { key: "Summary of changes", value: version.changeSummary },
  ];
  const moderation = version.moderation;
  if (moderation && moderation.state !== "PENDING" && moderation.state !== "UNPUBLISHED") {
    rows.push({
      key: moderation.state === "APPROVED" ? "Approved" : "Changes asked for",
      value: `${moderation.decidedAt ? formatDateTime(moderation.decidedAt) : ""}${byWhom(moderation.decidedBy)}${moderation.comment ? `. ${moderation.state === "APPROVED" ? "Note" : "What to change"}: ${moderation.comment}` : ""}`,
    });
  } else if (moderation?.state === "PENDING") {
    rows.push({
      key: "Moderation",
      value: version.held
        ? "Waiting for a curator's approval: the public does not see this version yet."
        : "Waiting for a curator to check it. It is public meanwhile.",
    });
  }
  if (unpublished) {
    rows.push({
      key: "Unpublished",
      value: `${formatDateTime(unpublished.at)}${byWhom(unpublished.by)}. Reason: ${unpublished.reason}`,
    });
  }
  return (
    <li className="admin-history__version">
      <Heading level={3}>
        Version {version.number}{" "}
        {unpublished ? (
          <Tag tone="error">Unpublished</Tag>
        ) : version.held && moderation?.state === "PENDING" ? (
          <Tag tone="warning">Awaiting approval</Tag>
        ) : version.held ? (
          <Tag tone="neutral">Not published</Tag>
        ) : version.id === liveId ? (
          <Tag tone="success">Live</Tag>
        ) : null}
        {!unpublished && moderation?.state === "CHANGES_REQUESTED" && (
          <>
            {" "}
            <Tag tone="warning">Changes asked for</Tag>
          </>
        )}
      </Heading>
      <SummaryList rows={rows} />
      <details className="admin-details">
        <summary className="admin-details__summary">
          What changed in version {version.number} ({changeCount(version)})
        </summary>
        <div className="admin-details__body">{renderChanges(version)}</div>
      </details>
      {onUnpublish && !unpublished && (
        <UnpublishControl version={version} onUnpublish={onUnpublish} />
      )}
    </li>
  );
}

function UnpublishControl<V extends HistoryVersion>({
  version,
  onUnpublish,
}: {
  version: V;
  onUnpublish: (version: V, reason: string) => Promise<UnpublishOutcome>;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const focusSoon = useFocusAfterRender();
  const fieldId = `unpublish-reason-${version.number}`;
  const toggleId = `unpublish-${version.number}`;

  if (!open) {
    return (
      <Button
        type="button"
        variant="warning"
        id={toggleId}
        onClick={() => {
          setOpen(true);
          focusSoon(fieldId);
        }}
      >
        Unpublish version {version.number}
      </Button>
    );
  }

  async function submit() {
    if (busy) return;
    const parsed = unpublishReasonSchema.safeParse(reason);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Enter the reason for unpublishing.");
      focusSoon(fieldId);
      return;
    }
    setBusy(true);
    const outcome = await onUnpublish(version, parsed.data);
    setBusy(false);
    if (outcome.ok) {
      setOpen(false);
      setReason("");
      setError(undefined);
    } else {
      setError(outcome.message);
      focusSoon(fieldId);
    }
  }

  return (
    <form
      noValidate
      className="admin-unpublish"
      aria-label={`Unpublish version ${version.number}`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Textarea
        name={fieldId}
        label={`Why are you unpublishing version ${version.number}?`}
        hint="Required. The trust's administrators see this reason; the public then sees the version before, if there is one."
        rows={3}
        maxLength={1000}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={error}
      />
      <ButtonGroup>
        <Button variant="warning" aria-disabled={busy || undefined}>
          {busy ? "Unpublishing…" : `Unpublish version ${version.number}`}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setOpen(false);
            setError(undefined);
            focusSoon(toggleId);
          }}
        >
          Cancel
        </Button>
      </ButtonGroup>
    </form>
  );
}
