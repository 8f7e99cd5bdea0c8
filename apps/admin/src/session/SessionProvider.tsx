import { createContext, type ReactNode, useContext, useSyncExternalStore } from "react";
import { Provider as UrqlProvider } from "urql";
import type { SessionClient } from "./session-client.ts";

const SessionContext = createContext<SessionClient | null>(null);

/** Provides the current session's urql client, swapping it when the session is reset. */
export function SessionProvider({
  session,
  children,
}: {
  session: SessionClient;
  children: ReactNode;
}) {
  const client = useSyncExternalStore(session.subscribe, session.current, session.current);
  return (
    <SessionContext value={session}>
      <UrqlProvider value={client}>{children}</UrqlProvider>
    </SessionContext>
  );
}

export function useSession(): SessionClient {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession needs a SessionProvider above it.");
  return session;
}
