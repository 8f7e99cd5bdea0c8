import { Button, countOf, Heading, TextInput, VisuallyHidden } from "@atlas/ui";
import { type KeyboardEvent, useId, useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../gql/index.ts";

// Finding a trust to add, by the same search the public uses (name, Group ID, Companies House
// number). It sits inside the editor's form, so Enter in the box searches rather than saving.

const CollectionTrustSearchQuery = graphql(`
  query CollectionTrustSearch($search: String!) {
    trusts(first: 8, filter: { search: $search }) {
      totalCount
      nodes {
        id
        name
        groupId
        schoolCount
      }
    }
  }
`);

export function TrustSearch({
  added,
  full,
  onAdd,
}: {
  /** Ids of the trusts in the collection already. */
  added: ReadonlySet<string>;
  /** The collection holds as many trusts as it may. */
  full: boolean;
  onAdd: (trust: { id: string; name: string }) => void;
}) {
  const headingId = useId();
  const [typed, setTyped] = useState("");
  const [search, setSearch] = useState("");
  const [result] = useQuery({
    query: CollectionTrustSearchQuery,
    variables: { search },
    pause: search === "",
  });
  const found = result.data?.trusts;

  const run = () => setSearch(typed.trim());
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      run();
    }
  };

  let status = "";
  if (search !== "") {
    if (result.fetching) status = "Searching…";
    else if (result.error) status = "The search did not work. Check your connection and try again.";
    else if (found) status = `${countOf(found.totalCount, "trust")} found for “${search}”.`;
  }

  return (
    <section aria-labelledby={headingId} className="admin-form-section">
      <Heading level={3} id={headingId}>
        Add a trust
      </Heading>
      <div className="admin-search">
        <TextInput
          name="trust-search"
          type="search"
          label="Find a trust by name, Group ID or Companies House number"
          autoComplete="off"
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <Button type="button" variant="secondary" onClick={run}>
          Search
        </Button>
      </div>
      <p role="status" className="ui-body">
        {status}
      </p>
      {full && <p className="ui-body">The collection is full: remove a trust to add another.</p>}
      {found && found.nodes.length > 0 && (
        <ul className="ui-list admin-search-results" aria-label="Trusts found">
          {found.nodes.map((trust) => (
            <li key={trust.id} className="admin-search-result">
              <span>
                <strong>{trust.name}</strong>
                {trust.groupId ? ` (${trust.groupId})` : ""}, {countOf(trust.schoolCount, "school")}
              </span>
              {added.has(trust.id) ? (
                <span className="ui-body-s">In the collection</span>
              ) : (
                <Button
                  type="button"
                  variant="secondary"
                  aria-disabled={full || undefined}
                  onClick={() => !full && onAdd({ id: trust.id, name: trust.name })}
                >
                  Add<VisuallyHidden> {trust.name}</VisuallyHidden>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
