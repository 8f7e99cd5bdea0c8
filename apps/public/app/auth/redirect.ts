import { safeLocalPath } from "@atlas/ui";

/** Where to go after signing in when no (safe) destination was asked for. */
export const DEFAULT_REDIRECT = "/";

/** Pages it makes no sense to come back to after signing in, up or out. */
const NOT_A_DESTINATION = ["/sign-in", "/sign-up", "/sign-out"];

/** The destination to send someone to after signing in, made safe (see `safeLocalPath`). */
export function safeRedirectTarget(raw: unknown, fallback: string = DEFAULT_REDIRECT): string {
  return safeLocalPath(raw, { fallback, exclude: NOT_A_DESTINATION });
}

/** The sign-in page's URL that brings the person back to `returnTo` afterwards. */
export function signInHref(returnTo: string): string {
  const target = safeRedirectTarget(returnTo);
  return target === DEFAULT_REDIRECT
    ? "/sign-in"
    : `/sign-in?${new URLSearchParams({ redirectTo: target })}`;
}

/** The sign-up page's URL that brings the new account back to `returnTo` afterwards. */
export function signUpHref(returnTo: string): string {
  const target = safeRedirectTarget(returnTo);
  return target === DEFAULT_REDIRECT
    ? "/sign-up"
    : `/sign-up?${new URLSearchParams({ redirectTo: target })}`;
}
