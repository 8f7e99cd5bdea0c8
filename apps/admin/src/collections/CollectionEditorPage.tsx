import { Notice, TextLink } from "@atlas/ui";
import { useState } from "react";
import { useLocation, useParams } from "react-router";
import { useClient, useQuery } from "urql";
import { CuratorsOnly } from "../curation/CuratorsOnly.tsx";
import { graphql } from "../gql/index.ts";
import { LoadFailed } from "../layout/LoadFailed.tsx";
import { Page } from "../layout/Page.tsx";
import { CollectionEditor, type SavedNavigationState } from "./CollectionEditor.tsx";
import { blankCollection, type CollectionValues } from "./collection-form.ts";
import { collectionsPath } from "./collection-paths.ts";

const CuratedCollectionQuery = graphql(`
  query CuratedCollection($id: ID!) {
    curatedCollection(id: $id) {
      id
      title
      slug
      summary
      published
      updatedAt
      version
      entries {
        position
        note
        trust {
          id
          name
        }
      }
    }
  }
`);

const back = (
  <p>
    <TextLink href={collectionsPath}>Back to the collections</TextLink>
  </p>
);

/** A new collection: an empty form. Curators only. */
export function NewCollectionPage() {
  return (
    <CuratorsOnly title="Create a collection">
      <Page title="Create a collection" caption="Collections">
        {back}
        <CollectionEditor initial={blankCollection()} saved={{ id: null, version: null }} />
      </Page>
    </CuratorsOnly>
  );
}

/** One of the sector body's collections, to change. Curators only. */
export function CollectionEditorPage() {
  return (
    <CuratorsOnly title="Edit a collection">
      <EditCollection />
    </CuratorsOnly>
  );
}

function EditCollection() {
  const { collectionId = "" } = useParams();
  const location = useLocation();
  const justSaved = (location.state as SavedNavigationState | null)?.saved;
  const [result, reexecute] = useQuery({
    query: CuratedCollectionQuery,
    variables: { id: collectionId },
    // What another curator saved since counts: the form starts from the newest version.
    requestPolicy: "cache-and-network",
  });
  const client = useClient();
  // Bumped once a reload after a conflict has the newer version: the form starts again from it.
  const [generation, setGeneration] = useState(0);
  const reload = async () => {
    await client
      .query(CuratedCollectionQuery, { id: collectionId }, { requestPolicy: "network-only" })
      .toPromise();
    setGeneration((g) => g + 1);
  };
  const collection = result.data?.curatedCollection;
  const title = "Edit a collection";
  if (result.error && !collection) {
    return (
      <Page title={title}>
        <LoadFailed
          what="this collection"
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
        {back}
      </Page>
    );
  }
  if (collection === null) {
    return (
      <Page title={title}>
        <Notice tone="warning" title="There is no such collection" headingLevel={2}>
          <p className="ui-mb-0">
            The link may be out of date, or the collection belongs to another sector body.
          </p>
        </Notice>
        {back}
      </Page>
    );
  }
  if (!collection) {
    return (
      <Page title={title}>
        <p role="status">Loading the collection…</p>
      </Page>
    );
  }
  const initial: CollectionValues = {
    title: collection.title,
    slug: collection.slug,
    summary: collection.summary,
    published: collection.published,
    entries: collection.entries.map((e) => ({
      trustId: e.trust.id,
      trustName: e.trust.name,
      note: e.note,
    })),
  };
  return (
    <Page
      title={collection.title}
      documentTitle={`${collection.title} – ${title}`}
      caption="Collection"
    >
      {back}
      <CollectionEditor
        key={`${collection.id}:${generation}`}
        initial={initial}
        saved={{ id: collection.id, version: collection.version }}
        justSaved={justSaved}
        onReload={() => void reload()}
      />
    </Page>
  );
}
