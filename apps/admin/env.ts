import { z } from "zod";

/** An http(s) URL, reduced to its origin (the proxy and links need no path). */
const origin = (what: string) =>
  z
    .url({ protocol: /^https?$/, error: `${what} must be an http or https URL.` })
    .transform((value) => new URL(value).origin);

const envSchema = z.object({
  /** Where the GraphQL API listens; `/graphql` is proxied there so its cookie is first-party. */
  API_URL: origin("API_URL").default("http://localhost:4000"),
  /** The public Trust Atlas site, linked from the admin (built into the bundle). */
  PUBLIC_SITE_URL: origin("PUBLIC_SITE_URL").default("http://localhost:3000"),
  /** Where the production server (`pnpm start`) listens; `pnpm dev` stays on 3001. */
  PORT: z.coerce
    .number({ error: "PORT must be a port number." })
    .int({ error: "PORT must be a port number." })
    .min(1, { error: "PORT must be from 1 to 65535." })
    .max(65_535, { error: "PORT must be from 1 to 65535." })
    .default(3001),
});

export type Env = z.infer<typeof envSchema>;

/** The admin app's configuration, read from the environment here and nowhere else. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}
