import type { ReactNode } from "react";

export type SkipLinkProps = {
  /** Fragment of the main content; matches Main's default id. */
  href?: string;
  children?: ReactNode;
};

/** First focusable element on the page; visible only when focused. Render it before Header. */
export function SkipLink({
  href = "#main-content",
  children = "Skip to main content",
}: SkipLinkProps) {
  return (
    <a className="ui-skip-link" href={href}>
      {children}
    </a>
  );
}
