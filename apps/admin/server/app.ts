import compression from "compression";
import type { ErrorRequestHandler } from "express";
import express, { type Express } from "express";
import { apiProxy } from "./api-proxy.ts";
import { shouldCompress } from "./compression-filter.ts";
import { securityHeaders } from "./security-headers.ts";
import { staticFiles } from "./static-files.ts";

export interface AdminServerOptions {
  /** The built app (apps/admin/dist). */
  distDir: string;
  /** The API's origin; `/graphql` and partnership documents' downloads are proxied there. */
  apiOrigin: string;
}

/** The admin in production: the built single-page app and the API behind one origin. */
export function createAdminServer({ distDir, apiOrigin }: AdminServerOptions): Express {
  const app = express();
  app.disable("x-powered-by");
  app.use(securityHeaders());
  // Brotli when the browser takes it, else gzip; the API's answers are compressed here too,
  // all but its event streams, which must reach the page event by event.
  app.use(compression({ filter: shouldCompress }));
  app.use(apiProxy(apiOrigin));
  app.use(staticFiles(distDir));

  // A missing asset (express.static's 404) or a fault of ours, without a stack for the visitor.
  const answerError: ErrorRequestHandler = (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status =
      typeof error === "object" && error !== null && "status" in error ? error.status : 500;
    const code = status === 404 ? 404 : 500;
    if (code === 500) console.error(error);
    res
      .status(code)
      .type("text/plain")
      .send(code === 404 ? "Not found" : "Server error");
  };
  app.use(answerError);
  return app;
}
