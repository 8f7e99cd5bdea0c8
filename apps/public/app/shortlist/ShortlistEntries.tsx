import { MAX_COMPARED, phases, regions } from "@atlas/domain";
import { Button, countOf, formatDate, Heading, Textarea, TextLink } from "@atlas/ui";
import { Form } from "react-router";
import { TrustStatusTag } from "../components/StatusTag.tsx";
import type { TrustStatus } from "../gql/graphql.ts";
import { RequestPartnershipLink } from "../partnerships/RequestPartnershipLink.tsx";
import { CompareCheckbox, CompareChosen } from "./CompareChosen.tsx";
import { shortlistHref } from "./member-schools.ts";
import { ShortlistButton } from "./ShortlistButton.tsx";
import { INTENT } from "./shortlist-form.ts";

export interface ShortlistEntry {
  addedAt: string;
  addedBy?: string | null;
  note: string;
  updatedAt: string;
  trust: {
    id: string;
    name: string;
    status: TrustStatus;
    schoolCount: number;
    region?: string | null;
    phaseCounts: readonly { phase: string; count: number }[];
  };
}

function facts(trust: ShortlistEntry["trust"]): string {
  const parts = [countOf(trust.schoolCount, "school")];
  const mix = trust.phaseCounts
    .map((p) => `${phases.has(p.phase) ? phases.label(p.phase) : p.phase} ${p.count}`)
    .join(", ");
  if (mix !== "") parts.push(mix);
  if (trust.region && regions.has(trust.region))
    parts.push(`head office in ${regions.label(trust.region)}`);
  return parts.join(" · ");
}

/**
 * The trusts on a school's shortlist, newest first, each with the school's note (a form of
 * its own) and a way off the list. A box on each chooses it for comparison; the first few
 * start chosen, so two to four trusts compare in one press.
 */
export function ShortlistEntries({
  urn,
  entries,
}: {
  urn: number;
  entries: readonly ShortlistEntry[];
}) {
  return (
    <section aria-labelledby="shortlist-heading" className="ui-stack">
      <Heading level={2} id="shortlist-heading">
        {entries.length === 0
          ? "No trusts on the shortlist yet"
          : `Trusts on the shortlist (${entries.length})`}
      </Heading>
      {entries.length === 0 ? (
        <p className="ui-body ui-measure">
          Use <strong>Add to shortlist</strong> beside a trust in the search results, on its page or
          in a comparison. <TextLink href="/trusts">Find a trust</TextLink>.
        </p>
      ) : (
        <>
          {entries.length >= 2 && <CompareChosen />}
          <ul className="ui-card-list shortlist">
            {entries.map((entry, i) => {
              const noteId = `note-${i}`;
              return (
                <li key={entry.trust.id} className="ui-card shortlist__entry">
                  <Heading level={3} size="s">
                    <TextLink href={`/trusts/${encodeURIComponent(entry.trust.id)}`}>
                      {entry.trust.name}
                    </TextLink>
                    <TrustStatusTag status={entry.trust.status} />
                  </Heading>
                  <p className="ui-body-s">{facts(entry.trust)}</p>
                  <p className="ui-body-s ui-text-secondary">
                    Added {formatDate(entry.addedAt)}
                    {entry.addedBy ? ` by ${entry.addedBy}` : ""}
                    {entry.updatedAt !== entry.addedAt
                      ? `; note changed ${formatDate(entry.updatedAt)}`
                      : ""}
                  </p>
                  {entries.length >= 2 && (
                    <CompareCheckbox
                      trustId={entry.trust.id}
                      trustName={entry.trust.name}
                      defaultChecked={i < MAX_COMPARED}
                      visibleLabel
                    />
                  )}
                  <Form
                    method="post"
                    action={shortlistHref(urn)}
                    preventScrollReset
                    className="ui-stack"
                  >
                    <input type="hidden" name={INTENT} value="note" />
                    <input type="hidden" name="trustId" value={entry.trust.id} />
                    <Textarea
                      name="note"
                      id={noteId}
                      rows={3}
                      label={`Note on ${entry.trust.name}`}
                      hint="Private to the school. Why it is here, what to ask."
                      defaultValue={entry.note}
                    />
                    <Button type="submit" variant="secondary">
                      Save note<span className="ui-visually-hidden"> on {entry.trust.name}</span>
                    </Button>
                  </Form>
                  <ShortlistButton
                    urn={urn}
                    trustId={entry.trust.id}
                    trustName={entry.trust.name}
                    shortlisted
                  />
                  <p className="ui-body-s">
                    <RequestPartnershipLink
                      urn={urn}
                      trustId={entry.trust.id}
                      trustName={entry.trust.name}
                    />
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
