import { type SavedSearchAlertFrequency, savedSearchAlertFrequencies } from "@atlas/domain";
import { Button, countOf, formatDate, Heading, Select, TextLink } from "@atlas/ui";
import { Form } from "react-router";
import type { TrustFilter } from "../gql/graphql.ts";
import { fromTrustFilter, trustSearchHref } from "../search/params.ts";
import { shortlistHref } from "./member-schools.ts";
import { INTENT } from "./shortlist-form.ts";

export interface SavedSearchItem {
  id: string;
  name: string;
  /** The saved TrustFilter, as JSON. */
  filter: unknown;
  matchCount: number;
  alerts: SavedSearchAlertFrequency;
  seenAt: string;
  createdAt: string;
  newTrusts: readonly { id: string; name: string }[];
}

/** A small form that posts one intent about one saved search to the shortlist page. */
function SavedSearchAction({
  urn,
  id,
  intent,
  label,
  name,
}: {
  urn: number;
  id: string;
  intent: string;
  label: string;
  name: string;
}) {
  return (
    <Form method="post" action={shortlistHref(urn)} preventScrollReset>
      <input type="hidden" name={INTENT} value={intent} />
      <input type="hidden" name="savedSearchId" value={id} />
      <Button type="submit" variant="secondary">
        {label}
        <span className="ui-visually-hidden">: {name}</span>
      </Button>
    </Form>
  );
}

/** How the member hears of one search's new trusts by email, and a way to change it. */
function AlertsChoice({ urn, saved }: { urn: number; saved: SavedSearchItem }) {
  return (
    <Form method="post" action={shortlistHref(urn)} preventScrollReset className="ui-cluster">
      <input type="hidden" name={INTENT} value="set-alerts" />
      <input type="hidden" name="savedSearchId" value={saved.id} />
      <Select
        name="alerts"
        id={`alerts-${saved.id}`}
        label={
          <>
            Email about new trusts<span className="ui-visually-hidden"> for {saved.name}</span>
          </>
        }
        defaultValue={saved.alerts}
        options={savedSearchAlertFrequencies.entries.map((f) => ({ value: f.key, label: f.label }))}
      />
      <Button type="submit" variant="secondary">
        Change<span className="ui-visually-hidden"> email for {saved.name}</span>
      </Button>
    </Form>
  );
}

/**
 * The member's saved searches for the school: each runs again from its link, says how many
 * trusts match today, and names the ones that are new since the member last looked, until
 * they mark them as seen.
 */
export function SavedSearchList({
  urn,
  searches,
}: {
  urn: number;
  searches: readonly SavedSearchItem[];
}) {
  return (
    <section aria-labelledby="saved-searches-heading" className="ui-stack">
      <Heading level={2} id="saved-searches-heading">
        {searches.length === 0
          ? "No saved searches yet"
          : `Your saved searches (${searches.length})`}
      </Heading>
      {searches.length === 0 ? (
        <p className="ui-body ui-measure">
          Search on <TextLink href="/trusts">Find a trust</TextLink>, then use{" "}
          <strong>Save this search</strong>. It will be listed here with how many trusts match it
          now, and which are new since you last looked.
        </p>
      ) : (
        <ul className="ui-card-list">
          {searches.map((saved) => {
            const { search, unshown } = fromTrustFilter(saved.filter as TrustFilter);
            return (
              <li key={saved.id} className="ui-card ui-stack">
                <Heading level={3} size="s">
                  <TextLink href={trustSearchHref(search)}>{saved.name}</TextLink>
                </Heading>
                <p className="ui-body-s">
                  {countOf(saved.matchCount, "trust")} match now. Saved{" "}
                  {formatDate(saved.createdAt)}; you last looked {formatDate(saved.seenAt)}.
                </p>
                {unshown > 0 && (
                  <p className="ui-body-s">
                    {countOf(unshown, "part")} of this search cannot be shown on the search page, so
                    the link leaves {unshown === 1 ? "it" : "them"} out.
                  </p>
                )}
                {saved.newTrusts.length > 0 ? (
                  <>
                    <p className="ui-body-s">
                      <strong>New since you last looked: {saved.newTrusts.length}</strong>
                    </p>
                    <ul className="ui-list ui-list--bullet ui-body-s">
                      {saved.newTrusts.map((trust) => (
                        <li key={trust.id}>
                          <TextLink href={`/trusts/${encodeURIComponent(trust.id)}`}>
                            {trust.name}
                          </TextLink>
                        </li>
                      ))}
                    </ul>
                    <SavedSearchAction
                      urn={urn}
                      id={saved.id}
                      intent="mark-seen"
                      label="Mark as seen"
                      name={saved.name}
                    />
                  </>
                ) : (
                  <p className="ui-body-s">No new trusts since you last looked.</p>
                )}
                <AlertsChoice urn={urn} saved={saved} />
                <SavedSearchAction
                  urn={urn}
                  id={saved.id}
                  intent="delete-search"
                  label="Delete"
                  name={saved.name}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
