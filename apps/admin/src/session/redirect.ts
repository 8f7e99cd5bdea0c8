/** Where the sign-in page lives. */
export const signInPath = "/sign-in";

const origin = "https://admin.invalid";

/**
 * The page to go to after signing in, from an untrusted `redirectTo` value. Only a path on this
 * site is accepted (no other origin, no protocol-relative `//host`, no backslash tricks), and
 * never the sign-in page itself; anything else means the dashboard.
 */
export function safeRedirectTarget(raw: string | null | undefined): string {
  if (!raw?.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return "/";
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return "/";
  }
  if (url.origin !== origin || url.pathname === signInPath || url.pathname === "/sign-out") {
    return "/";
  }
  return `${url.pathname}${url.search}${url.hash}`;
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
