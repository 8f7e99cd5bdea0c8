import type { ReactNode } from "react";
import { type LinkComponent, useLinkComponent } from "../link.tsx";
import type { PageLinks } from "../paging/cursor-paging.ts";

export type CursorPaginationProps = {
  /** From pageLinks(); renders nothing when there is neither a previous nor a next page. */
  links: PageLinks;
  /** E.g. "Showing 21–40 of 134 trusts"; omitted when the page number is not known. */
  summary?: ReactNode;
  /** Accessible name of the `<nav>`, e.g. "Pages of trusts". */
  label: string;
  linkComponent?: LinkComponent;
};

/**
 * Previous / next links for a cursor-paged list. The API pages by cursor, so there are no page
 * numbers to jump to; styled like Pagination, which numbers pages.
 */
export function CursorPagination({ links, summary, label, linkComponent }: CursorPaginationProps) {
  const Link = useLinkComponent(linkComponent);
  if (links.previous === null && links.next === null) return null;
  return (
    <nav className="ui-pagination" aria-label={label}>
      {summary !== undefined && <p className="ui-pagination__summary">{summary}</p>}
      <ul className="ui-pagination__list">
        {links.previous !== null && (
          <li className="ui-pagination__item">
            <Link className="ui-pagination__link" href={links.previous} rel="prev">
              <span aria-hidden="true">←</span> Previous
              <span className="ui-visually-hidden"> page</span>
            </Link>
          </li>
        )}
        {links.next !== null && (
          <li className="ui-pagination__item">
            <Link className="ui-pagination__link" href={links.next} rel="next">
              Next<span className="ui-visually-hidden"> page</span>{" "}
              <span aria-hidden="true">→</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
