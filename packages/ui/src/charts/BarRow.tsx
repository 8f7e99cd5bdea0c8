import type { ReactNode } from "react";
import { cx } from "../internal/cx.ts";
import { Bar } from "./Bar.tsx";

export type BarRowProps = {
  label: ReactNode;
  /** The figure as text: the bar only repeats it. */
  value: ReactNode;
  /** Bar length 0–100, or null for a row with no figure (no bar at all, not a zero one). */
  length: number | null;
};

/** One row of a bar chart list: label, written figure, then the bar. */
export function BarRow({ label, value, length }: BarRowProps) {
  return (
    <li className={cx("ui-bar-chart__row", length === null && "ui-bar-chart__row--missing")}>
      <span className="ui-bar-chart__label">{label}</span>{" "}
      <span className="ui-bar-chart__value">{value}</span>
      {length !== null && <Bar className="ui-bar-chart__bar" length={length} />}
    </li>
  );
}
