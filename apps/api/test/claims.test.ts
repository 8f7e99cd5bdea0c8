/**
 * Claims: a signed-up person asks to represent a school (by URN) or administer a trust (by
 * Group UID); asking twice makes one claim; a curator declines with a reason or approves,
 * which grants the role; each step is in the audit log and the person is emailed.
 */
import { tables } from "@atlas/db";
import { buildSchool, buildSectorBody, buildTrust, buildUser } from "@atlas/db/testing";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type Sender, type TestApp } from "./support/testkit.ts";

const REQUEST = `
  mutation RequestClaimTest($input: RequestClaimInput!) {
    requestClaim(input: $input) {
      __typename
      ... on ClaimPayload { claim { id state role school { name } trust { name } } }
      ... on ValidationError { issues { path message } }
      ... on UserError { message }
    }
  }
`;
const DECIDE = `
  mutation DecideClaimTest($input: DecideClaimInput!) {
    decideClaim(input: $input) {
      __typename
      ... on ClaimPayload { claim { state decidedBy decisionReason } }
      ... on ValidationError { issues { path message } }
      ... on UserError { message }
    }
  }
`;

let app: TestApp;
let curator: Sender;
let newcomer: Sender;
let newcomerId: string;
let school: { id: string; urn: number };
let trust: { id: string; groupUid: number };

type Answer = { __typename: string; claim?: { id: string; state: string }; message?: string };

async function ask(input: Record<string, unknown>, as: Sender = newcomer) {
  const answer = await app.executeRaw(REQUEST, { input }, as);
  return answer.expectNoErrors().requestClaim as Answer & {
    issues?: { path: string[]; message: string }[];
  };
}
async function decide(input: Record<string, unknown>, as: Sender = curator) {
  const answer = await app.executeRaw(DECIDE, { input }, as);
  return answer.expectNoErrors().decideClaim as Answer & {
    claim?: { state: string; decidedBy: string; decisionReason: string | null };
    issues?: { path: string[]; message: string }[];
  };
}
const asSchoolMember = () => ({
  role: "SCHOOL_MEMBER",
  urn: school.urn,
  jobTitle: "Headteacher",
  evidence: "Staff page: https://brook.example/staff",
});

beforeAll(async () => {
  app = await createTestApp();
  const db = app.database.db;
  const built = await buildSchool(db, { name: "Brook Primary School" });
  school = { id: built.id, urn: built.urn };
  const builtTrust = await buildTrust(db, { name: "Heron Learning Trust" });
  trust = { id: builtTrust.trust.id, groupUid: builtTrust.trust.groupUid };
  const body = await buildSectorBody(db);
  const cora = await buildUser(db, {
    name: "Cora Curator",
    passwordHash: "x",
    roles: [{ role: "CURATOR", sectorBodyId: body.id }],
  });
  curator = await app.sessionFor(cora.user.id);
  const nia = await buildUser(db, { name: "Nia Newcomer", passwordHash: "x", roles: [] });
  newcomerId = nia.user.id;
  newcomer = await app.sessionFor(nia.user.id);
});
afterAll(() => app?.close());

const grantsOfNewcomer = () =>
  app.database.db
    .select({ role: tables.roleGrants.role, schoolId: tables.roleGrants.schoolId })
    .from(tables.roleGrants)
    .where(and(eq(tables.roleGrants.userId, newcomerId), isNull(tables.roleGrants.revokedAt)));

