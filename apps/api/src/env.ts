import { fileURLToPath } from "node:url";
import { z } from "zod";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

const flag = z.enum(["true", "false"]).transform((v) => v === "true");
const list = z.string().transform((v) =>
  v
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0),
);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.url().optional(),
  /** PGlite's folder when DATABASE_URL is unset; the repo's `.data/pglite` by default. */
  DATA_DIR: z.string().default(`${repoRoot}.data/pglite`),
  /** Redis for state shared by API instances (rate limits); in memory without it. */
  REDIS_URL: z.url().optional(),
  /**
   * Put before every key this API writes to Redis, so deployments (or test runs) sharing one
   * Redis keep their own counts: `staging:` gives `staging:atlas:sign-in:…`. Empty by default.
   */
  REDIS_KEY_PREFIX: z.string().default(""),
  /**
   * Our own servers whose X-Forwarded-For is believed: addresses, CIDRs, or `loopback`,
   * `linklocal`, `uniquelocal`. Loopback by default.
   */
  TRUSTED_PROXIES: list.default(["loopback"]),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Load the demo data set into an empty database. See `shouldLoadDemoData` in @atlas/data. */
  SEED_DEMO_DATA: flag.optional(),
  /** Mark session cookies Secure (on by default in production, behind TLS). */
  COOKIE_SECURE: flag.optional(),
  /** Where `/metrics` is served: its own port, on loopback unless told otherwise. */
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).default(9464),
  METRICS_HOST: z.string().default("127.0.0.1"),
  /** PostgreSQL cancels statements running longer than this. */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  /** Each GraphQL operation's deadline. */
  EXECUTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /**
   * The apps' generated operation manifests; in production only their operations run.
   * Default: both apps' `persisted-documents.json` in this repository.
   */
  TRUSTED_DOCUMENTS: list.default([
    `${repoRoot}apps/public/app/gql/persisted-documents.json`,
    `${repoRoot}apps/admin/src/gql/persisted-documents.json`,
  ]),
  /**
   * Where the outbox sends email, e.g. `smtp://user:pass@host:587` (`smtps://` for TLS from the
   * start). Unset: messages are written to the log instead (the development outbox).
   */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** The From of outbox email; `Trust Atlas <no-reply@trustatlas.local>` by default. */
  OUTBOX_FROM: z.string().min(1).optional(),
  /** The outbox worker's pause between runs. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(100).default(2000),
  /**
   * Run the outbox worker in this process (the default). Off for instances that should only
   * serve; several instances may run it at once, as each claims different messages.
   */
  OUTBOX_WORKER: flag.default(true),
  /** The public app's address, for links in email (alerts, unsubscribe). No trailing slash. */
  PUBLIC_APP_URL: z
    .url({ protocol: /^https?$/ })
    .transform((url) => url.replace(/\/+$/, ""))
    .default("http://localhost:3000"),
  /** The admin app's address, for links in email to trust administrators. No trailing slash. */
  ADMIN_APP_URL: z
    .url({ protocol: /^https?$/ })
    .transform((url) => url.replace(/\/+$/, ""))
    .default("http://localhost:3001"),
  /**
   * How often saved searches are checked for trusts that started to match. Runs with the
   * outbox worker (OUTBOX_WORKER), as it writes the outbox.
   */
  ALERTS_POLL_MS: z.coerce.number().int().min(1000).default(60_000),
  /** Where stored files (partnership documents) are kept without S3; `.data/files` by default. */
  FILE_STORE_DIR: z.string().default(`${repoRoot}.data/files`),
  /**
   * Keep stored files in this S3-compatible bucket instead of FILE_STORE_DIR. Credentials come
   * from the standard AWS environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, profiles).
   */
  S3_BUCKET: z.string().min(1).optional(),
  /** An S3-compatible service's address (MinIO, R2…); AWS's own when unset. */
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).optional(),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}
