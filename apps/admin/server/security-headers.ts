import helmet from "helmet";

/**
 * What the browser may load and do on the admin's pages. The built app is only files of its
 * own origin (Vite puts no inline script in index.html), so everything is 'self' and nothing is
 * inline; the API is the same origin through the proxy. React sets style properties through
 * the DOM, which style-src does not govern, so no 'unsafe-inline' is needed for styles either.
 */
export const contentSecurityPolicy = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

/** Security headers on every response, files, fallbacks and proxied API answers alike. */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
    frameguard: { action: "deny" },
    // Nothing of an admin page's address (a search, a trust's id) leaves the site.
    referrerPolicy: { policy: "same-origin" },
    // One year, this host only: whether sibling hosts serve HTTPS is not the admin's to say.
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: false },
  });
}