describe("claims", () => {
  it("makes one claim however often it is asked", async () => {
    const first = await ask(asSchoolMember());
    expect(first.claim).toMatchObject({ state: "PENDING", role: "SCHOOL_MEMBER" });
    const again = await ask(asSchoolMember());
    expect(again.claim?.id).toBe(first.claim?.id);
    expect(await app.database.db.$count(tables.claims)).toBe(1);
  });

  it.each([
    ["a trust without its Group UID", { role: "TRUST_ADMIN" }, ["input", "groupUid"], /Group UID/],
    ["no evidence", { evidence: " " }, ["input", "evidence"], /curator can tell/],
  ])("refuses %s by its field", async (_case, more, path, message) => {
    const answer = await ask({ ...asSchoolMember(), ...more });
    expect(answer.__typename).toBe("ValidationError");
    expect(answer.issues).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it("refuses a URN or Group UID nobody has", async () => {
    const answer = await ask({ ...asSchoolMember(), urn: 999998 });
    expect(answer).toMatchObject({
      __typename: "NotFoundError",
      message: "No school has URN 999998.",
    });
  });

  it("is declined only with a reason, which reaches the person", async () => {
    const [claim] = await app.database.db.select().from(tables.claims);
    const id = Buffer.from(`Claim:${claim?.id}`).toString("base64");
    const bare = await decide({ claimId: id, decision: "DECLINE" });
    expect(bare.issues).toEqual([
      { path: ["input", "reason"], message: expect.stringMatching(/Say why/) },
    ]);
    const declined = await decide({
      claimId: id,
      decision: "DECLINE",
      reason: "The staff page lists no one of that name.",
    });
    expect(declined.claim).toEqual({
      state: "DECLINED",
      decidedBy: "Cora Curator",
      decisionReason: "The staff page lists no one of that name.",
    });
    expect(await grantsOfNewcomer()).toEqual([]);
    const [mail] = await app.database.db
      .select()
      .from(tables.outboxMessages)
      .where(eq(tables.outboxMessages.topic, "claim.declined"));
    expect(mail?.subject).toBe("Your claim to act for Brook Primary School is declined");
    expect(mail?.body).toContain("The staff page lists no one of that name.");
    const twice = await decide({ claimId: id, decision: "APPROVE" });
    expect(twice).toMatchObject({
      __typename: "ClaimRefusedError",
      message: expect.stringMatching(/declined already/),
    });
  });

  it("grants the role on approval, logs both, and then refuses a claim for a role held", async () => {
    const asked = await ask({ ...asSchoolMember(), evidence: "Call the office: 01234 567890." });
    const byNewcomer = await app.executeRaw(
      DECIDE,
      { input: { claimId: asked.claim?.id, decision: "APPROVE" } },
      newcomer,
    );
    expect(byNewcomer.expectErrors().map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    const approved = await decide({ claimId: asked.claim?.id, decision: "APPROVE" });
    expect(approved.claim?.state).toBe("APPROVED");
    expect(await grantsOfNewcomer()).toEqual([{ role: "SCHOOL_MEMBER", schoolId: school.id }]);
    const log = await app.database.db
      .select({ action: tables.auditEvents.action, summary: tables.auditEvents.summary })
      .from(tables.auditEvents)
      .where(eq(tables.auditEvents.schoolId, school.id));
    expect(log.map((e) => e.action).sort()).toEqual([
      "CLAIM_DECIDED",
      "CLAIM_DECIDED",
      "CLAIM_REQUESTED",
      "CLAIM_REQUESTED",
      "ROLE_GRANTED",
    ]);
    expect(log.map((e) => e.summary)).toContain(
      "Nia Newcomer became a member of Brook Primary School",
    );
    // A fresh session reads the new grant.
    const fresh = await app.sessionFor(newcomerId);
    const held = await ask(asSchoolMember(), fresh);
    expect(held).toMatchObject({
      __typename: "ClaimRefusedError",
      message: "You already act for Brook Primary School.",
    });
  });

  it("claims a trust by its Group UID", async () => {
    const answer = await ask({
      role: "TRUST_ADMIN",
      groupUid: trust.groupUid,
      jobTitle: "Chief operating officer",
      evidence: "coo@heron.example",
    });
    expect(answer.claim).toMatchObject({
      state: "PENDING",
      trust: { name: "Heron Learning Trust" },
      school: null,
    });
  });
});
