import { signInInputSchema, signUpInputSchema } from "@atlas/domain";
import { builder } from "../../builder.ts";
import { readCookie, setCookie } from "../../http/cookies.ts";
import { RoleEnum } from "../../shared/enums.ts";
import { parseInput, UserError, ValidationError } from "../../shared/errors.ts";
import { UserErrorInterface } from "../../shared/user-error-types.ts";
import { EmailTakenError, findViewerBySessionToken, signIn, signOut, signUp } from "./service.ts";
import { hashSessionToken, SESSION_TTL_MS, sessionCookieName } from "./session-token.ts";
import { userAdminTrustIds } from "./sql.ts";

builder.drizzleObject("sectorBodies", {
  name: "SectorBody",
  description: "A national body of the sector that verifies trusts and curates listings.",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    slug: t.exposeString("slug"),
  }),
});

builder.drizzleObject("roleGrants", {
  name: "RoleGrant",
  description:
    "A role a person holds in one organisation. Private: seen by the person, by administrators of the trust it is held in, and by curators (a curator's role only by curators of the same sector body).",
  authScopes: (grant) => ({
    $any: {
      self: grant.userId,
      ...(grant.trustId ? { trustAdmin: grant.trustId } : {}),
      ...(grant.sectorBodyId ? { curatorOf: grant.sectorBodyId } : { curator: true }),
    },
  }),
  fields: (t) => ({
    role: t.expose("role", { type: RoleEnum }),
    trust: t.relation("trust", { nullable: true, description: "Set for TRUST_ADMIN." }),
    school: t.relation("school", { nullable: true, description: "Set for SCHOOL_MEMBER." }),
    sectorBody: t.relation("sectorBody", { nullable: true, description: "Set for CURATOR." }),
    user: t.relation("user", {
      nullable: true,
      description: "The person; null when not yours to see.",
    }),
    grantedAt: t.expose("grantedAt", { type: "DateTime" }),
  }),
});

export const UserRef = builder.drizzleObject("users", {
  name: "User",
  description:
    "A person with an account. Private: seen by the person, by curators, and by fellow administrators of a trust they run.",
  select: {
    columns: { id: true },
    extras: { adminTrustIds: (user) => userAdminTrustIds(user) },
  },
  authScopes: (user) => ({
    $any: { self: user.id, curator: true, trustAdminOfAny: user.adminTrustIds },
  }),
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    email: t.exposeString("email", {
      description: "Seen by the person, curators, and fellow administrators of a trust they run.",
    }),
    roles: t.relation("roleGrants", {
      nullable: true,
      description:
        "The roles the person holds today. Seen by the person and by curators; null when one of them is not the viewer's to see (a curator's role in another sector body).",
      authScopes: (user) => ({ $any: { self: user.id, curator: true } }),
    }),
  }),
});

export class InvalidCredentialsError extends UserError {
  constructor() {
    super("The email address or password is not right.");
    this.name = "InvalidCredentialsError";
  }
}

builder.objectType(InvalidCredentialsError, {
  name: "InvalidCredentialsError",
  description: "The email and password do not match an account (which of the two is never said).",
  interfaces: [UserErrorInterface],
});

