import type { LinkComponentProps } from "@atlas/ui";
import { Link } from "react-router";

/** Lets @atlas/ui components navigate with React Router (client-side once JavaScript loads). */
export function RouterLink({ href, ...rest }: LinkComponentProps) {
  return <Link to={href} {...rest} />;
}
