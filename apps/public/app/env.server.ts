import { z } from "zod";
import { hasTilePlaceholders, tileImageSource } from "./map-tiles.ts";

/**
 * Express's `trust proxy` setting, from `TRUST_PROXY`. Off by default: the visitor's address is
 * then the connection's own. `true` means one proxy (this app's load balancer), matching the
 * API's variable: the *last* X-Forwarded-For entry is the one it added, and earlier entries are
 * the client's to forge. A number counts proxies; anything else lists their addresses or
 * subnets (`loopback, 10.0.0.0/8`), as Express reads them.
 */
const trustProxySchema = z
  .string()
  .trim()
  .default("false")
  .transform((raw): false | number | string[] => {
    const value = raw.toLowerCase();
    if (value === "false" || value === "0") return false;
    if (value === "true") return 1;
    if (/^\d+$/.test(value)) return Number(value);
    return value
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part !== "");
  })
  .refine((value) => !Array.isArray(value) || value.length > 0, {
    message: "give true, false, a number of proxies, or their addresses",
  });

/**
 * Where the map of a trust's schools gets its tiles: a Leaflet URL template. None by default:
 * the map then has a plain background (and the CSP allows no image host but this site).
 */
const mapTileUrlSchema = z
  .string()
  .trim()
  .refine((template) => tileImageSource(template) !== null, {
    message:
      "give a tile URL template starting with https:// and a plain host (or {s}. before it), like https://tiles.example.org/{z}/{x}/{y}.png",
  })
  .refine(hasTilePlaceholders, { message: "the template needs {z}, {x} and {y}" })
  .nullable()
  .default(null);

/**
 * The app's configuration, read from the environment once, here and nowhere else. A bad value
 * stops the server at start-up with a message naming the variable.
 */
const envSchema = z.object({
  /** The GraphQL API every loader and action talks to. */
  API_URL: z.url().default("http://localhost:4000/graphql"),
  /** The admin app, where trusts and the sector body sign in to edit profiles. */
  ADMIN_URL: z.url().default("http://localhost:3001"),
  /** The port the production server (`pnpm start`) listens on. */
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  /** Which proxies in front of this app may say who the visitor is (see trustProxySchema). */
  TRUST_PROXY: trustProxySchema,
  /** Tiles for the map of a trust's schools (see mapTileUrlSchema); null: no tiles. */
  MAP_TILE_URL: mapTileUrlSchema,
  /**
   * The tile provider's credit, shown on the map with its tiles. HTML (Leaflet writes it as
   * markup), so it comes from here and never from data.
   */
  MAP_TILE_ATTRIBUTION: z.string().trim().max(2000).nullable().default(null),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse({
    // An empty variable means "not set", as it does in most deploy tools.
    API_URL: source.API_URL || undefined,
    ADMIN_URL: source.ADMIN_URL || undefined,
    PORT: source.PORT || undefined,
    TRUST_PROXY: source.TRUST_PROXY || undefined,
    MAP_TILE_URL: source.MAP_TILE_URL || undefined,
    MAP_TILE_ATTRIBUTION: source.MAP_TILE_ATTRIBUTION || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}

export const env: Env = readEnv(process.env);