function waitWords(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

export class TooManyAttemptsError extends UserError {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many sign-in attempts. Wait ${waitWords(retryAfterSeconds)}, then try again.`);
    this.name = "TooManyAttemptsError";
  }
}

builder.objectType(TooManyAttemptsError, {
  name: "TooManyAttemptsError",
  description:
    "Sign-in is paused after repeated failures: for this account for up to a minute, or for this address longer.",
  interfaces: [UserErrorInterface],
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt("retryAfterSeconds", {
      description: "How long to wait before trying again.",
    }),
  }),
});

const SignInInput = builder.inputType("SignInInput", {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
  }),
});

const SignUpInput = builder.inputType("SignUpInput", {
  fields: (t) => ({
    name: t.string({ required: true, description: "The name colleagues and curators see." }),
    email: t.string({ required: true }),
    password: t.string({ required: true, description: "At least 12 characters." }),
  }),
});

builder.objectType(EmailTakenError, {
  name: "EmailTakenError",
  description: "There is an account with this email address already.",
  interfaces: [UserErrorInterface],
});

const SignInPayload = builder.objectRef<{ userId: string }>("SignInPayload").implement({
  description: "The signed-in person. The session cookie is set on the response.",
  fields: (t) => ({
    viewer: t.drizzleField({
      type: "users",
      resolve: async (query, payload, _args, ctx) => {
        const user = await ctx.db.query.users.findFirst(query({ where: { id: payload.userId } }));
        if (!user) throw new Error("signed-in user vanished");
        return user;
      },
    }),
  }),
});

const SignOutPayload = builder.objectRef<{ signedOut: boolean }>("SignOutPayload").implement({
  fields: (t) => ({
    signedOut: t.exposeBoolean("signedOut", { description: "True when a session was ended." }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.drizzleField({
    type: UserRef,
    nullable: true,
    description: "The signed-in person, or null.",
    resolve: (query, _parent, _args, ctx) =>
      ctx.viewer ? ctx.db.query.users.findFirst(query({ where: { id: ctx.viewer.id } })) : null,
  }),
}));

builder.mutationFields((t) => ({
  signIn: t.field({
    type: SignInPayload,
    description: "Signs in with email and password, starting a new session (any old one ends).",
    args: { input: t.arg({ type: SignInInput, required: true }) },
    errors: { types: [ValidationError, InvalidCredentialsError, TooManyAttemptsError] },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(signInInputSchema, args.input);
      const wait = await ctx.signInThrottle.begin(input.email, ctx.clientIp);
      if (wait !== null) throw new TooManyAttemptsError(wait);
      const previous = readCookie(ctx.request, sessionCookieName(ctx.cookieSecure));
      const outcome = await signIn(ctx.db, input, {
        previousTokenHash: previous ? hashSessionToken(previous) : null,
        userAgent: ctx.request.headers.get("user-agent"),
      });
      if (!outcome.ok) throw new InvalidCredentialsError();
      await ctx.signInThrottle.succeeded(input.email, ctx.clientIp);
      setCookie(ctx.request, sessionCookieName(ctx.cookieSecure), outcome.token, {
        maxAgeSeconds: Math.floor(SESSION_TTL_MS / 1000),
        secure: ctx.cookieSecure,
      });
      // The rest of this response (the payload's viewer) is answered as the person now signed in.
      ctx.viewer = await findViewerBySessionToken(ctx.db, outcome.token);
      return { userId: outcome.userId };
    },
  }),
  signUp: t.field({
    type: SignInPayload,
    description:
      "Creates an account and signs it in. A new account holds no roles: ask for one with requestClaim, or accept a colleague's invitation.",
    args: { input: t.arg({ type: SignUpInput, required: true }) },
    errors: { types: [ValidationError, EmailTakenError, TooManyAttemptsError] },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(signUpInputSchema, args.input);
      // The same throttle as signing in: creating accounts by the thousand is held back too.
      const wait = await ctx.signInThrottle.begin(input.email, ctx.clientIp);
      if (wait !== null) throw new TooManyAttemptsError(wait);
      const previous = readCookie(ctx.request, sessionCookieName(ctx.cookieSecure));
      const made = await signUp(ctx.db, input, {
        previousTokenHash: previous ? hashSessionToken(previous) : null,
        userAgent: ctx.request.headers.get("user-agent"),
      });
      await ctx.signInThrottle.succeeded(input.email, ctx.clientIp);
      setCookie(ctx.request, sessionCookieName(ctx.cookieSecure), made.token, {
        maxAgeSeconds: Math.floor(SESSION_TTL_MS / 1000),
        secure: ctx.cookieSecure,
      });
      ctx.viewer = await findViewerBySessionToken(ctx.db, made.token);
      return { userId: made.userId };
    },
  }),
  signOut: t.field({
    type: SignOutPayload,
    description: "Ends the current session and clears its cookie.",
    resolve: async (_root, _args, ctx) => {
      setCookie(ctx.request, sessionCookieName(ctx.cookieSecure), "", {
        maxAgeSeconds: 0,
        secure: ctx.cookieSecure,
      });
      if (!ctx.viewer) return { signedOut: false };
      await signOut(ctx.db, ctx.viewer.sessionTokenHash);
      return { signedOut: true };
    },
  }),
}));
