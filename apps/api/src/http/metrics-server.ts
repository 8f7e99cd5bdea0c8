import { createServer, type Server } from "node:http";
import type { Registry } from "prom-client";

/**
 * Serves `/metrics` on its own port (loopback by default), apart from the API's public port,
 * so that what the process reports about itself is never reachable from the internet.
 */
export function serveMetrics(
  registry: Registry,
  port: number,
  host: string,
  onError: (error: Error) => void = () => {},
): Server {
  const server = createServer(async (req, res) => {
    if (req.method !== "GET" || req.url !== "/metrics") {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await registry.metrics();
      res.writeHead(200, { "content-type": registry.contentType }).end(body);
    } catch {
      res.writeHead(500).end();
    }
  });
  // A port already taken (a second instance on one machine) costs the metrics, not the API.
  server.on("error", onError);
  server.listen(port, host);
  return server;
}
