import type { SessionClient } from "../session/session-client.ts";
import { SignInPage } from "./SignInPage.tsx";
import { signInAction, signInLoader } from "./sign-in-route.ts";

/**
 * The sign-in route, loaded on demand: it alone needs the form validation (zod), so people
 * already signed in never download it.
 */
export function signInRoute(session: SessionClient) {
  return { loader: signInLoader(session), action: signInAction(session), Component: SignInPage };
}
