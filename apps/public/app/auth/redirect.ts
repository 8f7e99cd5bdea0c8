/** Where to go after signing in when no (safe) destination was asked for. */
export const DEFAULT_REDIRECT = "/";

/** Pages it makes no sense to come back to after signing in or out. */
const NOT_A_DESTINATION = ["/sign-in", "/sign-out"];

/**
 * The destination to send someone to after signing in, made safe: only a path on this site
 * (`/trusts?q=oak`), never another site (`https://evil.example`, `//evil.example`,
 * `/\evil.example`, `javascript:`), so a link to our sign-in page cannot be used to send people
 * elsewhere (an open redirect). Anything doubtful becomes the home page.
 */
export function safeRedirectTarget(raw: unknown, fallback: string = DEFAULT_REDIRECT): string {
  if (typeof raw !== "string") return fallback;
  const target = raw.trim();
  if (target === "" || target.length > 2000) return fallback;
  // Must be a path: one slash, then not a second slash or backslash (protocol-relative URLs).
  if (!target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\"))
    return fallback;
  // Control characters (tabs, newlines) are dropped by URL parsers and can hide a `//`.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
  if (/[\u0000-\u001f\u007f\\]/.test(target)) return fallback;
  // Resolve against a dummy origin: if the result leaves it, the path was not local.
  const base = "http://trust-atlas.invalid";
  let url: URL;
  try {
    url = new URL(target, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  if (NOT_A_DESTINATION.includes(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page's URL that brings the person back to `returnTo` afterwards. */
export function signInHref(returnTo: string): string {
  const target = safeRedirectTarget(returnTo);
  return target === DEFAULT_REDIRECT
    ? "/sign-in"
    : `/sign-in?${new URLSearchParams({ redirectTo: target })}`;
}
