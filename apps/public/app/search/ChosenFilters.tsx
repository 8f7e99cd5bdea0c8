import {
  churchGovernanceLevels,
  groupStatuses,
  groupTypes,
  growthStages,
  phases,
  regions,
  religiousCharacters,
  sizeBands,
  trustValues,
} from "@atlas/domain";
import { TextLink } from "@atlas/ui";
import { type TrustSearch, trustSearchHref } from "./params.ts";
import type { NearSchool } from "./TrustFilterForm.tsx";

/** One chosen filter value, and the address of the same search without it. */
interface Chosen {
  label: string;
  remove: string;
}

/** Each filter value chosen, with a link that takes just that one away. */
function chosenFilters(
  search: TrustSearch,
  nearSchool: NearSchool,
): { name: string; values: Chosen[] }[] {
  const without = (patch: Partial<TrustSearch>) => trustSearchHref({ ...search, ...patch });
  const each = <K extends string>(
    name: string,
    keys: readonly K[],
    label: (k: K) => string,
    field: keyof TrustSearch,
  ) => ({
    name,
    values: keys.map((k) => ({
      label: label(k),
      remove: without({ [field]: keys.filter((other) => other !== k) } as Partial<TrustSearch>),
    })),
  });
  const groups = [
    ...(search.q !== ""
      ? [{ name: "Search", values: [{ label: `“${search.q}”`, remove: without({ q: "" }) }] }]
      : []),
    ...(search.near
      ? [
          {
            name: "Near",
            values: [
              {
                label: `within ${search.near.withinKm} km of ${nearSchool?.name ?? `URN ${search.near.urn}`}`,
                remove: without({
                  near: null,
                  sort: search.sort === "DISTANCE" ? null : search.sort,
                }),
              },
            ],
          },
        ]
      : []),
    each("Region", search.regions, (k) => regions.label(k), "regions"),
    each("Phase", search.phases, (k) => phases.label(k), "phases"),
    ...(search.sizeBand !== null
      ? [
          {
            name: "Size",
            values: [
              { label: sizeBands.label(search.sizeBand), remove: without({ sizeBand: null }) },
            ],
          },
        ]
      : []),
    each("Values", search.values, (k) => trustValues.label(k), "values"),
    ...(search.openToPartnerships
      ? [
          {
            name: "Partnerships",
            values: [
              {
                label: "open to trust partnerships",
                remove: without({ openToPartnerships: false }),
              },
            ],
          },
        ]
      : []),
    ...(search.specialProvision
      ? [
          {
            name: "Special provision",
            values: [
              {
                label: "runs special or alternative provision",
                remove: without({ specialProvision: false }),
              },
            ],
          },
        ]
      : []),
    each(
      "Church governance",
      search.churchGovernanceLevels,
      (k) => churchGovernanceLevels.label(k),
      "churchGovernanceLevels",
    ),
    each("Growth stage", search.growthStages, (k) => growthStages.label(k), "growthStages"),
    each(
      "Religious character",
      search.religiousCharacters,
      (k) => religiousCharacters.label(k),
      "religiousCharacters",
    ),
    each("Type", search.types, (k) => groupTypes.label(k), "types"),
    each("Status", search.statuses, (k) => groupStatuses.label(k), "statuses"),
  ];
  return groups.filter((g) => g.values.length > 0);
}

/** What the results are narrowed by, each with a link to remove it. */
export function ChosenFilters({
  search,
  nearSchool,
}: {
  search: TrustSearch;
  nearSchool: NearSchool;
}) {
  const groups = chosenFilters(search, nearSchool);
  if (groups.length === 0) return null;
  return (
    <div className="ui-stack stack-tight">
      <dl className="chosen-filters ui-body-s" aria-label="Your search">
        {groups.map((group) => (
          <div className="chosen-filters__group" key={group.name}>
            <dt>{`${group.name}:`}</dt>
            {group.values.map((value) => (
              <dd key={value.label}>
                {value.label}{" "}
                <TextLink href={value.remove}>
                  Remove
                  <span className="ui-visually-hidden">{` ${group.name.toLowerCase()}: ${value.label}`}</span>
                </TextLink>
              </dd>
            ))}
          </div>
        ))}
      </dl>
      <p className="ui-body-s">
        <TextLink href="/trusts">Clear search and filters</TextLink>
      </p>
    </div>
  );
}
