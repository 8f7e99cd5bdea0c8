import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "@atlas/db";
import { MAX_DOCUMENT_BYTES } from "@atlas/domain";
import { blockFieldSuggestionsPlugin } from "@escape.tech/graphql-armor-block-field-suggestions";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { useDisableIntrospection } from "@graphql-yoga/plugin-disable-introspection";
import { GraphQLError, type ValidationContext } from "graphql";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import type { Redis } from "ioredis";
import type { Context } from "./context.ts";
import { useBodyLimit } from "./http/body-limit.ts";
import { clientAddressOf, LOOPBACK, trustedProxiesFrom } from "./http/client-address.ts";
import { useComplexityLimit } from "./http/complexity.ts";
import { useControlCharacterGuard } from "./http/control-characters.ts";
import { readCookie, useResponseCookies } from "./http/cookies.ts";
import { useErrorLog } from "./http/error-log.ts";
import { useExecutionDeadline } from "./http/execution-deadline.ts";
import { useHealthChecks } from "./http/health.ts";
import { useInputErrorCodes } from "./http/input-error-codes.ts";
import type { Metrics } from "./http/metrics.ts";
import { requestIdOf, useRequestLog } from "./http/request-log.ts";
import { useSingleUseFields } from "./http/single-use-fields.ts";
import { type TrustedDocuments, useTrustedDocuments } from "./http/trusted-documents.ts";
import type { Logger } from "./logger.ts";
import { findViewerBySessionToken } from "./modules/accounts/service.ts";
import { sessionCookieName } from "./modules/accounts/session-token.ts";
import { createSignInThrottle } from "./modules/accounts/sign-in-throttle.ts";
import { createLocalFileStore, type FileStore } from "./modules/file-storage/index.ts";
import { usePartnershipDocumentDownloads } from "./modules/partnerships/documents.ts";
import { createPartnershipRequestLimit } from "./modules/partnerships/request-limit.ts";
import { createPartnershipUpdates } from "./modules/partnerships/updates.ts";
import { schema } from "./schema.ts";
import { type AppLinks, developmentAppLinks } from "./shared/app-links.ts";
import { describeError } from "./shared/describe-error.ts";
import { maskError } from "./shared/mask-error.ts";

/**
 * graphql-armor's validation rules throw by default, which skips the other rules and reaches
 * the client without a code; reported instead, each refusal carries QUERY_TOO_COMPLEX.
 */
const reportLimit = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(
        new GraphQLError(error.message.replace(/^Syntax Error: /, ""), {
          extensions: { code: "QUERY_TOO_COMPLEX" },
        }),
      ),
  ],
};

/** The limits every request meets; the defaults are graphql-armor's where it has one. */
export const LIMITS = {
  depth: 6,
  tokens: 1000,
  aliases: 15,
  // 50 trusts with 20 schools each and a dozen fields per school costs about 14,000.
  cost: 25_000,
  bodyBytes: 100 * 1024,
  // A document at its limit, with room for the multipart framing and the operation.
  uploadBodyBytes: MAX_DOCUMENT_BYTES + 100 * 1024,
  executionMs: 10_000,
} as const;

export interface AppDeps {
  database: Pick<Database, "db" | "ping">;
  logger: Logger;
  /** Mark cookies Secure (production behind TLS). */
  cookieSecure?: boolean;
  /** Serve GraphiQL at /graphql in a browser (development). */
  graphiql?: boolean;
  /** Shared store for rate limits across instances; in memory without it. */
  redis?: Redis;
  /**
   * Our own servers (public app, admin proxy) whose `X-Forwarded-For` is believed: addresses,
   * CIDRs or `loopback`/`linklocal`/`uniquelocal`. Loopback by default.
   */
  trustedProxies?: readonly string[];
  /**
   * Production: no introspection, no field suggestions, and, when given, only these trusted
   * documents run.
   */
  production?: boolean;
  trustedDocuments?: TrustedDocuments;
  /** Collects Prometheus metrics (served apart, by `serveMetrics`). */
  metrics?: Metrics;
  /** Each operation's deadline. */
  executionTimeoutMs?: number;
  /** Where stored files live; without one, a folder of its own under the system's temp dir. */
  fileStore?: FileStore;
  /** The apps' addresses, for links in email; `pnpm dev`'s by default. */
  appLinks?: AppLinks;
}

