import type { IncomingMessage } from "node:http";
import type { Database } from "@atlas/db";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import type { Redis } from "ioredis";
import { sessionCookieName } from "./auth/session-token.ts";
import type { Context } from "./context.ts";
import { useComplexityLimit } from "./http/complexity.ts";
import { readCookie, useResponseCookies } from "./http/cookies.ts";
import { useHealthChecks } from "./http/health.ts";
import { useInputErrorCodes } from "./http/input-error-codes.ts";
import { useMetrics } from "./http/metrics.ts";
import { requestIdOf, useRequestLog } from "./http/request-log.ts";
import type { Logger } from "./logger.ts";
import { schema } from "./schema/index.ts";
import { findViewerBySessionToken } from "./services/sessions.ts";
import { createSignInThrottle } from "./services/sign-in-throttle.ts";

export interface AppDeps {
  database: Pick<Database, "db" | "ping">;
  logger: Logger;
  /** Mark cookies Secure (production behind TLS). */
  cookieSecure?: boolean;
  /** Serve GraphiQL at /graphql in a browser (development). */
  graphiql?: boolean;
  /** Shared store for rate limits across instances; in memory without it. */
  redis?: Redis;
  /** Take the client's address from X-Forwarded-For (only behind a trusted proxy). */
  trustProxy?: boolean;
}

/** What Node's http server hands Yoga with each request. */
interface ServerContext {
  req?: IncomingMessage;
}

export type App = YogaServerInstance<ServerContext, Context>;

/** The whole API as a fetch handler: the server listens with it, tests call `yoga.fetch`. */
export function createApp(deps: AppDeps): App {
  const { db } = deps.database;
  const signInThrottle = createSignInThrottle({
    redis: deps.redis,
    limitByAddress: deps.trustProxy ?? false,
  });
  const clientIpOf = (request: Request, server: ServerContext) => {
    // The last X-Forwarded-For entry is the one our proxy added; earlier ones are the
    // client's to write, so trusting them would let anyone pick the address they are counted as.
    const forwarded = deps.trustProxy
      ? request.headers.get("x-forwarded-for")?.split(",").at(-1)?.trim()
      : undefined;
    return forwarded || server.req?.socket.remoteAddress || "unknown";
  };
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql: deps.graphiql ?? false,
    landingPage: false,
    // Both apps reach the API same-origin (admin through its proxy) or from their server, so no
    // other origin needs to read its answers with the person's cookie.
    cors: false,
    // Unexpected errors reach the client as "Unexpected error." and are logged in full.
    maskedErrors: true,
    logging: {
      debug: (...args) => deps.logger.debug(args),
      info: (...args) => deps.logger.info(args),
      warn: (...args) => deps.logger.warn(args),
      error: (...args) => deps.logger.error(args),
    },
    context: async ({ request, ...server }) => {
      const requestId = requestIdOf(request);
      const token = readCookie(request, sessionCookieName(deps.cookieSecure ?? false));
      return {
        db,
        request,
        requestId,
        logger: deps.logger.child({ requestId }),
        viewer: token ? await findViewerBySessionToken(db, token) : null,
        cookieSecure: deps.cookieSecure ?? false,
        clientIp: clientIpOf(request, server),
        signInThrottle,
      };
    },
    plugins: [
      useRequestLog(deps.logger),
      useHealthChecks(deps.database.ping),
      useMetrics(),
      useCSRFPrevention({ requestHeaders: ["x-graphql-yoga-csrf"] }),
      maxDepthPlugin({ n: 10, flattenFragments: true }),
      maxAliasesPlugin({ n: 15 }),
      maxTokensPlugin({ n: 2000 }),
      // 50 trusts with 20 schools each and a dozen fields per school costs about 14,000.
      useComplexityLimit(25_000),
      useInputErrorCodes(),
      useResponseCookies(),
    ],
  });
}
