import {
  groupStatuses,
  groupTypes,
  listedTrustStatuses,
  listedTrustTypes,
  regions,
} from "@atlas/domain";
import { Button, formatNumber, Select, type SelectOption, TextLink } from "@atlas/ui";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "../gql/index.ts";
import { addressWords, listParams, type TrustListSearch } from "./trust-list-search.ts";

// The list's filters, each a single choice with how many trusts it would leave (the API's facet
// counts: each option counted with the other filters kept). They are fields of the search form,
// so choosing and searching are one step, and the choice lands in the address.

export const TrustListFacets = graphql(`
  fragment TrustListFacets on TrustFacets {
    regions {
      value
      count
    }
    statuses {
      value
      count
    }
    types {
      value
      count
    }
    verified {
      value
      count
    }
    published {
      value
      count
    }
    awaitingModeration {
      value
      count
    }
  }
`);

type Facets = ResultOf<typeof TrustListFacets>;
type Counted = readonly { value: unknown; count: number }[] | null | undefined;

/** "London (12)"; the bare label while the counts load. */
function counted(label: string, counts: Counted, value: unknown): string {
  if (!counts) return label;
  const found = counts.find((o) => o.value === value);
  return `${label} (${formatNumber(found?.count ?? 0)})`;
}

function vocabularyOptions<K extends string>(
  label: (key: K) => string,
  keys: readonly K[],
  counts: Counted,
): SelectOption[] {
  return keys.map((key) => ({ value: key, label: counted(label(key), counts, key) }));
}

function yesNoOptions(
  filter: "verified" | "published" | "awaitingModeration",
  labels: readonly [string, string],
  counts: Counted,
): SelectOption[] {
  const [yes, no] = addressWords(filter);
  return [
    { value: yes, label: counted(labels[0], counts, true) },
    { value: no, label: counted(labels[1], counts, false) },
  ];
}

const chosenWord = (
  filter: "verified" | "published" | "awaitingModeration",
  value: boolean | null,
) => (value === null ? "" : addressWords(filter)[value ? 0 : 1]);

export function TrustListFilters({
  search,
  facets,
  clearHref,
}: {
  search: TrustListSearch;
  /** The counts of the list shown; null while it loads. */
  facets: Facets | null;
  /** Where "Clear the filters" goes; null when nothing is chosen. */
  clearHref: string | null;
}) {
  // Each select starts from the address: a new search (the key) starts them afresh.
  const key = JSON.stringify(search);
  return (
    <fieldset className="admin-filters" key={key}>
      <legend className="ui-fieldset__legend">Filter the trusts</legend>
      <p className="ui-hint">
        Each option shows how many trusts you would see with it chosen, with your other choices
        kept.
      </p>
      <div className="admin-filters__grid">
        <Select
          name={listParams.region}
          label="Region of its schools"
          placeholder="Any region"
          defaultValue={search.region ?? ""}
          options={vocabularyOptions(regions.label, regions.keys, facets?.regions)}
        />
        <Select
          name={listParams.status}
          label="Status"
          placeholder="Any status"
          defaultValue={search.status ?? ""}
          options={vocabularyOptions(groupStatuses.label, listedTrustStatuses, facets?.statuses)}
        />
        <Select
          name={listParams.type}
          label="Type"
          placeholder="Any type"
          defaultValue={search.type ?? ""}
          options={vocabularyOptions(groupTypes.label, listedTrustTypes, facets?.types)}
        />
        <Select
          name={listParams.verified}
          label="Verification"
          placeholder="Verified or not"
          defaultValue={chosenWord("verified", search.verified)}
          options={yesNoOptions("verified", ["Verified", "Not verified"], facets?.verified)}
        />
        <Select
          name={listParams.published}
          label="Profile"
          placeholder="Published or not"
          defaultValue={chosenWord("published", search.published)}
          options={yesNoOptions(
            "published",
            ["Profile published", "No profile published"],
            facets?.published,
          )}
        />
        <Select
          name={listParams.awaitingModeration}
          label="Moderation"
          placeholder="Awaiting or not"
          defaultValue={chosenWord("awaitingModeration", search.awaitingModeration)}
          options={yesNoOptions(
            "awaitingModeration",
            ["Awaiting moderation", "Nothing awaiting moderation"],
            facets?.awaitingModeration,
          )}
        />
      </div>
      <div className="admin-filters__actions">
        <Button variant="secondary">Apply the filters</Button>
        {clearHref && <TextLink href={clearHref}>Clear the search and filters</TextLink>}
      </div>
    </fieldset>
  );
}
