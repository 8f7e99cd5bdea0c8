import { createTestApi, type TestApi } from "@atlas/api/testing";
import { demoPassword } from "@atlas/data";
import { tables } from "@atlas/db";
import { buildSchool, buildSectorBody, buildTrust, buildUser } from "@atlas/db/testing";
import { gql } from "urql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decisionAnswerOf } from "../src/claims/ClaimDecisionForms.tsx";
import { queueOrder, readQueueStates } from "../src/claims/queue.ts";
import {
  ClaimsQueueDocument,
  DecideClaimDocument,
  InvitationPreviewDocument,
} from "../src/gql/graphql.ts";
import { textOf as text, renderRoute as visit } from "./support/render.tsx";
import { clientIn, demoPasswordHash, sessionIn, signIn } from "./support/session.ts";

// The curators' claims queue and the invitation page of the admin, against the real API on a
// fresh database: people ask (through the API, as the public site does), a curator reads the
// queue and decides; a trust's administrator invites a colleague, who opens the link.
// Server renders do not wait for queries, so each visit first asks the session's own client for
// what the page needs (answered then from its cache).

let api: TestApi;
let curatorEmail: string;
let adminEmail: string;
let school: { urn: number; name: string };
let trust: { rowId: string; groupUid: number; name: string };
const claimIds: Record<"first" | "second", string> = { first: "", second: "" };

const REQUEST_CLAIM = gql`
  mutation RequestClaimFromPublic($input: RequestClaimInput!) {
    requestClaim(input: $input) {
      __typename
      ... on ClaimPayload {
        claim {
          id
        }
      }
    }
  }
`;

const INVITE = gql`
  mutation InviteFromTrustPage($input: InviteColleagueInput!) {
    inviteColleague(input: $input) {
      __typename
    }
  }
`;

async function person(name: string, roles: Parameters<typeof buildUser>[1]["roles"] = []) {
  return buildUser(api.database.db, { name, passwordHash: demoPasswordHash, roles });
}

async function signedInAs(email: string) {
  const visitor = sessionIn(api);
  await signIn(visitor.session.current(), email, demoPassword);
  return visitor;
}

/** A person asks, through the API, to act for an organisation; the claim's id. */
async function claimAs(email: string, input: Record<string, unknown>): Promise<string> {
  const { browser } = sessionIn(api);
  const client = clientIn(api, browser);
  await signIn(client, email, demoPassword);
  const result = await client.mutation(REQUEST_CLAIM, { input }).toPromise();
  expect(result.data?.requestClaim.__typename).toBe("ClaimPayload");
  return result.data.requestClaim.claim.id as string;
}

beforeAll(async () => {
  api = await createTestApi();
  const { db } = api.database;
  const built = await buildSchool(db, { name: "Brook Primary School" });
  school = { urn: built.urn, name: built.name };
  const { trust: heron } = await buildTrust(db, { name: "Heron Learning Trust" });
  trust = { rowId: heron.id, groupUid: heron.groupUid, name: heron.name };
  const body = await buildSectorBody(db, { name: "Trust Atlas Curation" });
  curatorEmail = (await person("Cora Curator", [{ role: "CURATOR", sectorBodyId: body.id }])).email;
  adminEmail = (await person("Tia Admin", [{ role: "TRUST_ADMIN", trustId: heron.id }])).email;

  claimIds.first = await claimAs((await person("Nia Newcomer")).email, {
    role: "SCHOOL_MEMBER",
    urn: school.urn,
    jobTitle: "Headteacher",
    evidence: "Named on the school's staff page.\nCall the office to check.",
  });
  claimIds.second = await claimAs((await person("Omar Operations")).email, {
    role: "TRUST_ADMIN",
    groupUid: trust.groupUid,
    jobTitle: "Chief operating officer",
    evidence: "My work address is on the trust's domain.",
  });
});

afterAll(async () => {
  await api?.close();
});

const headings = (html: string) =>
  [...html.matchAll(/<h([1-3])[^>]*>(.*?)<\/h\1>/g)].map(
    (m) => `h${m[1]} ${text(m[2] ?? "").trim()}`,
  );

