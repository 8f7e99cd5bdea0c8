import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import helmet from "helmet";
import { tileImageSource } from "../app/map-tiles.ts";

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

export interface SecurityHeaderOptions {
  /** MAP_TILE_URL: its host may serve images (the map's tiles). */
  mapTileUrl?: string | null;
}

/** Where images may come from: this site, data: URLs, and the map's tile host when there is one. */
export function imageSources(mapTileUrl: string | null | undefined): string[] {
  const tiles = mapTileUrl ? tileImageSource(mapTileUrl) : null;
  return tiles === null ? ["'self'", "data:"] : ["'self'", "data:", tiles];
}

/**
 * Security headers for every response. The policy lets pages run only this site's scripts and
 * the inline ones React Router writes (they carry the nonce); pages cannot be framed; forms post
 * only here (the admin app is linked, never posted to); CSS may use data: images (the form
 * controls' icons, Leaflet's); the map may load tiles from the configured tile host, and from
 * nowhere else.
 */
export function securityHeaders(options: SecurityHeaderOptions = {}): RequestHandler[] {
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
          imgSrc: imageSources(options.mapTileUrl),
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
