import { type Db, type DbOrTx, tables } from "@atlas/db";
import type { SignInInput, SignUpInput } from "@atlas/domain";
import { and, eq, lt } from "drizzle-orm";
import type { Viewer } from "../../context.ts";
import { UserError } from "../../shared/errors.ts";
import { hashPassword, verifyPassword } from "./passwords.ts";
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

  const token = await db.transaction((tx) => openSession(tx, user.id, meta));
  return { ok: true, userId: user.id, token };
}

/**
 * Starts a session for the person, ending the one the request came with (so a new sign-in
 * always rotates the token: no session fixation); returns the cookie's token. The caller's
 * transaction holds the steps together.
 */
async function openSession(
  db: DbOrTx,
  userId: string,
  meta: { previousTokenHash: string | null; userAgent: string | null },
): Promise<string> {
  const token = newSessionToken();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  if (meta.previousTokenHash) {
    await db.delete(tables.sessions).where(eq(tables.sessions.tokenHash, meta.previousTokenHash));
  }
  // Expired sessions of this person are of no use to anyone: clear them while we are here.
  await db
    .delete(tables.sessions)
    .where(and(eq(tables.sessions.userId, userId), lt(tables.sessions.expiresAt, new Date())));
  await db.insert(tables.sessions).values({
    tokenHash: hashSessionToken(token),
    userId,
    expiresAt,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return token;
}

/** An account with this email exists already. */
export class EmailTakenError extends UserError {
  constructor() {
    super("There is an account with this email address already: sign in instead.");
    this.name = "EmailTakenError";
  }
}

/**
 * Creates an account and signs it in, in one transaction: a new account with no session, or
 * a session with no account, never exists. New accounts hold no roles; claims and
 * invitations give them.
 */
export async function signUp(
  db: Db,
  input: SignUpInput,
  meta: { previousTokenHash: string | null; userAgent: string | null },
): Promise<{ userId: string; token: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(tables.users)
      .values({ name: input.name, email: input.email, passwordHash })
      .onConflictDoNothing({ target: tables.users.email })
      .returning({ id: tables.users.id });
    if (!user) throw new EmailTakenError();
    return { userId: user.id, token: await openSession(tx, user.id, meta) };
  });
}

export async function signOut(db: Db, tokenHash: string): Promise<void> {
  await db.delete(tables.sessions).where(eq(tables.sessions.tokenHash, tokenHash));
}
