import { type ActionFunction, type LoaderFunction, redirect } from "react-router";
import { graphql } from "../gql/index.ts";
import { signInPath } from "./redirect.ts";
import type { SessionClient } from "./session-client.ts";

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut {
      signedOut
    }
  }
`);

/** Where someone lands after signing out: the sign-in page, saying they have signed out. */
export const signedOutPath = `${signInPath}?signedOut=1`;

/** POST /sign-out: ends the session on the API, then forgets everything cached for it. */
export function signOutAction(session: SessionClient): ActionFunction {
  return async () => {
    const result = await session.current().mutation(SignOutMutation, {}).toPromise();
    // If the API did not answer, the cookie may still be live: say so rather than pretend.
    if (result.error) throw result.error;
    session.reset();
    return redirect(signedOutPath);
  };
}

/** GET /sign-out (a bookmark, a typed address): signing out only happens by the button. */
export const signOutLoader: LoaderFunction = () => redirect("/");
