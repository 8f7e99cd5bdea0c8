import type { ReactNode } from "react";
import { cx } from "../internal/cx.ts";

export type TagTone = "neutral" | "info" | "success" | "warning" | "error";

export type TagProps = { children: ReactNode; tone?: TagTone; className?: string };

/** A short status label, e.g. "Published", "Draft", "Needs review". */
export function Tag({ children, tone = "neutral", className }: TagProps) {
  return <strong className={cx("ui-tag", `ui-tag--${tone}`, className)}>{children}</strong>;
}
