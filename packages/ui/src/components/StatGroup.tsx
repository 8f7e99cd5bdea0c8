import type { ReactNode } from "react";
import { cx } from "../internal/cx.ts";

export type StatGroupProps = { children: ReactNode; className?: string };

/** A responsive grid of Stat boxes. */
export function StatGroup({ children, className }: StatGroupProps) {
  return <div className={cx("ui-stat-group", className)}>{children}</div>;
}
