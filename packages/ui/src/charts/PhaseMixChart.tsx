// No chart library: they write style attributes our CSP blocks, and need a DOM to draw.
import type { ReactNode } from "react";
import { formatNumber } from "../format.ts";
import { cx } from "../internal/cx.ts";
import { BarRow } from "./BarRow.tsx";
import { barLength, countValue, shareOf } from "./scale.ts";

export type PhaseCount = { key: string; label: string; count: number };

export type PhaseMixChartProps = {
  title: ReactNode;
  /** One entry per phase, in the order to show them (the phases vocabulary's order). */
  counts: readonly PhaseCount[];
  /** Shown instead of the chart when there are no schools. */
  emptyMessage?: ReactNode;
  className?: string;
};

/**
 * How many of a trust's schools are in each phase: a bar per phase with its number and share
 * written out. The bars are a list, so a screen reader hears each phase once, as text.
 */
export function PhaseMixChart({
  title,
  counts,
  emptyMessage = "No schools yet",
  className,
}: PhaseMixChartProps) {
  const values = counts.map((entry) => countValue(entry.count));
  const total = values.reduce((sum, value) => sum + value, 0);
  const max = Math.max(0, ...values);
  return (
    <figure className={cx("ui-chart", className)}>
      <figcaption className="ui-chart__caption">{title}</figcaption>
      {total === 0 ? (
        <p className="ui-chart__empty">{emptyMessage}</p>
      ) : (
        <ul className="ui-bar-chart">
          {counts.map((entry) => {
            const count = countValue(entry.count);
            return (
              <BarRow
                key={entry.key}
                label={entry.label}
                value={
                  <>
                    {formatNumber(count)}
                    <span className="ui-visually-hidden">
                      {count === 1 ? " school" : " schools"}
                    </span>{" "}
                    <span className="ui-bar-chart__share">({shareOf(count, total)})</span>
                  </>
                }
                length={barLength(count, max)}
              />
            );
          })}
        </ul>
      )}
    </figure>
  );
}
