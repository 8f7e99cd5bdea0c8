import { createBrowserRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { createAtlasClient } from "../graphql/client.ts";
import { SessionProvider } from "../session/SessionProvider.tsx";
import { createSessionClient, type SessionClient } from "../session/session-client.ts";
import { adminRoutes } from "./routes.tsx";

export interface AdminAppParts {
  session: SessionClient;
  router: ReturnType<typeof createBrowserRouter>;
}

/** The session's client and the browser router: made once, when the page loads. */
export function createAdminApp(): AdminAppParts {
  const session = createSessionClient(() => {
    const client = createAtlasClient({
      // The API says the session is over (expired, or ended in another tab): start afresh, and
      // let the auth guard send the person to sign in, back to this page afterwards. Several
      // queries may say so at once; the first one resets.
      onUnauthenticated: () => {
        if (session.current() !== client) return;
        session.reset();
        void router.revalidate();
      },
    });
    return client;
  });
  const router = createBrowserRouter(adminRoutes(session));
  return { session, router };
}

export function AdminApp({ session, router }: AdminAppParts) {
  return (
    <SessionProvider session={session}>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}
