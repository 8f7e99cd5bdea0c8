import type { ReactNode } from "react";
import { cx } from "../internal/cx.ts";
import { type LinkComponent, useLinkComponent } from "../link.tsx";

export type SummaryListAction = {
  href: string;
  label: ReactNode;
  /** Appended for screen readers, e.g. label "Change" + "trust name". */
  visuallyHiddenText?: string;
};

export type SummaryListRow = {
  key: ReactNode;
  value: ReactNode;
  actions?: readonly SummaryListAction[];
};

export type SummaryListProps = {
  rows: readonly SummaryListRow[];
  /** Drop the row dividers. */
  noBorder?: boolean;
  className?: string;
  linkComponent?: LinkComponent;
};

/** Key/value pairs as a `<dl>`: each row is a `<div>` holding `<dt>`, `<dd>` and optional actions. */
export function SummaryList({
  rows,
  noBorder = false,
  className,
  linkComponent,
}: SummaryListProps) {
  const Link = useLinkComponent(linkComponent);
  const anyActions = rows.some((row) => (row.actions?.length ?? 0) > 0);
  return (
    <dl className={cx("ui-summary-list", noBorder && "ui-summary-list--no-border", className)}>
      {rows.map((row, index) => (
        // Rows are a static, ordered description; keys may be arbitrary nodes.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <div className="ui-summary-list__row" key={index}>
          <dt className="ui-summary-list__key">{row.key}</dt>
          <dd className="ui-summary-list__value">{row.value}</dd>
          {row.actions && row.actions.length > 0 ? (
            <dd className="ui-summary-list__actions">
              <ul className="ui-summary-list__actions-list">
                {row.actions.map((action) => (
                  <li key={action.href}>
                    <Link className="ui-link" href={action.href}>
                      {action.label}
                      {action.visuallyHiddenText !== undefined && (
                        <span className="ui-visually-hidden"> {action.visuallyHiddenText}</span>
                      )}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          ) : (
            anyActions && <dd className="ui-summary-list__actions" />
          )}
        </div>
      ))}
    </dl>
  );
}
