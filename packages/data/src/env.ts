import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/**
 * PGlite's folder when DATABASE_URL is unset: `.data/pglite` at the repository root, the same
 * default as the API's, so `pnpm data seed` fills the database `pnpm start` opens.
 */
export const defaultDataDir = fileURLToPath(new URL("../../../.data/pglite", import.meta.url));

// `DATABASE_URL= pnpm …` (set but empty) means "unset" to a person; read it so everywhere.
const emptyIsUnset = (value: unknown) => (value === "" ? undefined : value);

/**
 * The variables the API and this CLI share, read the same way by both (the API can spread these
 * into its own schema), so one environment never means PGlite to one and PostgreSQL to the other.
 */
export const sharedEnvSchema = {
  /** A PostgreSQL URL; when unset, the embedded PGlite database in DATA_DIR is used. */
  DATABASE_URL: z.preprocess(
    emptyIsUnset,
    z
      .url({
        protocol: /^postgres(?:ql)?$/,
        error: "must be a postgres:// or postgresql:// URL",
      })
      .optional(),
  ),
  /** PGlite's folder; a relative path is taken from where the command was run. */
  DATA_DIR: z.preprocess(emptyIsUnset, z.string().optional()),
  /** Load the demo data on start: "true" or "false"; unset leaves it to `shouldLoadDemoData`. */
  SEED_DEMO_DATA: z.preprocess(
    emptyIsUnset,
    z
      .enum(["true", "false"], { error: 'must be "true" or "false"' })
      .optional()
      .transform((v) => (v === undefined ? undefined : v === "true")),
  ),
};

const envSchema = z.object(sharedEnvSchema);

export interface CliEnv {
  databaseUrl: string | undefined;
  dataDir: string;
  /** SEED_DEMO_DATA as set; `pnpm data seed` loads regardless, being an explicit ask. */
  seedDemoData: boolean | undefined;
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): CliEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  const { DATABASE_URL, DATA_DIR, SEED_DEMO_DATA } = parsed.data;
  // pnpm runs scripts in the package's folder; INIT_CWD is where the command was typed.
  const base = source.INIT_CWD ?? process.cwd();
  const dataDir =
    DATA_DIR === undefined
      ? defaultDataDir
      : DATA_DIR.startsWith("memory://") || isAbsolute(DATA_DIR)
        ? DATA_DIR
        : resolve(base, DATA_DIR);
  return { databaseUrl: DATABASE_URL, dataDir, seedDemoData: SEED_DEMO_DATA };
}
