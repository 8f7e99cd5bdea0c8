import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import helmet from "helmet";

/** Each response's nonce, keyed by the response so nothing is shared between requests. */
const nonces = new WeakMap<ServerResponse, string>();

/** The CSP nonce given to this response (empty before `securityHeaders` ran). */
export function cspNonceOf(res: ServerResponse): string {
  return nonces.get(res) ?? "";
}

const assignNonce: RequestHandler = (_req, res, next) => {
  nonces.set(res, randomBytes(16).toString("base64"));
  next();
};

/**
 * Security headers for every response. The policy lets pages run only this site's scripts and
 * the inline ones React Router writes (they carry the nonce); pages cannot be framed; forms post
 * only here (the admin app is linked, never posted to); CSS may use data: images (the form
 * controls' icons).
 */
export function securityHeaders(): RequestHandler[] {
  return [
    assignNonce,
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", (_req, res) => `'nonce-${cspNonceOf(res)}'`],
          scriptSrcAttr: ["'none'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", "data:"],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      referrerPolicy: { policy: "strict-origin-when-cross-origin" },
      xFrameOptions: { action: "deny" },
    }),
  ];
}
