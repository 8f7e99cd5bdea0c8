import { groupStatuses, groupTypes, phases, regions, sizeBands } from "@atlas/domain";
import { stringify } from "csv-stringify/sync";
import { graphql } from "../gql";
import { createApiClient, dataOf } from "../graphql/client.server.ts";
import { readTrustSearch, toTrustFilter } from "../search/params.ts";
import type { Route } from "./+types/trusts-csv";

/** The largest page the API gives (trustFilter's `first` cap): fewest round trips. */
const CSV_PAGE_SIZE = 100;

const TrustSearchCsvQuery = graphql(`
  query TrustSearchCsv(
    $filter: TrustFilter
    $orderBy: TrustOrder
    $first: Int
    $offset: Int
  ) {
    trusts(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {
      totalCount
      edges {
        distanceKm
        node {
          id
          name
          groupId
          companiesHouseNumber
          type
          status
          schoolCount
          pupilCount
          sizeBand
          region
          localAuthorities {
            name
          }
          phaseCounts {
            phase
            count
          }
        }
      }
    }
  }
`);

/**
 * Every trust the search finds, as CSV, with the same filters and order as the results page
 * (`/trusts.csv?<the search's parameters>`). It is streamed a page of 100 at a time, so a
 * search of every trust in England never sits whole in memory, and the download starts at
 * once. A search the API refuses (a school to be near that it does not know) is a 400.
 */
export async function loader(args: Route.LoaderArgs) {
  const { url } = args;
  const { search } = readTrustSearch(url.searchParams);
  const api = createApiClient(args);
  const variables = { filter: toTrustFilter(search), orderBy: search.sort, first: CSV_PAGE_SIZE };
  const first = await api.queryResult(TrustSearchCsvQuery, { ...variables, offset: 0 });
  if (first.error && !first.error.networkError) {
    return new Response(
      `This search could not be run: ${first.error.graphQLErrors[0]?.message}\n`,
      {
        status: 400,
        headers: { "content-type": "text/plain; charset=utf-8" },
      },
    );
  }
  const { trusts } = dataOf(first);
  const withDistance = search.near !== null;
  const header = [
    "Trust",
    "Group ID",
    "Companies House number",
    "Type",
    "Status",
    "Schools",
    "Pupils",
    "Size",
    "Phases",
    "Head office region",
    "Local authorities",
    ...(withDistance ? ["Nearest school (km)"] : []),
    "Trust Atlas page",
  ];
  const row = ({ node, distanceKm }: (typeof trusts.edges)[number]) => [
    node.name,
    node.groupId ?? "",
    node.companiesHouseNumber ?? "",
    groupTypes.label(node.type),
    groupStatuses.label(node.status),
    node.schoolCount,
    node.pupilCount,
    node.sizeBand ? sizeBands.label(node.sizeBand) : "",
    node.phaseCounts.map((p) => `${phases.label(p.phase)} ${p.count}`).join("; "),
    node.region ? regions.label(node.region) : "",
    node.localAuthorities.map((la) => la.name).join("; "),
    ...(withDistance ? [distanceKm ?? ""] : []),
    new URL(`/trusts/${encodeURIComponent(node.id)}`, url.origin).href,
  ];
  const encoder = new TextEncoder();
  let offset = 0;
  let page = trusts.edges;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(stringify([header])));
    },
    async pull(controller) {
      // Fewer trusts than counted at the start (one closed meanwhile) ends the list early.
      if (page.length === 0) return controller.close();
      controller.enqueue(encoder.encode(stringify(page.map(row))));
      offset += page.length;
      page =
        offset >= trusts.totalCount
          ? []
          : dataOf(await api.queryResult(TrustSearchCsvQuery, { ...variables, offset })).trusts
              .edges;
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="trusts.csv"',
      "cache-control": "no-store",
    },
  });
}
