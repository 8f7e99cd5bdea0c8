import type { ReactNode } from "react";
import { cx } from "../internal/cx.ts";

export type ButtonGroupProps = { children: ReactNode; className?: string };

/** Lays out buttons and links side by side, stacking them on narrow screens. */
export function ButtonGroup({ children, className }: ButtonGroupProps) {
  return <div className={cx("ui-button-group", className)}>{children}</div>;
}
