import { type ReactNode, useId } from "react";
import { cx, hasContent } from "../internal/cx.ts";
import { type LinkComponent, useLinkComponent } from "../link.tsx";

export type NavListItem = {
  href: string;
  label: ReactNode;
  /** The page being shown: styled as active and marked aria-current="page". */
  current?: boolean;
  /** Trailing content such as a count or Tag. */
  badge?: ReactNode;
};

export type NavListProps = {
  items: readonly NavListItem[];
  /** Accessible name of the `<nav>` when there is no visible heading. */
  label?: string;
  /** Visible heading; also names the `<nav>`. */
  heading?: ReactNode;
  className?: string;
  linkComponent?: LinkComponent;
};

/** Vertical side navigation (e.g. the admin's sections). */
export function NavList({
  items,
  label = "Section navigation",
  heading,
  className,
  linkComponent,
}: NavListProps) {
  const Link = useLinkComponent(linkComponent);
  const headingId = useId();
  const hasHeading = hasContent(heading);
  return (
    <nav
      className={cx("ui-nav-list", className)}
      aria-labelledby={hasHeading ? headingId : undefined}
      aria-label={hasHeading ? undefined : label}
    >
      {hasHeading && (
        <h2 className="ui-nav-list__heading" id={headingId}>
          {heading}
        </h2>
      )}
      <ul className="ui-nav-list__list">
        {items.map((item) => (
          <li key={item.href} className="ui-nav-list__item">
            <Link
              className="ui-nav-list__link"
              href={item.href}
              aria-current={item.current ? "page" : undefined}
            >
              <span className="ui-nav-list__label">{item.label}</span>
              {hasContent(item.badge) && <span className="ui-nav-list__badge">{item.badge}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
