import type { ReactNode } from "react";
import { cx, hasContent } from "../internal/cx.ts";

export type StatProps = {
  /** The big number (format it first, e.g. "1,204" or "98%"). */
  value: ReactNode;
  label: ReactNode;
  /** Smaller supporting text, e.g. "up 12 since last month". */
  hint?: ReactNode;
  className?: string;
};

/** A dashboard figure: large value with its label; read as "value label". */
export function Stat({ value, label, hint, className }: StatProps) {
  return (
    <div className={cx("ui-stat", className)}>
      <p className="ui-stat__figure">
        <span className="ui-stat__value">{value}</span>{" "}
        <span className="ui-stat__label">{label}</span>
      </p>
      {hasContent(hint) && <p className="ui-stat__hint">{hint}</p>}
    </div>
  );
}