/** What Node's http server hands Yoga with each request. */
interface ServerContext {
  req?: IncomingMessage;
}

export type App = YogaServerInstance<ServerContext, Context>;

/** The whole API as a fetch handler: the server listens with it, tests call `yoga.fetch`. */
export function createApp(deps: AppDeps): App {
  const { db } = deps.database;
  const signInThrottle = createSignInThrottle({ redis: deps.redis });
  const partnershipUpdates = createPartnershipUpdates();
  const partnershipRequestLimit = createPartnershipRequestLimit({ redis: deps.redis });
  const trustedProxies = trustedProxiesFrom(deps.trustedProxies ?? LOOPBACK);
  const production = deps.production ?? false;
  const fileStore =
    deps.fileStore ?? createLocalFileStore(join(tmpdir(), `atlas-files-${randomUUID()}`));
  const viewerOf = async (request: Request) => {
    const token = readCookie(request, sessionCookieName(deps.cookieSecure ?? false));
    return token ? await findViewerBySessionToken(db, token) : null;
  };
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql: !production && (deps.graphiql ?? false),
    landingPage: false,
    // Both apps reach the API same-origin (admin through its proxy) or from their server, so no
    // other origin needs to read its answers with the person's cookie.
    cors: false,
    // Unexpected errors reach the client as "Unexpected error." (never with the original error,
    // whatever NODE_ENV says); useErrorLog logs them with the request id.
    maskedErrors: { maskError },
    logging: {
      debug: (...args) => deps.logger.debug(args),
      info: (...args) => deps.logger.info(args),
      warn: (...args) => deps.logger.warn(args),
      // Yoga logs here each error it masks, SQL parameters and all; useErrorLog already logged
      // execution errors, redacted and with the request id.
      error: () => {},
    },
    context: async ({ request, ...server }) => {
      const requestId = requestIdOf(request);
      const logger = deps.logger.child({ requestId });
      let viewer: Context["viewer"] = null;
      try {
        viewer = await viewerOf(request);
      } catch (error) {
        logger.error({ requestId, error: describeError(error) }, "could not read the session");
        throw error;
      }
      return {
        db,
        request,
        requestId,
        logger,
        viewer,
        cookieSecure: deps.cookieSecure ?? false,
        clientIp: clientAddressOf(request, server.req?.socket.remoteAddress, trustedProxies),
        signInThrottle,
        partnershipUpdates,
        partnershipRequestLimit,
        fileStore,
        appLinks: deps.appLinks ?? developmentAppLinks,
      };
    },
    plugins: [
      useRequestLog(deps.logger),
      useHealthChecks(deps.database.ping),
      useBodyLimit(LIMITS.bodyBytes, {
        multipartBytes: LIMITS.uploadBodyBytes,
        multipartFields: ["attachPartnershipDocument"],
      }),
      usePartnershipDocumentDownloads({ db, fileStore, viewerOf }),
      deps.metrics?.plugin ?? false,
      production &&
        deps.trustedDocuments !== undefined &&
        useTrustedDocuments(deps.trustedDocuments),
      production && useDisableIntrospection(),
      production && blockFieldSuggestionsPlugin(),
      useCSRFPrevention({ requestHeaders: ["x-graphql-yoga-csrf"] }),
      maxDepthPlugin({ n: LIMITS.depth, flattenFragments: true, ...reportLimit }),
      // `__typename` counts like any other alias: graphql-armor lets it through by default.
      maxAliasesPlugin({ n: LIMITS.aliases, allowList: [], ...reportLimit }),
      maxTokensPlugin({ n: LIMITS.tokens }),
      useSingleUseFields(["signIn"]),
      useControlCharacterGuard(),
      useComplexityLimit(LIMITS.cost),
      useExecutionDeadline(deps.executionTimeoutMs ?? LIMITS.executionMs),
      useErrorLog(),
      useInputErrorCodes(),
      useResponseCookies(),
    ],
  });
}
