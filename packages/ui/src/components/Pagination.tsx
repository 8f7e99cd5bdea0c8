import { type LinkComponent, useLinkComponent } from "../link.tsx";
import { PageJump, type PageJumpProps } from "./PageJump.tsx";

export type PaginationProps = {
  /** Current page, 1-based (clamped to the available pages). */
  page: number;
  pageSize: number;
  totalItems: number;
  /** Builds the URL of a page, e.g. (p) => `?${new URLSearchParams({ ...query, page: String(p) })}`. */
  hrefForPage: (page: number) => string;
  /** Noun for the summary line: "Showing 1–20 of 134 trusts". Default result/results. */
  itemLabel?: { singular: string; plural: string };
  /** Accessible name of the `<nav>`. */
  label?: string;
  /** Show numbered page links between Previous and Next. Default true. */
  showPageNumbers?: boolean;
  /** Show the "Showing 1–20 of 134" line. Default true; off when the page states it already. */
  showSummary?: boolean;
  /** Add a "Go to page" form, keeping these parameters (the list's search and filters). */
  jump?: Pick<PageJumpProps, "action" | "params" | "pageParam">;
  linkComponent?: LinkComponent;
};

const numberFormat = new Intl.NumberFormat("en-GB");

export type PageRange = { page: number; totalPages: number; from: number; to: number };

/** The clamped page and the 1-based item range it shows (from = 0 when there are no items). */
export function pageRange(page: number, pageSize: number, totalItems: number): PageRange {
  const size = Math.max(1, Math.floor(pageSize));
  const total = Math.max(0, Math.floor(totalItems));
  const totalPages = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), totalPages);
  const from = total === 0 ? 0 : (current - 1) * size + 1;
  const to = Math.min(current * size, total);
  return { page: current, totalPages, from, to };
}

/** "Showing 21–40 of 134 trusts" (en dash; numbers formatted for en-GB). */
export function paginationSummary(
  range: PageRange,
  totalItems: number,
  itemLabel: { singular: string; plural: string } = { singular: "result", plural: "results" },
): string {
  const noun = totalItems === 1 ? itemLabel.singular : itemLabel.plural;
  if (totalItems <= 0) return `No ${itemLabel.plural} to show`;
  const span =
    range.from === range.to
      ? numberFormat.format(range.from)
      : `${numberFormat.format(range.from)}–${numberFormat.format(range.to)}`;
  return `Showing ${span} of ${numberFormat.format(totalItems)} ${noun}`;
}

/** Page numbers to show: first, last, current ±1, with null for a gap ("…"). */
export function pageWindow(page: number, totalPages: number): Array<number | null> {
  const pages = new Set([1, totalPages, page - 1, page, page + 1]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= totalPages).sort((a, b) => a - b);
  const result: Array<number | null> = [];
  let previous = 0;
  for (const p of sorted) {
    if (p - previous === 2) result.push(p - 1);
    else if (p - previous > 2) result.push(null);
    result.push(p);
    previous = p;
  }
  return result;
}

export function Pagination({
  page,
  pageSize,
  totalItems,
  hrefForPage,
  itemLabel,
  label = "Pagination",
  showPageNumbers = true,
  showSummary = true,
  jump,
  linkComponent,
}: PaginationProps) {
  const Link = useLinkComponent(linkComponent);
  const range = pageRange(page, pageSize, totalItems);
  const { totalPages } = range;
  const current = range.page;
  const hasPrevious = current > 1;
  const hasNext = current < totalPages;

  return (
    <nav className="ui-pagination" aria-label={label}>
      {showSummary && (
        <p className="ui-pagination__summary">{paginationSummary(range, totalItems, itemLabel)}</p>
      )}
      {totalPages > 1 && (
        <ul className="ui-pagination__list">
          {hasPrevious && (
            <li className="ui-pagination__item">
              <Link className="ui-pagination__link" href={hrefForPage(current - 1)} rel="prev">
                <span aria-hidden="true">←</span> Previous
                <span className="ui-visually-hidden"> page</span>
              </Link>
            </li>
          )}
          {showPageNumbers &&
            pageWindow(current, totalPages).map((p, index) =>
              p === null ? (
                // Gaps have no identity of their own; their position is stable for a given page.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                <li key={`gap-${index}`} className="ui-pagination__item ui-pagination__item--gap">
                  …
                </li>
              ) : (
                <li key={p} className="ui-pagination__item">
                  <Link
                    className="ui-pagination__link"
                    href={hrefForPage(p)}
                    aria-label={`Page ${p}`}
                    aria-current={p === current ? "page" : undefined}
                  >
                    {p}
                  </Link>
                </li>
              ),
            )}
          {hasNext && (
            <li className="ui-pagination__item">
              <Link className="ui-pagination__link" href={hrefForPage(current + 1)} rel="next">
                Next<span className="ui-visually-hidden"> page</span>{" "}
                <span aria-hidden="true">→</span>
              </Link>
            </li>
          )}
        </ul>
      )}
      {/* Keyed by page: a new page (client-side) starts the field at its own number. */}
      {jump && totalPages > 1 && (
        <PageJump key={current} {...jump} page={current} totalPages={totalPages} />
      )}
    </nav>
  );
}