describe("the claims queue", () => {
  it("lists the waiting claims, oldest first, with who, what, the role and the evidence", async () => {
    const { session } = await signedInAs(curatorEmail);
    const queue = await session
      .current()
      .query(ClaimsQueueDocument, { states: ["PENDING"] })
      .toPromise();
    expect(queue.error).toBeUndefined();
    const { html } = await visit(session, "/claims");
    expect(headings(html)).toEqual([
      "h1 Claims",
      `h2 Nia Newcomer for ${school.name} (URN ${school.urn})`,
      `h2 Omar Operations for ${trust.name} (Group UID ${trust.groupUid})`,
    ]);
    const content = text(html);
    expect(content).toContain("2 claims");
    expect(content).toContain("Role School member");
    expect(content).toContain("Job title Headteacher");
    // The evidence keeps its line breaks.
    expect(html).toContain(
      '<span class="admin-prewrap">Named on the school&#x27;s staff page.\nCall the office to check.</span>',
    );
    expect(content).toContain("Role Trust administrator");
    expect(content).toMatch(/Who Nia Newcomer, nia\.newcomer\.\d+@example\.org/);
    expect(content).toContain("Awaiting a curator");
    expect(html).toContain('aria-label="Decline Nia Newcomer&#x27;s claim"');
    expect(html).toContain("Reason for declining");
    // The side navigation has the queue, marked as the page shown.
    expect(html).toContain('aria-current="page" href="/claims"');
  });

  it("is for curators only", async () => {
    const { session } = await signedInAs(adminEmail);
    const { html } = await visit(session, "/claims");
    expect(text(html)).toContain("You cannot use this area");
    expect(html).not.toContain('href="/claims"');
  });

  it("decides: a decline needs a reason, an approval grants the role, and a claim is decided once", async () => {
    const { session } = await signedInAs(curatorEmail);
    const client = session.current();
    const decide = async (claimId: string, decision: "APPROVE" | "DECLINE", reason?: string) =>
      decisionAnswerOf(
        (
          await client
            .mutation(DecideClaimDocument, { input: { claimId, decision, reason: reason ?? null } })
            .toPromise()
        ).data?.decideClaim,
      );

    expect(await decide(claimIds.second, "DECLINE")).toEqual({
      kind: "reason",
      text: "Say why the claim is declined: the person reads it.",
    });
    expect(await decide(claimIds.first, "APPROVE")).toEqual({ kind: "done" });
    expect(await decide(claimIds.first, "DECLINE", "Too late")).toEqual({
      kind: "error",
      text: "This claim was approved already, by Cora Curator.",
    });
    expect(
      await decide(claimIds.second, "DECLINE", "The trust says you do not work there."),
    ).toEqual({ kind: "done" });
    expect(decisionAnswerOf(null).kind).toBe("error");

    // Nothing waits now; the decided ones show with who decided and why.
    const pending = await client
      .query(ClaimsQueueDocument, { states: ["PENDING"] }, { requestPolicy: "network-only" })
      .toPromise();
    expect(pending.data?.claims).toEqual([]);
    expect(text((await visit(session, "/claims")).html)).toContain(
      "No claim is waiting for a curator.",
    );
    const decided = await client
      .query(ClaimsQueueDocument, { states: ["APPROVED", "DECLINED"] })
      .toPromise();
    expect(decided.data?.claims).toHaveLength(2);
    const { html } = await visit(session, "/claims?state=APPROVED&state=DECLINED");
    const content = text(html);
    expect(content).toContain("2 claims");
    expect(content).toContain("Reason The trust says you do not work there.");
    expect(content).toMatch(/Decided \d{1,2} \w+ \d{4} at \d{2}:\d{2} by Cora Curator/);
    expect(html).not.toContain("Reason for declining");
    // The latest decision first.
    expect(headings(html)[1]).toContain("Omar Operations");
  });

  it("reads its filter from the address, and puts waiting claims first", () => {
    expect(readQueueStates(new URLSearchParams(""))).toEqual(["PENDING"]);
    expect(readQueueStates(new URLSearchParams("state=DECLINED&state=NONSENSE"))).toEqual([
      "DECLINED",
    ]);
    const claims = [
      {
        id: "a",
        state: "APPROVED",
        createdAt: "2026-01-01T00:00:00Z",
        decidedAt: "2026-01-02T00:00:00Z",
      },
      { id: "b", state: "PENDING", createdAt: "2026-01-05T00:00:00Z", decidedAt: null },
      {
        id: "c",
        state: "DECLINED",
        createdAt: "2026-01-01T00:00:00Z",
        decidedAt: "2026-01-03T00:00:00Z",
      },
      { id: "d", state: "PENDING", createdAt: "2026-01-04T00:00:00Z", decidedAt: null },
    ] as const;
    expect(queueOrder(claims).map((c) => c.id)).toEqual(["d", "b", "c", "a"]);
  });
});

