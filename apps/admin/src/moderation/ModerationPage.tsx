import { Button, formatNumber, Heading, Notice, RadioGroup, Tag, TextLink } from "@atlas/ui";
import { useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { CuratorsOnly } from "../curation/CuratorsOnly.tsx";
import { LoadFailed } from "../layout/LoadFailed.tsx";
import { Page } from "../layout/Page.tsx";
import { trustDocumentHref } from "../trust-documents/page-trust.ts";
import { byWhom, formatDateTime } from "../trust-documents/when.ts";
import { documentLabel } from "./labels.ts";
import { ModerationDecisionForm } from "./ModerationDecisionForm.tsx";
import { ModerationSettingsForm } from "./ModerationSettingsForm.tsx";
import { type ModerationQueueItem, ModerationQueueQuery, queuePageSize } from "./operations.ts";

const kindFilters = [
  { value: "", label: "Profiles and schemes" },
  { value: "PROFILE", label: "Profiles" },
  { value: "SCHEME_OF_DELEGATION", label: "Schemes of delegation" },
] as const;

function kindOf(params: URLSearchParams): "PROFILE" | "SCHEME_OF_DELEGATION" | undefined {
  const kind = params.get("kind");
  return kind === "PROFILE" || kind === "SCHEME_OF_DELEGATION" ? kind : undefined;
}

const title = "Moderation";

/** /moderation: newly published versions, oldest first, each with its decision; and the setting. */
export function ModerationPage() {
  return (
    <CuratorsOnly title={title}>
      <ModerationQueue />
    </CuratorsOnly>
  );
}

function ModerationQueue() {
  const [params, setParams] = useSearchParams();
  const kind = kindOf(params);
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const announcementRef = useRef<HTMLDivElement>(null);
  const [result, reexecute] = useQuery({
    query: ModerationQueueQuery,
    variables: { first: queuePageSize * pages.length, filter: kind ? { kind } : null },
    requestPolicy: "cache-and-network",
  });
  const queue = result.data?.moderationQueue;
  const settings = result.data?.moderationSettings;

  function decided(message: string) {
    setAnnouncement(message);
    reexecute({ requestPolicy: "network-only" });
    // The decided version leaves the list: say what happened where focus lands.
    requestAnimationFrame(() => announcementRef.current?.focus());
  }

  return (
    <Page title={title}>
      <p className="ui-body-l">
        Every new version of a trust's profile or scheme of delegation waits here until a curator
        approves it, asks the trust for changes, or unpublishes it.
      </p>
      <section aria-labelledby="moderation-setting">
        <Heading level={2} id="moderation-setting">
          Approval before publication
        </Heading>
        {settings ? <ModerationSettingsForm settings={settings} /> : <p>Loading the setting…</p>}
      </section>
      <section aria-labelledby="moderation-queue">
        <Heading level={2} id="moderation-queue">
          Waiting for a decision
          {queue ? ` (${formatNumber(queue.totalCount)})` : ""}
        </Heading>
        <div ref={announcementRef} tabIndex={-1} role="status">
          {announcement && (
            <Notice tone="success" headingLevel={3}>
              <p className="ui-mb-0">{announcement}</p>
            </Notice>
          )}
        </div>
        <RadioGroup
          name="kind"
          legend="Show"
          legendSize="s"
          small
          inline
          options={kindFilters.map((f) => ({ value: f.value, label: f.label }))}
          value={kind ?? ""}
          onValueChange={(value) => {
            const next = new URLSearchParams(params);
            if (value) next.set("kind", value);
            else next.delete("kind");
            setPages([null]);
            setParams(next, { replace: true });
          }}
        />
        {result.error && !queue && (
          <LoadFailed
            what="the queue"
            onRetry={() => reexecute({ requestPolicy: "network-only" })}
          />
        )}
        {!queue && !result.error && <p>Loading the queue…</p>}
        {queue && queue.nodes.length === 0 && (
          <Notice tone="info" title="Nothing is waiting">
            <p className="ui-mb-0">When a trust publishes a new version, it appears here.</p>
          </Notice>
        )}
        {queue && queue.nodes.length > 0 && (
          <ol className="admin-moderation-queue">
            {queue.nodes.map((item) => (
              <QueueItem key={item.id} item={item} onDecided={decided} />
            ))}
          </ol>
        )}
        {queue?.pageInfo.hasNextPage && (
          <Button
            variant="secondary"
            onClick={() => setPages((shown) => [...shown, queue.pageInfo.endCursor ?? null])}
          >
            Show more
          </Button>
        )}
      </section>
    </Page>
  );
}

function QueueItem({
  item,
  onDecided,
}: {
  item: ModerationQueueItem;
  onDecided: (message: string) => void;
}) {
  const headingId = `item-${item.id.replace(/[^a-zA-Z0-9]/g, "")}`;
  return (
    <li className="admin-moderation-item" aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {item.trust.name}: {documentLabel[item.kind]}, version {item.number}
      </Heading>
      <p>
        {item.held ? (
          <Tag tone="warning">Held: not public until approved</Tag>
        ) : (
          <Tag tone="info">Public since publication</Tag>
        )}
      </p>
      <dl className="admin-moderation-item__facts">
        <dt>What changed</dt>
        <dd>{item.changeSummary}</dd>
        <dt>Published</dt>
        <dd>
          {formatDateTime(item.publishedAt)}
          {byWhom(item.publishedBy)}
        </dd>
      </dl>
      <p>
        <TextLink
          href={trustDocumentHref(item.kind === "PROFILE" ? "profile" : "scheme", item.trust.id)}
        >
          Read the {item.kind === "PROFILE" ? "profile" : "scheme"} and its history
          <span className="ui-visually-hidden"> for {item.trust.name}</span>
        </TextLink>
      </p>
      <ModerationDecisionForm item={item} trustName={item.trust.name} onDecided={onDecided} />
    </li>
  );
}
