import type { ReactNode } from "react";
import { type LinkComponent, useLinkComponent } from "../link.tsx";

export type BreadcrumbItem = {
  /** Omit on the last item (the current page) to render it as plain text with aria-current. */
  href?: string;
  label: ReactNode;
};

export type BreadcrumbsProps = {
  items: readonly BreadcrumbItem[];
  label?: string;
  linkComponent?: LinkComponent;
};

export function Breadcrumbs({ items, label = "Breadcrumb", linkComponent }: BreadcrumbsProps) {
  const Link = useLinkComponent(linkComponent);
  if (items.length === 0) return null;
  return (
    <nav className="ui-breadcrumbs" aria-label={label}>
      <ol className="ui-breadcrumbs__list">
        {items.map((item, index) => (
          // Breadcrumb trails are short, ordered and static.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <li className="ui-breadcrumbs__item" key={index}>
            {item.href !== undefined ? (
              <Link className="ui-breadcrumbs__link" href={item.href}>
                {item.label}
              </Link>
            ) : (
              <span aria-current={index === items.length - 1 ? "page" : undefined}>
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
