import type { ReactNode } from "react";
import { cx, hasContent } from "../internal/cx.ts";

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
export type HeadingSize = "xl" | "l" | "m" | "s";

export type HeadingProps = {
  level: HeadingLevel;
  /** Visual size, independent of the level. Defaults: h1 xl, h2 l, h3 m, h4–h6 s. */
  size?: HeadingSize;
  /** Small secondary line above the heading text (e.g. the section), read as part of it. */
  caption?: ReactNode;
  id?: string;
  /** Use -1 to make the heading focusable from script. */
  tabIndex?: -1;
  className?: string;
  children: ReactNode;
};

const defaultSize: Record<HeadingLevel, HeadingSize> = {
  1: "xl",
  2: "l",
  3: "m",
  4: "s",
  5: "s",
  6: "s",
};

export function Heading({ level, size, caption, id, tabIndex, className, children }: HeadingProps) {
  const Element = `h${level}` as const;
  return (
    <Element
      id={id}
      tabIndex={tabIndex}
      className={cx("ui-heading", `ui-heading--${size ?? defaultSize[level]}`, className)}
    >
      {hasContent(caption) && <span className="ui-caption">{caption} </span>}
      {children}
    </Element>
  );
}
