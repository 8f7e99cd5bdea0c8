import type { ReactNode } from "react";
import { cx } from "../internal/cx.ts";

export type PageContainerProps = {
  children: ReactNode;
  /** "narrow" suits forms and reading (about 48rem); "default" is about 72rem. */
  width?: "default" | "narrow";
  className?: string;
};

/** Centres content with responsive side gutters. */
export function PageContainer({ children, width = "default", className }: PageContainerProps) {
  return (
    <div className={cx("ui-container", width === "narrow" && "ui-container--narrow", className)}>
      {children}
    </div>
  );
}
