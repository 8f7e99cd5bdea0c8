import {
  Card,
  CursorPagination,
  formatNumber,
  Heading,
  type PageLinks,
  Table,
  Tag,
  TextLink,
} from "@atlas/ui";
import type { SchoolFitRankingQuery } from "../gql/graphql.ts";
import { DIMENSION_LABELS, weightLabel } from "./labels.ts";

type Ranked = SchoolFitRankingQuery["fit"]["nodes"][number];

export const RANKING_HEADING_ID = "ranking-heading";

/** Points to one decimal place, as the API rounds them (so they add up to the score). */
const points = (n: number) => n.toLocaleString("en-GB", { maximumFractionDigits: 1 });

function Eligibility({ eligibility }: { eligibility: Ranked["eligibility"] }) {
  if (eligibility === "INELIGIBLE") return <Tag tone="error">Ruled out by the school's faith</Tag>;
  if (eligibility === "CONDITIONAL") return <Tag tone="warning">Needs the diocese's consent</Tag>;
  return null;
}

function TrustResult({ fit, rank }: { fit: Ranked; rank: number | null }) {
  return (
    <Card
      as="li"
      headingLevel={3}
      heading={
        <TextLink href={`/trusts/${encodeURIComponent(fit.trust.id)}`}>{fit.trust.name}</TextLink>
      }
      meta={rank === null ? undefined : `Number ${formatNumber(rank)}`}
    >
      <div className="ui-stack stack-tight">
        <p className="ui-body">
          <strong>Fit score: {Math.round(fit.score)} out of 100</strong>{" "}
          <Eligibility eligibility={fit.eligibility} />
        </p>
        {fit.reasons.length > 0 && (
          <ul className="ui-list ui-list--bullet ui-body">
            {fit.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        )}
        {fit.parts.length > 0 && (
          <Table
            caption={`How ${fit.trust.name}’s score is made up`}
            captionSize="s"
            rowKey={(part) => part.dimension}
            rows={fit.parts}
            columns={[
              {
                id: "dimension",
                header: "What was scored",
                rowHeader: true,
                cell: (part) => DIMENSION_LABELS[part.dimension],
              },
              {
                id: "weight",
                header: "How much it matters",
                cell: (part) => `${weightLabel(part.weight)} (${part.weight} of 5)`,
              },
              { id: "points", header: "Points", numeric: true, cell: (p) => points(p.points) },
            ]}
          />
        )}
      </div>
    </Card>
  );
}

export interface FitRankingProps {
  fit: SchoolFitRankingQuery["fit"];
  links: PageLinks;
  /** Null when the page's number is not known (a hand-made link): ranks are not shown then. */
  page: number | null;
  pageSize: number;
}

/** Every open trust scored for the school, best first; one the faith rules out stays, with why. */
export function FitRanking({ fit, links, page, pageSize }: FitRankingProps) {
  const totalPages = Math.max(1, Math.ceil(fit.totalCount / pageSize));
  const firstRank = page === null ? null : (page - 1) * pageSize + 1;
  const summary = page === null ? undefined : `Page ${page} of ${formatNumber(totalPages)}`;
  return (
    <section aria-labelledby={RANKING_HEADING_ID} className="ui-stack">
      <Heading level={2} id={RANKING_HEADING_ID}>
        Trusts, best fit first
      </Heading>
      <p className="ui-body">
        {fit.totalCount === 0
          ? "There are no open trusts to score yet."
          : `${formatNumber(fit.totalCount)} open trusts scored.`}
      </p>
      {fit.nodes.length > 0 && (
        <ol className="ui-card-list" start={firstRank ?? undefined}>
          {fit.nodes.map((node, i) => (
            <TrustResult
              key={node.trust.id}
              fit={node}
              rank={firstRank === null ? null : firstRank + i}
            />
          ))}
        </ol>
      )}
      <CursorPagination links={links} summary={summary} label="Pages of trusts" />
    </section>
  );
}
