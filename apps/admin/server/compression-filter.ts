import type { ServerResponse } from "node:http";
import compression from "compression";
import type { Request, Response } from "express";

/** A response that streams as it goes: a subscription's server-sent events. */
export function isEventStream(res: ServerResponse): boolean {
  return /^text\/event-stream\b/i.test(String(res.getHeader("content-type") ?? ""));
}

/**
 * compression's own choice, except for event streams: a compressor holds bytes back until it
 * has enough to compress or is flushed, so a subscription's events (a few hundred bytes, minutes
 * apart) would sit in it instead of reaching the page.
 */
export function shouldCompress(req: Request, res: Response): boolean {
  return !isEventStream(res) && compression.filter(req, res);
}
