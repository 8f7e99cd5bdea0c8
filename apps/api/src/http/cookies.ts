import type { Plugin } from "graphql-yoga";

export interface CookieOptions {
  maxAgeSeconds: number;
  secure: boolean;
}

/** Response cookies a resolver asked for, keyed by the request they answer. */
const pending = new WeakMap<Request, string[]>();

export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join("="));
    } catch {
      // A mangled cookie is no session: treat it as absent rather than fail every request.
      return undefined;
    }
  }
  return undefined;
}

export function setCookie(request: Request, name: string, value: string, opts: CookieOptions) {
  const attributes = [
    `${name}=${encodeURIComponent(value)}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${opts.maxAgeSeconds}`,
  ];
  if (opts.secure) attributes.push("Secure");
  const list = pending.get(request) ?? [];
  list.push(attributes.join("; "));
  pending.set(request, list);
}

/** Copies cookies set during execution onto the response. */
export function useResponseCookies(): Plugin {
  return {
    onResponse({ request, response }) {
      for (const cookie of pending.get(request) ?? [])
        response.headers.append("set-cookie", cookie);
      pending.delete(request);
    },
  };
}
