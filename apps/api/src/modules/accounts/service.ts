import { type Db, tables } from "@atlas/db";
import type { SignInInput } from "@atlas/domain";
import { and, eq, lt } from "drizzle-orm";
import type { Viewer } from "../../context.ts";
import { verifyPassword } from "./passwords.ts";
import { hashSessionToken, newSessionToken, SESSION_TTL_MS } from "./session-token.ts";

/** Finds who a session token belongs to, with their current roles, in one statement. */
export async function findViewerBySessionToken(db: Db, token: string): Promise<Viewer | null> {
  const tokenHash = hashSessionToken(token);
  const session = await db.query.sessions.findFirst({
    where: { tokenHash, expiresAt: { gt: new Date() } },
    with: { user: { with: { roleGrants: true } } },
  });
  if (!session) return null;
  const { user } = session;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    sessionTokenHash: tokenHash,
    grants: user.roleGrants.map((g) => ({
      role: g.role,
      trustId: g.trustId,
      schoolId: g.schoolId,
      sectorBodyId: g.sectorBodyId,
    })),
  };
}

export type SignInOutcome = { ok: true; userId: string; token: string } | { ok: false };

/**
 * Checks the credentials and opens a new session. A wrong password and an unknown email give
 * the same outcome in about the same time. The session the request came with, if any, is ended
 * in the same transaction, so signing in always rotates the token (no session fixation).
 */
export async function signIn(
  db: Db,
  input: SignInInput,
  meta: { previousTokenHash: string | null; userAgent: string | null },
): Promise<SignInOutcome> {
  const user = await db.query.users.findFirst({
    where: { email: input.email },
    columns: { id: true, passwordHash: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !valid) return { ok: false };

  const token = newSessionToken();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.transaction(async (tx) => {
    if (meta.previousTokenHash) {
      await tx.delete(tables.sessions).where(eq(tables.sessions.tokenHash, meta.previousTokenHash));
    }
    // Expired sessions of this person are of no use to anyone: clear them while we are here.
    await tx
      .delete(tables.sessions)
      .where(and(eq(tables.sessions.userId, user.id), lt(tables.sessions.expiresAt, new Date())));
    await tx.insert(tables.sessions).values({
      tokenHash: hashSessionToken(token),
      userId: user.id,
      expiresAt,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
  });
  return { ok: true, userId: user.id, token };
}

export async function signOut(db: Db, tokenHash: string): Promise<void> {
  await db.delete(tables.sessions).where(eq(tables.sessions.tokenHash, tokenHash));
}
