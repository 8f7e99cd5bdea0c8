import { Button, countOf, Table, Tag, TextLink } from "@atlas/ui";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { useQuery } from "urql";
import { CuratorsOnly } from "../curation/CuratorsOnly.tsx";
import { graphql } from "../gql/index.ts";
import { LoadFailed } from "../layout/LoadFailed.tsx";
import { Page } from "../layout/Page.tsx";
import { formatDateTime } from "../trust-documents/when.ts";
import { collectionHref, newCollectionPath } from "./collection-paths.ts";

const title = "Collections";

const CuratedCollectionsQuery = graphql(`
  query CuratedCollections {
    curatedCollections {
      id
      title
      slug
      published
      updatedAt
      version
      entries {
        position
      }
    }
  }
`);

type Listed = ResultOf<typeof CuratedCollectionsQuery>["curatedCollections"][number];

/** The sector body's collections, drafts and published, newest saved first. Curators only. */
export function CollectionsPage() {
  return (
    <CuratorsOnly title={title}>
      <CollectionList />
    </CuratorsOnly>
  );
}

function CollectionList() {
  const [result, reexecute] = useQuery({
    query: CuratedCollectionsQuery,
    // Another curator may have saved one since: read the list afresh each time it is shown.
    requestPolicy: "cache-and-network",
  });
  const collections = result.data?.curatedCollections;
  return (
    <Page title={title}>
      <p className="ui-body-l">
        Curated listings of trusts, each with your note on why it is there. Published ones show on
        the public home page and at their own address.
      </p>
      <p>
        <Button href={newCollectionPath}>Create a collection</Button>
      </p>
      {result.error && !collections && (
        <LoadFailed
          what="the collections"
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
      )}
      {!collections && !result.error && <p role="status">Loading the collections…</p>}
      {collections && (
        <Table<Listed>
          caption="Your sector body's collections"
          captionSize="m"
          rows={collections}
          rowKey={(c) => c.id}
          emptyMessage="There are no collections yet."
          columns={[
            {
              id: "title",
              header: "Title",
              rowHeader: true,
              cell: (c) => <TextLink href={collectionHref(c.id)}>{c.title}</TextLink>,
            },
            { id: "address", header: "Address", cell: (c) => `/collections/${c.slug}` },
            {
              id: "status",
              header: "Status",
              cell: (c) => (c.published ? <Tag tone="success">Published</Tag> : <Tag>Draft</Tag>),
            },
            {
              id: "trusts",
              header: "Trusts",
              numeric: true,
              cell: (c) => countOf(c.entries.length, "trust"),
            },
            { id: "saved", header: "Last saved", cell: (c) => formatDateTime(c.updatedAt) },
          ]}
        />
      )}
    </Page>
  );
}