/** The token in the newest invitation email to this address. */
async function tokenSentTo(email: string): Promise<string> {
  const sent = await api.database.db.select().from(tables.outboxMessages);
  const body = sent.filter((m) => m.recipientEmail === email).at(-1)?.body ?? "";
  const token = /\/invitations\/([A-Za-z0-9_-]{43})/.exec(body)?.[1];
  if (!token) throw new Error(`no invitation sent to ${email}`);
  return token;
}

describe("an invitation to administer a trust", () => {
  let invitee = "";
  let token = "";

  beforeAll(async () => {
    invitee = (await person("Ivy Invited")).email;
    const { session } = await signedInAs(adminEmail);
    const viewer = await session
      .current()
      .query(
        gql`
          query TrustOfAdmin {
            viewer {
              id
              roles {
                trust {
                  id
                }
              }
            }
          }
        `,
        {},
      )
      .toPromise();
    const organisationId = viewer.data?.viewer?.roles?.[0]?.trust?.id as string;
    const sent = await session
      .current()
      .mutation(INVITE, { input: { organisationId, email: invitee } })
      .toPromise();
    expect(sent.data?.inviteColleague.__typename).toBe("InvitationPayload");
    token = await tokenSentTo(invitee);
  });

  it("shows the invitation before signing in, with the ways to sign in or sign up", async () => {
    const { session } = sessionIn(api);
    const { html } = await visit(session, `/invitations/${token}`);
    const content = text(html);
    expect(headings(html)[0]).toBe(`h1 Invitation Join ${trust.name} on Trust Atlas`);
    expect(content).toContain(`Tia Admin invites you to be an administrator of ${trust.name}.`);
    expect(content).toContain(`Sent to ${invitee}`);
    expect(html).toContain(`href="/sign-in?redirectTo=%2Finvitations%2F${token}"`);
    expect(html).toContain(
      `href="https://trustatlas.example/sign-up?redirectTo=%2Finvitations%2F${token}"`,
    );
    expect(html).not.toContain("Accept the invitation");
  });

  it("is accepted by the person it was sent to, once", async () => {
    const { session } = await signedInAs(invitee);
    // Only the address it was sent to may accept: another person is told why.
    const stranger = await signedInAs(curatorEmail);
    const refused = await visit(stranger.session, `/invitations/${token}`);
    expect(text(refused.html)).toContain(
      `This invitation was sent to ${invitee}. Sign in with that address to accept it.`,
    );

    const before = await visit(session, `/invitations/${token}`);
    expect(text(before.html)).toContain("Accept the invitation");
    const accepted = await visit(session, `/invitations/${token}`, { method: "POST" });
    expect(text(accepted.html)).toContain(`You are now an administrator of ${trust.name}.`);
    // The dashboard knows at once: the viewer's roles were asked for again.
    const { html } = await visit(session, "/");
    expect(text(html)).toContain(trust.name);

    const spent = await visit(session, `/invitations/${token}`);
    expect(text(spent.html)).toMatch(/This invitation has been used already/);
    const preview = await session
      .current()
      .query(InvitationPreviewDocument, { token }, { requestPolicy: "network-only" })
      .toPromise();
    expect(preview.data?.invitation?.acceptedAt).toEqual(expect.any(String));
  });

  it("is not found for a link we did not send", async () => {
    const { session } = sessionIn(api);
    for (const bad of ["nope", "A".repeat(43)]) {
      const { context } = await visit(session, `/invitations/${bad}`);
      expect(context?.statusCode).toBe(404);
    }
  });
});
