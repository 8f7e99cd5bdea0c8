import { useLinkComponent } from "@atlas/ui";
import type { ReactNode } from "react";
import type { PageLinks } from "../search/pagination.ts";

export interface CursorPaginationProps {
  links: PageLinks;
  /** E.g. "Page 2 of 7"; omitted when the page number is not known. */
  summary?: ReactNode;
  /** Accessible name of the `<nav>`, e.g. "Search results pages". */
  label: string;
}

/**
 * Previous / next links for a cursor-paged list (the API pages by cursor, so there are no page
 * numbers to jump to). Styled like @atlas/ui's Pagination, which numbers pages.
 */
export function CursorPagination({ links, summary, label }: CursorPaginationProps) {
  const Link = useLinkComponent();
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
