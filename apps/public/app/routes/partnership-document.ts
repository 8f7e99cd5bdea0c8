import { env } from "../env.server.ts";
import { API_TIMEOUT_MS, throwApiUnreachable, visitorHeaders } from "../graphql/client.server.ts";
import type { Route } from "./+types/partnership-document";

/** The API's ids for documents; anything else names none, and is not worth asking about. */
const DOCUMENT_ID = /^[0-9a-f-]{36}$/;

/** The API's headers a download keeps: what the file is, and that it is no page and not kept. */
const PASSED_HEADERS = [
  "content-type",
  "content-length",
  "content-disposition",
  "cache-control",
  "x-content-type-options",
];

/**
 * A partnership's document, streamed from the API (`/files/partnership-documents/:id` there)
 * as it comes. The session cookie belongs to this site, so the browser cannot ask the API
 * itself: this passes the visitor's cookie on, and the API alone judges who may read it,
 * answering 404 to anyone else. Its status and headers come back as the API sent them.
 */
export async function loader(args: Route.LoaderArgs) {
  const { request, params } = args;
  if (!DOCUMENT_ID.test(params.id)) return notFound();
  // The wait is for the API's answer to begin: the file itself may take longer to arrive.
  const waiting = new AbortController();
  const timer = setTimeout(() => waiting.abort(new Error("The API took too long")), API_TIMEOUT_MS);
  let answer: Response;
  try {
    answer = await fetch(new URL(`/files/partnership-documents/${params.id}`, env.API_URL), {
      method: request.method === "HEAD" ? "HEAD" : "GET",
      headers: visitorHeaders(args),
      signal: AbortSignal.any([request.signal, waiting.signal]),
    });
  } catch (error) {
    throwApiUnreachable(error);
  } finally {
    clearTimeout(timer);
  }
  const headers = new Headers();
  for (const name of PASSED_HEADERS) {
    const value = answer.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  return new Response(answer.body, { status: answer.status, headers });
}

function notFound() {
  return new Response("Not found", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}
