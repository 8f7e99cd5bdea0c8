/**
 * Map tiles are the app's setting (MAP_TILE_URL, a Leaflet URL template such as
 * `https://{s}.tile.example.org/{z}/{x}/{y}.png`). Tiles are images, so their host must be in the
 * Content-Security-Policy's img-src; this is the one place that works out which source to allow.
 */

/** The placeholders a tile URL template must have: zoom, column and row. */
const TILE_PLACEHOLDERS = ["{z}", "{x}", "{y}"] as const;

/**
 * The CSP source allowing a tile URL template's images (`https://*.tile.example.org`), or null
 * when the template is not an http(s) URL with a plain host. Leaflet's `{s}` in front of the host
 * picks one of the provider's subdomains, so it becomes the CSP's `*.` wildcard.
 */
export function tileImageSource(template: string): string | null {
  const match = /^(https?):\/\/([^/?#]+)(?:[/?#]|$)/i.exec(template.trim());
  const [, scheme, host] = match ?? [];
  if (scheme === undefined || host === undefined) return null;
  const source = host.replace(/^\{s\}\./, "*.");
  // A host with anything else in it (a placeholder, a user name) cannot be named in a CSP.
  if (!/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i.test(source)) return null;
  return `${scheme.toLowerCase()}://${source.toLowerCase()}`;
}

/** Whether a template says where each tile is: it needs {z}, {x} and {y}. */
export function hasTilePlaceholders(template: string): boolean {
  return TILE_PLACEHOLDERS.every((placeholder) => template.includes(placeholder));
}
