import type { LinkComponentProps } from "@atlas/ui";
import { Link } from "react-router";

/** Links elsewhere (another origin, mailto:) or to a fragment stay plain anchors. */
export function isExternalHref(href: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith("//") || href.startsWith("#");
}

/** The link every @atlas/ui component renders: client-side navigation within the app. */
export function RouterLink({ href, ...props }: LinkComponentProps) {
  if (isExternalHref(href)) {
    return <a href={href} {...props} />;
  }
  return <Link to={href} {...props} />;
}
