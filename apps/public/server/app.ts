import { fileURLToPath } from "node:url";
import * as build from "virtual:react-router/server-build";
import { createRequestHandler } from "@react-router/express";
import compression from "compression";
import express, { type Express, type Response } from "express";
import { RouterContextProvider } from "react-router";
import { env } from "../app/env.server.ts";
import { cspNonceContext, visitorAddressContext } from "../app/request-context.ts";
import { cspNonceOf, securityHeaders } from "./security-headers.ts";

/**
 * The production server, built into build/server/index.js with the app (so both share one copy
 * of the request contexts) and started by scripts/serve.mjs. Unlike react-router-serve it tells
 * loaders who is asking, so the API can count sign-in attempts per visitor.
 */

/** build/client, beside this file once built. */
const clientDir = fileURLToPath(new URL("../client", import.meta.url));

/** `::ffff:203.0.113.9` (an IPv4 visitor on a dual-stack socket) → `203.0.113.9`. */
function plainAddress(address: string | undefined): string | null {
  if (!address) return null;
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

export function createApp(): Express {
  const app = express();
  app.disable("x-powered-by");
  // Only a proxy named here may say who the visitor is; by default it is the connection's peer.
  app.set("trust proxy", env.TRUST_PROXY);
  app.use(securityHeaders({ mapTileUrl: env.MAP_TILE_URL }));
  app.use(compression());

  // Asset file names carry a hash of their content, so a browser may keep them for good.
  app.use(
    "/assets",
    express.static(`${clientDir}/assets`, { immutable: true, maxAge: "1y", index: false }),
  );
  app.use(express.static(clientDir, { maxAge: "1h", index: false }));

  app.all(
    "/{*path}",
    (_req, res, next) => {
      // Pages differ by who is signed in and change with the data: check before reusing.
      res.setHeader("Cache-Control", "private, no-cache");
      ownHeadersReplaceDefaults(res);
      next();
    },
    createRequestHandler({
      build,
      getLoadContext(req, res) {
        const context = new RouterContextProvider();
        context.set(visitorAddressContext, plainAddress(req.ip));
        context.set(cspNonceContext, cspNonceOf(res));
        return context;
      },
    }),
  );
  return app;
}

/**
 * The request handler appends each header of a route's Response to those set before it (the
 * Cache-Control above, helmet's), so a file's own `Cache-Control: private, no-store` would go
 * out as "private, no-cache, private, no-store". A route's own header replaces the default
 * instead; several values of one name (Set-Cookie) still add up.
 */
function ownHeadersReplaceDefaults(res: Response): void {
  const append = res.append.bind(res);
  const own = new Set<string>();
  res.append = (field, value) => {
    const name = field.toLowerCase();
    if (!own.has(name)) {
      own.add(name);
      res.removeHeader(name);
    }
    return append(field, value);
  };
}

/** Listens on PORT until SIGTERM or SIGINT, then lets open requests finish. */
export function start(): void {
  const server = createApp().listen(env.PORT, () => {
    const address = server.address();
    const port = typeof address === "object" && address !== null ? address.port : env.PORT;
    console.log(`Trust Atlas public app: http://localhost:${port}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
