import { createServer, type IncomingMessage, type Server } from "node:http";
import type { TestApi } from "@atlas/api/testing";

export interface HttpApi {
  /** The API's GraphQL URL over real HTTP. */
  url: string;
  /** The headers of each request that reached it, oldest first. */
  requests: Headers[];
  close(): Promise<void>;
}

/** The request's body as text: the app sends the API JSON. */
async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

/**
 * The real API (in process) behind a real HTTP port, for a built server started as its own
 * process to talk to. Notes the headers of every request on the way in.
 */
export async function serveOverHttp(api: TestApi): Promise<HttpApi> {
  const requests: Headers[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const headers = headersOf(req);
      requests.push(headers);
      const body = req.method === "GET" || req.method === "HEAD" ? undefined : await bodyOf(req);
      const response = await api.fetch(new URL(req.url ?? "/", api.url), {
        method: req.method ?? "GET",
        headers,
        body,
      });
      const out: Record<string, string | string[]> = {};
      response.headers.forEach((value, name) => {
        if (name !== "set-cookie") out[name] = value;
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) out["set-cookie"] = cookies;
      res.writeHead(response.status, out);
      res.end(Buffer.from(await response.arrayBuffer()));
    })().catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  const { port } = address;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}
