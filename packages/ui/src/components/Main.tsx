import type { ReactNode } from "react";
import { cx } from "../internal/cx.ts";

export type MainProps = {
  children: ReactNode;
  /** Target of SkipLink; keep the default unless SkipLink's href changes too. */
  id?: string;
  className?: string;
};

/** The page's `<main>` landmark, focusable by SkipLink (tabIndex -1), with vertical spacing. */
export function Main({ children, id = "main-content", className }: MainProps) {
  return (
    <main id={id} tabIndex={-1} className={cx("ui-main", className)}>
      {children}
    </main>
  );
}
