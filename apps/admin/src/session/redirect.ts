import { safeLocalPath } from "@atlas/ui";

/** Where the sign-in page lives. */
export const signInPath = "/sign-in";

/**
 * The page to go to after signing in, from an untrusted `redirectTo` value: only a path on this
 * site (see `safeLocalPath`), never the sign-in or sign-out page; anything else means the dashboard.
 */
export function safeRedirectTarget(raw: string | null | undefined): string {
  return safeLocalPath(raw, { exclude: [signInPath, "/sign-out"] });
}

/** The sign-in page's address for someone who asked for `location` while signed out. */
export function signInPathFor(location: {
  pathname: string;
  search?: string;
  hash?: string;
}): string {
  const target = safeRedirectTarget(
    `${location.pathname}${location.search ?? ""}${location.hash ?? ""}`,
  );
  if (target === "/") return signInPath;
  return `${signInPath}?${new URLSearchParams({ redirectTo: target })}`;
}
