import type { ReactNode } from "react";
import { cx, hasContent } from "../internal/cx.ts";
import { type LinkComponent, useLinkComponent } from "../link.tsx";

export type CardProps = {
  heading?: ReactNode;
  headingLevel?: 2 | 3 | 4;
  /** Makes the heading a link whose click area covers the whole card. */
  href?: string;
  /** Small line above the heading (e.g. a category or a Tag). */
  meta?: ReactNode;
  children?: ReactNode;
  /** Content at the bottom of the card, e.g. key facts. */
  footer?: ReactNode;
  /** Use "li" inside a `<ul className="ui-card-list">`, "article" for standalone items. */
  as?: "div" | "article" | "li" | "section";
  className?: string;
  linkComponent?: LinkComponent;
};

export function Card({
  heading,
  headingLevel = 2,
  href,
  meta,
  children,
  footer,
  as: Element = "div",
  className,
  linkComponent,
}: CardProps) {
  const Link = useLinkComponent(linkComponent);
  const HeadingElement = `h${headingLevel}` as const;
  return (
    <Element className={cx("ui-card", href !== undefined && "ui-card--link", className)}>
      {hasContent(heading) && (
        <HeadingElement className="ui-card__heading">
          {href !== undefined ? (
            <Link className="ui-card__link" href={href}>
              {heading}
            </Link>
          ) : (
            heading
          )}
        </HeadingElement>
      )}
      {hasContent(meta) && <div className="ui-card__meta">{meta}</div>}
      {hasContent(children) && <div className="ui-card__body">{children}</div>}
      {hasContent(footer) && <div className="ui-card__footer">{footer}</div>}
    </Element>
  );
}
