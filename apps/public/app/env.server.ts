import { z } from "zod";

/**
 * The app's configuration, read from the environment once, here and nowhere else. A bad value
 * stops the server at start-up with a message naming the variable.
 */
const envSchema = z.object({
  /** The GraphQL API every loader and action talks to. */
  API_URL: z.url().default("http://localhost:4000/graphql"),
  /** The admin app, where trusts and the sector body sign in to edit profiles. */
  ADMIN_URL: z.url().default("http://localhost:3001"),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse({
    // An empty variable means "not set", as it does in most deploy tools.
    API_URL: source.API_URL || undefined,
    ADMIN_URL: source.ADMIN_URL || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}

export const env: Env = readEnv(process.env);
