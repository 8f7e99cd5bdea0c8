import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { type Request, type Response, Router } from "express";

/** Vite names every file under assets/ by a hash of its content: it never changes. */
const immutable = "public, max-age=31536000, immutable";
/** Everything else (index.html, favicon.svg) is checked with the server on each use. */
const revalidate = "no-cache";

/**
 * The built app in `distDir`: hashed assets cached for good, any other address of the app
 * answered with index.html (the router in the browser draws the page), and a missing asset a
 * plain 404, never the page in its place.
 */
export function staticFiles(distDir: string): Router {
  const indexHtml = join(distDir, "index.html");
  if (!existsSync(indexHtml)) {
    throw new Error(`No build in ${distDir}: run \`pnpm --filter @atlas/admin build\` first.`);
  }
  const router = Router();

  // Source maps are built for error reports, not for visitors.
  router.use((req, res, next) => {
    if (req.path.endsWith(".map")) res.status(404).type("text/plain").send("Not found");
    else next();
  });

  router.use(
    "/assets",
    express.static(join(distDir, "assets"), {
      index: false,
      fallthrough: false,
      setHeaders: (res) => res.setHeader("Cache-Control", immutable),
    }),
  );

  router.use(
    express.static(distDir, {
      index: false,
      setHeaders: (res) => res.setHeader("Cache-Control", revalidate),
    }),
  );

  const sendIndex = (_req: Request, res: Response) => {
    res.setHeader("Cache-Control", revalidate);
    res.sendFile(indexHtml);
  };
  router.get("/{*path}", sendIndex);

  return router;
}
