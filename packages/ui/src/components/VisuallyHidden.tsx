import type { ReactNode } from "react";

export type VisuallyHiddenProps = {
  children: ReactNode;
  as?: "span" | "div" | "p" | "h1" | "h2" | "h3" | "h4";
  id?: string;
};

/** Content for screen readers only (still in the accessibility tree). */
export function VisuallyHidden({ children, as: Element = "span", id }: VisuallyHiddenProps) {
  return (
    <Element className="ui-visually-hidden" id={id}>
      {children}
    </Element>
  );
}
