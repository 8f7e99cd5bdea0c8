import type { ComponentProps } from "react";
import { cx } from "../internal/cx.ts";
import { type LinkComponent, useLinkComponent } from "../link.tsx";

export type TextLinkProps = Omit<ComponentProps<"a">, "href"> & {
  href: string;
  /** "inverse" is for links on dark backgrounds; "muted" for secondary links. */
  variant?: "default" | "muted" | "inverse";
  linkComponent?: LinkComponent;
};

/** An inline text link that goes through the app's link component (see LinkProvider). */
export function TextLink({
  variant = "default",
  linkComponent,
  className,
  children,
  ...linkProps
}: TextLinkProps) {
  const Link = useLinkComponent(linkComponent);
  return (
    <Link
      {...linkProps}
      className={cx("ui-link", variant !== "default" && `ui-link--${variant}`, className)}
    >
      {children}
    </Link>
  );
}
