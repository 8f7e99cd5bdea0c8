/**
 * A destination from an untrusted value (`?redirectTo=…`), made safe: only a path on this site
 * (`/trusts?q=oak`), never another site (`https://evil.example`, `//evil.example`,
 * `/\evil.example`, `/.//evil.example`, `javascript:`), so a link to a sign-in page cannot be used
 * to send people elsewhere (an open redirect). Anything doubtful, or a path in `exclude`, gives
 * `fallback`.
 */
export function safeLocalPath(
  raw: unknown,
  options: { fallback?: string; exclude?: readonly string[] } = {},
): string {
  const fallback = options.fallback ?? "/";
  if (typeof raw !== "string") return fallback;
  const target = raw.trim();
  if (target === "" || target.length > 2000) return fallback;
  if (!target.startsWith("/") || target.startsWith("//")) return fallback;
  // Control characters are dropped by URL parsers and backslashes read as slashes: either can
  // hide a `//`.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
  if (/[\u0000-\u001f\u007f\\]/.test(target)) return fallback;
  const base = "http://local.invalid";
  let url: URL;
  try {
    url = new URL(target, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  // Dot segments collapse as the URL is parsed: "/.//evil.example" becomes the path
  // "//evil.example", which a browser reads as another host.
  if (url.pathname.startsWith("//")) return fallback;
  if (options.exclude?.includes(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
