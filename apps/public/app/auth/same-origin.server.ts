import { data } from "react-router";

/**
 * Refuses a form post made from another site (cross-site request forgery): a page elsewhere
 * must not sign people out, or sign them in to someone else's account. Browsers say where a
 * request came from in `Sec-Fetch-Site`, and older ones in `Origin`; a request with neither
 * (curl, a very old browser) is let through, as the session cookie is SameSite=Lax anyway.
 */
export function assertSameOriginPost(request: Request): void {
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) {
    if (site === "same-origin" || site === "none") return;
    throw forbidden();
  }
  const origin = request.headers.get("origin");
  if (origin === null) return;
  // Compare hosts only: behind a TLS-terminating proxy the scheme the app sees may be http.
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw forbidden();
  }
  if (host === null || originHost !== host) throw forbidden();
}

function forbidden() {
  return data("This form was sent from another site.", { status: 403 });
}
