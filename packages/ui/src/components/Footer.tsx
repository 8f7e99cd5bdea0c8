import type { ReactNode } from "react";
import { hasContent } from "../internal/cx.ts";
import { type LinkComponent, useLinkComponent } from "../link.tsx";

export type FooterLink = { href: string; label: ReactNode };

export type FooterProps = {
  /** Support links (accessibility statement, privacy, contact…). */
  links?: readonly FooterLink[];
  linksLabel?: string;
  /** Free content below the links, e.g. licence or copyright text. */
  children?: ReactNode;
  linkComponent?: LinkComponent;
};

export function Footer({
  links = [],
  linksLabel = "Support links",
  children,
  linkComponent,
}: FooterProps) {
  const Link = useLinkComponent(linkComponent);
  return (
    <footer className="ui-footer">
      <div className="ui-container">
        {links.length > 0 && (
          <nav aria-label={linksLabel}>
            <ul className="ui-footer__links">
              {links.map((link) => (
                <li key={link.href}>
                  <Link className="ui-footer__link" href={link.href}>
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {hasContent(children) && <div className="ui-footer__meta">{children}</div>}
      </div>
    </footer>
  );
}
