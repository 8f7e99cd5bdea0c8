import { phases, regions, sizeBands } from "@atlas/domain";
import { Button, Card, formatNumber, Heading, Main, Select, TextLink } from "@atlas/ui";
import { Form } from "react-router";
import { SearchBox } from "../components/SearchBox.tsx";
import { graphql } from "../gql";
import { createApiClient } from "../graphql/client.server.ts";
import { pageTitle } from "../meta.ts";
import { MAIN_PHASES } from "../search/options.ts";
import { PARAM, toParamValue } from "../search/params.ts";
import type { Route } from "./+types/home";

/** The count for the search heading, and the published collections the page lists. */
const HomeQuery = graphql(`
  query HomePage {
    trusts(first: 1) {
      totalCount
    }
    collections {
      slug
      title
      summary
    }
  }
`);

export async function loader(args: Route.LoaderArgs) {
  try {
    const data = await createApiClient(args).query(HomeQuery, {});
    return { trustCount: data.trusts.totalCount, collections: data.collections };
  } catch (error) {
    // The home page is still useful without the count or the collections: the search reports
    // an outage itself.
    console.error("Could not count trusts or list collections:", error);
    return { trustCount: null, collections: [] };
  }
}

export const meta: Route.MetaFunction = () => [
  { title: pageTitle("Find and compare school trusts") },
];

export default function Home({ loaderData }: Route.ComponentProps) {
  const { trustCount, collections } = loaderData;
  return (
    <Main>
      <div className="ui-stack">
        <div className="ui-measure ui-stack">
          <Heading level={1}>Find and compare school trusts</Heading>
          <p className="ui-body-l">
            Trust Atlas helps schools in England that are thinking about joining, or moving to, an
            academy trust. See where each trust works, how big it is, which schools it runs and its
            registered details, before you talk to them.
          </p>
        </div>

        <search aria-labelledby="home-search-heading">
          <Form method="get" action="/trusts" className="home-search">
            <Heading level={2} size="m" id="home-search-heading">
              {trustCount === null
                ? "Search for a trust"
                : `Search ${formatNumber(trustCount)} trusts`}
            </Heading>
            <div className="home-search__row">
              <SearchBox defaultValue="" id="home-q" />
              <Select
                name={PARAM.region}
                id="home-region"
                label="Region"
                placeholder="Any region"
                options={regions.entries.map((e) => ({
                  value: toParamValue(e.key),
                  label: e.label,
                }))}
              />
              <Select
                name={PARAM.phase}
                id="home-phase"
                label="Phase of its schools"
                placeholder="Any phase"
                options={MAIN_PHASES.map((key) => ({
                  value: toParamValue(key),
                  label: phases.label(key),
                }))}
              />
            </div>
            <Button>Search</Button>
          </Form>
        </search>

        <p className="ui-body ui-measure">
          Starting from your own school? <TextLink href="/schools">Find your school</TextLink> by
          its name, URN or postcode, and see the trusts near it.
        </p>

        {collections.length > 0 && (
          <section aria-labelledby="collections-heading" className="ui-stack">
            <Heading level={2} id="collections-heading">
              Collections
            </Heading>
            <p className="ui-body ui-measure">
              Trusts chosen by the sector body, each with a note on why it is there.
            </p>
            <ul className="ui-card-list">
              {collections.map((collection) => (
                <Card
                  key={collection.slug}
                  as="li"
                  headingLevel={3}
                  heading={collection.title}
                  href={`/collections/${collection.slug}`}
                >
                  <p className="ui-body">{collection.summary}</p>
                </Card>
              ))}
            </ul>
          </section>
        )}

        <section aria-labelledby="find-out-heading" className="ui-measure ui-stack">
          <Heading level={2} id="find-out-heading">
            What you can find out
          </Heading>
          <ul className="ui-list ui-list--bullet ui-body">
            <li>
              <strong>Geography</strong>: the regions and local authorities a trust's schools are
              in, and where its head office is.
            </li>
            <li>
              <strong>Size</strong>: how many schools it runs today and how many pupils they teach.
            </li>
            <li>
              <strong>Schools</strong>: the phases, types and religious character of its schools,
              and when each one joined.
            </li>
            <li>
              <strong>Registration</strong>: its registered details at Companies House and on the
              register of schools, and how long it has been open.
            </li>
          </ul>
          {/* Promise only what is built: these are planned, and said to be. */}
          <p className="ui-body">
            Coming later: comparing trusts side by side, trusts' own profiles of their vision and
            governance, and trying a partnership with a trust.
          </p>
        </section>

        <section aria-labelledby="browse-region-heading">
          <Heading level={2} id="browse-region-heading">
            Trusts by region
          </Heading>
          <ul className="ui-list ui-grid ui-body link-grid">
            {regions.entries.map((entry) => (
              <li key={entry.key}>
                <TextLink href={`/trusts?${PARAM.region}=${toParamValue(entry.key)}`}>
                  {entry.label}
                </TextLink>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="browse-size-heading">
          <Heading level={2} id="browse-size-heading">
            Trusts by size
          </Heading>
          <ul className="ui-list ui-grid ui-body link-grid">
            {sizeBands.entries.map((entry) => (
              <li key={entry.key}>
                <TextLink href={`/trusts?${PARAM.size}=${toParamValue(entry.key)}`}>
                  {entry.label}
                </TextLink>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </Main>
  );
}
