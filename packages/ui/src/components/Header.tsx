import type { ReactNode } from "react";
import { hasContent } from "../internal/cx.ts";
import { type LinkComponent, useLinkComponent } from "../link.tsx";

export type HeaderNavItem = {
  href: string;
  label: ReactNode;
  /** Marks the item with aria-current="page". */
  current?: boolean;
};

export type HeaderProps = {
  serviceName: ReactNode;
  /** Where the service name links to. */
  homeHref?: string;
  /** Optional mark shown before the service name (decorative: give it alt="" / aria-hidden). */
  logo?: ReactNode;
  /** Small label after the service name, e.g. "Admin" or "Beta". */
  tag?: ReactNode;
  /** Primary navigation, rendered as a `<nav>` row under the service name. */
  navigation?: readonly HeaderNavItem[];
  navigationLabel?: string;
  /** Slot at the end of the top row: account name, sign-in/out link or form. */
  account?: ReactNode;
  linkComponent?: LinkComponent;
};

export function Header({
  serviceName,
  homeHref = "/",
  logo,
  tag,
  navigation = [],
  navigationLabel = "Main",
  account,
  linkComponent,
}: HeaderProps) {
  const Link = useLinkComponent(linkComponent);
  return (
    <header className="ui-header">
      <div className="ui-container ui-header__top">
        <div className="ui-header__brand">
          <Link className="ui-header__service" href={homeHref}>
            {logo}
            <span className="ui-header__service-name">{serviceName}</span>
          </Link>
          {hasContent(tag) && <strong className="ui-header__tag">{tag}</strong>}
        </div>
        {hasContent(account) && <div className="ui-header__account">{account}</div>}
      </div>
      {navigation.length > 0 && (
        <nav className="ui-header__nav" aria-label={navigationLabel}>
          <ul className="ui-container ui-header__nav-list">
            {navigation.map((item) => (
              <li key={item.href} className="ui-header__nav-item">
                <Link
                  className="ui-header__nav-link"
                  href={item.href}
                  aria-current={item.current ? "page" : undefined}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
