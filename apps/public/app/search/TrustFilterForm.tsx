import {
  churchGovernanceLevels,
  groupStatuses,
  growthStages,
  listedTrustStatuses,
  listedTrustTypes,
  phases,
  regions,
  religiousCharacters,
  sizeBands,
  trustOrders,
  trustValues,
  type Vocabulary,
} from "@atlas/domain";
import { Button, CheckboxGroup, formatNumber, Heading, Select } from "@atlas/ui";
import { Form } from "react-router";
import { SearchBox } from "../components/SearchBox.tsx";
import type { TrustSearchQuery } from "../gql/graphql.ts";
import { RESULTS_HEADING_ID } from "../navigation/RouteFocus.tsx";
import { COMMON_RELIGIOUS_CHARACTERS, MAIN_PHASES, offeredWithChosen } from "./options.ts";
import { NEAR_DISTANCES, PARAM, type TrustSearch, toParamValue } from "./params.ts";

// The trust search's form: every filter, each option with how many trusts it would find.

/** Trust types offered as a filter, by their plain names. */
const TYPE_LABELS: Record<(typeof listedTrustTypes)[number], string> = {
  MULTI_ACADEMY_TRUST: "Multi-academy trusts",
  SINGLE_ACADEMY_TRUST: "Single-academy trusts",
};

type Facet = readonly { value: unknown; count: number }[];

/**
 * The options of a filter, each with how many trusts it would find beside it (the API's
 * facets: the other filters kept), so nobody picks an option that finds nothing unawares.
 */
function options<K extends string>(vocab: Vocabulary<K>, keys: readonly K[], facet?: Facet) {
  return keys.map((key) => {
    const count = facet?.find((o) => o.value === key)?.count;
    return {
      value: toParamValue(key),
      label:
        count === undefined ? vocab.label(key) : `${vocab.label(key)} (${formatNumber(count)})`,
    };
  });
}

const countFor = (facet: Facet, value: unknown) =>
  formatNumber(facet.find((o) => o.value === value)?.count ?? 0);

export type Facets = TrustSearchQuery["trusts"]["facets"];
export type NearSchool = TrustSearchQuery["nearSchool"] | null;

export function TrustFilterForm({
  search,
  facets,
  nearSchool,
}: {
  search: TrustSearch;
  facets: Facets;
  nearSchool: NearSchool;
}) {
  const phaseKeys = offeredWithChosen(phases.keys, MAIN_PHASES, search.phases);
  const religiousCharacterKeys = offeredWithChosen(
    religiousCharacters.keys,
    COMMON_RELIGIOUS_CHARACTERS,
    search.religiousCharacters,
  );
  return (
    <search aria-labelledby="filters-heading">
      <Form method="get" action="/trusts" className="search-filters">
        <Heading level={2} size="m" id="filters-heading">
          Search and filter
        </Heading>
        {/* On a phone the filters fill the screen: let people go straight to what they found. */}
        <p className="search-filters__skip">
          <a href={`#${RESULTS_HEADING_ID}`} className="ui-link">
            Skip to the results
          </a>
        </p>
        <SearchBox defaultValue={search.q} />
        <Select
          name={PARAM.sort}
          label="Sort by"
          placeholder="Best match, nearest or name"
          options={trustOrders.keys
            .filter(
              (k) => (k !== "RELEVANCE" || search.q !== "") && (k !== "DISTANCE" || search.near),
            )
            .map((k) => ({ value: toParamValue(k), label: trustOrders.label(k) }))}
          defaultValue={search.sort === null ? "" : toParamValue(search.sort)}
        />
        {search.near && (
          <>
            <input type="hidden" name={PARAM.near} value={search.near.urn} />
            <Select
              name={PARAM.within}
              label={`Distance from ${nearSchool?.name ?? `the school with URN ${search.near.urn}`}`}
              options={NEAR_DISTANCES.map((km) => ({
                value: String(km),
                label: `Within ${km} km`,
              }))}
              defaultValue={String(search.near.withinKm)}
            />
          </>
        )}
        <CheckboxGroup
          name={PARAM.partnerships}
          legend="Trust partnerships"
          legendSize="s"
          small
          options={[
            {
              value: "open",
              label: `Open to trust partnerships (${countFor(facets.openToPartnerships, true)})`,
            },
          ]}
          values={search.openToPartnerships ? ["open"] : []}
        />
        <CheckboxGroup
          name={PARAM.value}
          legend="Values"
          legendSize="s"
          hint="Trusts whose published profile holds any value you choose"
          small
          options={options(trustValues, trustValues.keys, facets.values)}
          values={search.values.map(toParamValue)}
        />
        <CheckboxGroup
          name={PARAM.valuesMatch}
          legend="How values match"
          legendSize="s"
          small
          options={[{ value: "all", label: "Must hold every value chosen" }]}
          values={search.allValues ? ["all"] : []}
        />
        <CheckboxGroup
          name={PARAM.region}
          legend="Region"
          legendSize="s"
          hint="Trusts with a school in any region you choose"
          small
          options={options(regions, regions.keys, facets.regions)}
          values={search.regions.map(toParamValue)}
        />
        <CheckboxGroup
          name={PARAM.phase}
          legend="Phase"
          legendSize="s"
          hint="Trusts running a school of any phase you choose"
          small
          options={options(phases, phaseKeys, facets.phases)}
          values={search.phases.map(toParamValue)}
        />
        <Select
          name={PARAM.size}
          label="Size"
          placeholder="Any size"
          options={options(sizeBands, sizeBands.keys)}
          defaultValue={search.sizeBand === null ? "" : toParamValue(search.sizeBand)}
        />
        <CheckboxGroup
          name={PARAM.religiousCharacter}
          legend="Religious character"
          legendSize="s"
          hint="Trusts running a school of any religious character you choose"
          small
          options={options(religiousCharacters, religiousCharacterKeys)}
          values={search.religiousCharacters.map(toParamValue)}
        />
        <CheckboxGroup
          name={PARAM.special}
          legend="Special provision"
          legendSize="s"
          small
          options={[
            {
              value: "yes",
              label: `Runs a special school or alternative provision (${countFor(facets.hasSpecialOrAlternativeProvision, true)})`,
            },
          ]}
          values={search.specialProvision ? ["yes"] : []}
        />
        <CheckboxGroup
          name={PARAM.church}
          legend="Church governance"
          legendSize="s"
          hint="How far a church appoints the trust's members and trustees"
          small
          options={options(
            churchGovernanceLevels,
            churchGovernanceLevels.keys,
            facets.churchGovernanceLevels,
          )}
          values={search.churchGovernanceLevels.map(toParamValue)}
        />
        <CheckboxGroup
          name={PARAM.growth}
          legend="Growth stage"
          legendSize="s"
          small
          options={options(growthStages, growthStages.keys, facets.growthStages)}
          values={search.growthStages.map(toParamValue)}
        />
        <CheckboxGroup
          name={PARAM.type}
          legend="Type of trust"
          legendSize="s"
          small
          options={listedTrustTypes.map((key) => ({
            value: toParamValue(key),
            label: TYPE_LABELS[key],
          }))}
          values={search.types.map(toParamValue)}
        />
        <CheckboxGroup
          name={PARAM.status}
          legend="Status"
          legendSize="s"
          hint="Closed trusts are never listed"
          small
          options={options(groupStatuses, listedTrustStatuses)}
          values={search.statuses.map(toParamValue)}
        />
        <Button fullWidth>Search</Button>
      </Form>
    </search>
  );
}
