import "../compare/compare.css";
import { Breadcrumbs, Button, ButtonGroup, ErrorSummary, Heading, Main, TextLink } from "@atlas/ui";
import { data } from "react-router";
import { AutonomyChart } from "../compare/AutonomyChart.tsx";
import { autonomyAreas } from "../compare/autonomy.ts";
import { ComparisonTable, DiffersTag } from "../compare/ComparisonTable.tsx";
import { GROUP_ROW_NOUN, groupRows } from "../compare/groups.ts";
import { compareCsvHref, compareHref, readCompareRequest } from "../compare/ids.ts";
import { loadComparison } from "../compare/load.server.ts";
import { listOf } from "../compare/words.ts";
import { createApiClient } from "../graphql/client.server.ts";
import { pageTitle } from "../meta.ts";
import { RequestPartnershipLink } from "../partnerships/RequestPartnershipLink.tsx";
import { ShortlistButton } from "../shortlist/ShortlistButton.tsx";
import { loadShortlisting } from "../shortlist/shortlisting.server.ts";
import type { Route } from "./+types/compare";

const TITLE = "Compare trusts";

export async function loader(args: Route.LoaderArgs) {
  const { url } = args;
  const request = readCompareRequest(url.searchParams);
  const [load, shortlisting] = await Promise.all([
    loadComparison(args, request),
    loadShortlisting(createApiClient(args), args.request),
  ]);
  // The visitor's to fix, so the page says how, with a 400 for anything that reads status.
  if (!load.ok) {
    return data({ problem: load.problem, comparison: null, shortlisting: null }, { status: 400 });
  }

  const { trusts, rows } = load.comparison;
  const only = request.onlyDifferences;
  const shown = only ? rows.filter((row) => row.differs) : rows;
  return {
    problem: null,
    comparison: {
      trusts,
      groups: groupRows(rows, (row) => !only || row.differs),
      autonomy: autonomyAreas(trusts, shown),
      onlyDifferences: only,
      differing: rows.filter((row) => row.differs).length,
      total: rows.length,
      // The canonical form of this very comparison, so the link shared is the page shown.
      shareUrl: new URL(compareHref(request.ids, only), url.origin).href,
      toggleHref: compareHref(request.ids, !only),
      csvHref: compareCsvHref(request.ids),
    },
    shortlisting,
  };
}

export const meta: Route.MetaFunction = ({ loaderData }) => {
  const names = loaderData?.comparison?.trusts.map((t) => t.name) ?? [];
  if (names.length === 0) return [{ title: pageTitle(TITLE) }];
  return [
    { title: pageTitle(`Compare ${listOf(names)}`) },
    {
      name: "description",
      content: `${listOf(names)} side by side: their schools, values, growth, faith, finance, local autonomy and scheme of delegation.`,
    },
  ];
};

function Problem({ problem }: { problem: string }) {
  return (
    <div className="ui-measure ui-stack">
      <ErrorSummary
        title="There is a problem with this comparison"
        errors={[{ href: "/trusts", text: problem }]}
      />
      <Heading level={1}>{TITLE}</Heading>
      <p className="ui-body">
        Find the trusts you are weighing up, then choose from 2 to 4 of them to see side by side.
      </p>
      <ButtonGroup>
        <Button href="/trusts">Find a trust</Button>
      </ButtonGroup>
    </div>
  );
}

export default function ComparePage({ loaderData }: Route.ComponentProps) {
  const { problem, comparison, shortlisting } = loaderData;
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: "/trusts", label: "Find a trust" },
          { label: TITLE },
        ]}
      />
      <Main>
        {comparison === null ? (
          <Problem problem={problem ?? ""} />
        ) : (
          <div className="ui-stack compare-page">
            <Heading level={1}>{TITLE}</Heading>
            <p className="ui-body-l">
              {listOf(comparison.trusts.map((t) => t.name))}, side by side. They differ on{" "}
              {comparison.differing} of {comparison.total} rows.
            </p>
            {shortlisting && (
              <ul
                className="compare-shortlist"
                aria-label={`Shortlist for ${shortlisting.school.name}`}
              >
                {comparison.trusts.map((trust) => (
                  <li key={trust.id}>
                    <span className="ui-body-s">{trust.name}</span>
                    <ShortlistButton
                      urn={shortlisting.school.urn}
                      trustId={trust.id}
                      trustName={trust.name}
                      shortlisted={shortlisting.shortlisted.includes(trust.id)}
                    />
                    <RequestPartnershipLink
                      urn={shortlisting.school.urn}
                      trustId={trust.id}
                      trustName={trust.name}
                    />
                  </li>
                ))}
              </ul>
            )}
            <div className="compare-key">
              <p className="ui-body ui-mt-0">
                <span className="compare-key__swatch" aria-hidden="true" /> Rows marked{" "}
                <DiffersTag /> are where the trusts differ: those are the ones to look at.
              </p>
              <p className="ui-body compare-actions">
                {comparison.onlyDifferences ? (
                  <TextLink href={comparison.toggleHref}>Show every row</TextLink>
                ) : (
                  <TextLink href={comparison.toggleHref}>Show only differences</TextLink>
                )}
              </p>
            </div>
            <nav aria-label="Parts of the comparison" className="compare-contents">
              <ul className="ui-list">
                {comparison.groups.map((g) => (
                  <li key={g.group}>
                    <a className="ui-link" href={`#${g.id}`}>
                      {g.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            {comparison.groups.map((g) => (
              <section key={g.group} aria-labelledby={g.id} className="compare-group">
                <Heading level={2} size="m" id={g.id}>
                  {g.label}
                </Heading>
                {g.sections.length === 0 ? (
                  <p className="ui-body">The trusts do not differ here.</p>
                ) : (
                  <ComparisonTable
                    caption={`${g.label}: ${listOf(comparison.trusts.map((t) => t.name))}`}
                    rowNoun={GROUP_ROW_NOUN[g.group] ?? "Fact"}
                    trusts={comparison.trusts}
                    sections={g.sections}
                  />
                )}
                {g.group === "AUTONOMY" && <AutonomyChart areas={comparison.autonomy} />}
              </section>
            ))}
            <section aria-labelledby="compare-share" className="compare-share">
              <Heading level={2} size="m" id="compare-share">
                Share or keep this comparison
              </Heading>
              <p className="ui-body">
                Link to this comparison:{" "}
                <TextLink href={comparison.shareUrl} className="compare-share__url">
                  {comparison.shareUrl}
                </TextLink>
              </p>
              <p className="ui-body compare-actions">
                {/* A file, not a page: a plain link, so the router does not try to render it. */}
                <a className="ui-link" href={comparison.csvHref} download>
                  Download this comparison (CSV)
                </a>
              </p>
            </section>
          </div>
        )}
      </Main>
    </>
  );
}
