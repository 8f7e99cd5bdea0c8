import { groupTypes, regions } from "@atlas/domain";
import { Breadcrumbs, countOf, Heading, Main, Notice, TextLink } from "@atlas/ui";
import { data } from "react-router";
import { graphql } from "../gql";
import { createApiClient } from "../graphql/client.server.ts";
import { pageTitle } from "../meta.ts";
import { paragraphsOf } from "../trusts/format.ts";
import type { Route } from "./+types/collection";

/** The collection and its trusts in the curator's order: the API reads them in one statement. */
const CollectionPageQuery = graphql(`
  query CollectionPage($slug: String!) {
    collection(slug: $slug) {
      title
      summary
      published
      sectorBodyName
      entries {
        position
        note
        trust {
          id
          name
          type
          region
          schoolCount
        }
      }
    }
  }
`);

export async function loader(args: Route.LoaderArgs) {
  const { collection } = await createApiClient(args).query(CollectionPageQuery, {
    slug: args.params.slug,
  });
  if (!collection) throw data("Not found", { status: 404 });
  return { collection };
}

export const meta: Route.MetaFunction = ({ loaderData }) => {
  if (!loaderData) return [];
  const { collection } = loaderData;
  return [
    { title: pageTitle(collection.title) },
    {
      name: "description",
      content: `${collection.title}: ${countOf(collection.entries.length, "trust")} chosen by ${collection.sectorBodyName}.`,
    },
  ];
};

export default function CollectionPage({ loaderData }: Route.ComponentProps) {
  const { collection } = loaderData;
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: collection.title }]} />
      <Main>
        <article className="ui-stack">
          <div className="ui-measure ui-stack">
            <Heading level={1} caption="Collection">
              {collection.title}
            </Heading>
            {!collection.published && (
              <Notice tone="warning" title="A draft">
                Only curators see this collection until it is published.
              </Notice>
            )}
            {paragraphsOf(collection.summary).map((paragraph) => (
              <p className="ui-body-l" key={paragraph}>
                {paragraph}
              </p>
            ))}
            <p className="ui-body-s">Chosen by {collection.sectorBodyName}.</p>
          </div>

          <section aria-labelledby="collection-trusts-heading" className="ui-stack">
            <Heading level={2} id="collection-trusts-heading">
              {countOf(collection.entries.length, "trust")}
            </Heading>
            {collection.entries.length === 0 ? (
              <p className="ui-body">No trusts have been added to this collection yet.</p>
            ) : (
              <ol className="ui-list ui-stack">
                {collection.entries.map(({ trust, note }) => (
                  <li key={trust.id} className="ui-card">
                    <Heading level={3} size="m" className="ui-card__heading">
                      <TextLink href={`/trusts/${encodeURIComponent(trust.id)}`}>
                        {trust.name}
                      </TextLink>
                    </Heading>
                    <p className="ui-body-s">
                      {groupTypes.label(trust.type)}
                      {trust.region ? `, ${regions.label(trust.region)}` : ""},{" "}
                      {countOf(trust.schoolCount, "school")}
                    </p>
                    {note !== "" && <p className="ui-body">{note}</p>}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </article>
      </Main>
    </>
  );
}
