import { describe, expect, it } from "vitest";
import {
  applyPartnershipCommand,
  availablePartnershipActions,
  type PartnershipActor,
  type PartnershipCommand,
  type PartnershipSnapshot,
  partnershipTransitions,
} from "../src/rules/partnership-lifecycle.ts";
import type { PartnershipTerms } from "../src/schemas/partnership.ts";
import {
  type PartnershipAction,
  type PartnershipState,
  partnershipActions,
  partnershipParties,
  partnershipStates,
} from "../src/vocabularies/partnerships.ts";

const TODAY = "2026-10-01";

const terms: PartnershipTerms = {
  startDate: "2026-09-01",
  endDate: "2027-07-31",
  focusAreas: ["CURRICULUM"],
  objectives: "Raise standards in reading.",
  serviceChargePounds: 4500,
  extensionAllowed: true,
  maxTermMonths: 24,
  servicesProvided: "Termly curriculum reviews.",
  dataProtection: "Shared under the trust's data sharing agreement.",
};
const newTerms: PartnershipTerms = { ...terms, startDate: "2026-11-01", endDate: "2027-10-31" };

const snapshot = (
  state: PartnershipState,
  changes: Partial<PartnershipSnapshot> = {},
): PartnershipSnapshot => ({
  state,
  terms,
  confirmedBy: [],
  endDate: terms.endDate,
  outcome: null,
  ...changes,
});

/** A command for each action carrying everything it needs, so only state and actor decide. */
const validCommand: Record<PartnershipAction, PartnershipCommand> = {
  OPEN_DISCUSSION: { action: "OPEN_DISCUSSION" },
  PROPOSE_TERMS: { action: "PROPOSE_TERMS", terms: newTerms, reason: "A later start suits us." },
  CONFIRM_TERMS: { action: "CONFIRM_TERMS" },
  DECLINE: { action: "DECLINE", reason: "We have no capacity this year." },
  WITHDRAW: { action: "WITHDRAW", reason: "The governors have decided to wait." },
  START: { action: "START" },
  EXTEND: { action: "EXTEND", endDate: "2028-01-31", reason: "To finish the reading work." },
  CONCLUDE: { action: "CONCLUDE", outcome: "JOINING_TRUST", reason: "The school is joining." },
};

/**
 * The rules as the brief gives them, written out here rather than read from
 * `partnershipTransitions`, so that a mistake in the table shows up as a failing test. `to` is
 * where a single step goes from the snapshot above (one confirmation leaves it in discussion).
 */
const expected: Record<
  PartnershipAction,
  { from: PartnershipState[]; by: PartnershipActor[]; to: PartnershipState | "SAME" }
> = {
  OPEN_DISCUSSION: { from: ["REQUESTED"], by: ["TRUST"], to: "IN_DISCUSSION" },
  PROPOSE_TERMS: {
    from: ["REQUESTED", "IN_DISCUSSION"],
    by: ["SCHOOL", "TRUST"],
    to: "IN_DISCUSSION",
  },
  CONFIRM_TERMS: { from: ["IN_DISCUSSION"], by: ["SCHOOL", "TRUST"], to: "IN_DISCUSSION" },
  DECLINE: { from: ["REQUESTED", "IN_DISCUSSION"], by: ["TRUST"], to: "DECLINED" },
  WITHDRAW: { from: ["REQUESTED", "IN_DISCUSSION", "AGREED"], by: ["SCHOOL"], to: "WITHDRAWN" },
  START: { from: ["AGREED"], by: ["SYSTEM", "SCHOOL", "TRUST"], to: "ACTIVE" },
  EXTEND: { from: ["ACTIVE"], by: ["SCHOOL", "TRUST"], to: "SAME" },
  CONCLUDE: { from: ["ACTIVE"], by: ["SCHOOL", "TRUST"], to: "CONCLUDED" },
};

const actors: PartnershipActor[] = [...partnershipParties.keys, "SYSTEM"];

const grid = partnershipStates.keys.flatMap((state) =>
  partnershipActions.keys.flatMap((action) =>
    actors.map((actor) => {
      const rule = expected[action];
      const outcome = !rule.from.includes(state)
        ? "NOT_IN_THIS_STATE"
        : !rule.by.includes(actor)
          ? "NOT_YOUR_STEP"
          : rule.to === "SAME"
            ? state
            : rule.to;
      return [state, action, actor, outcome] as const;
    }),
  ),
);

describe("applyPartnershipCommand, every state, action and actor", () => {
  it("covers 7 states, 8 actions and 3 actors", () => {
    expect(grid).toHaveLength(7 * 8 * 3);
  });

  it.each(grid)("%s: %s by %s gives %s", (state, action, actor, outcome) => {
    const result = applyPartnershipCommand(snapshot(state), validCommand[action], actor, TODAY);
    if (outcome === "NOT_IN_THIS_STATE" || outcome === "NOT_YOUR_STEP") {
      expect(result).toMatchObject({ ok: false, refusal: { code: outcome } });
    } else {
      expect(result).toMatchObject({ ok: true, next: { state: outcome } });
    }
  });
});

describe("partnershipTransitions", () => {
  it("agrees with the rules, one row for each action", () => {
    expect(partnershipTransitions.map((t) => t.action)).toEqual(partnershipActions.keys);
    for (const t of partnershipTransitions) {
      const rule = expected[t.action];
      expect([...t.from].sort()).toEqual([...rule.from].sort());
      expect([...t.by].sort()).toEqual([...rule.by].sort());
    }
  });

  it("leads nowhere out of the final states", () => {
    for (const final of ["DECLINED", "WITHDRAWN", "CONCLUDED"] as const)
      expect(partnershipTransitions.filter((t) => t.from.includes(final))).toEqual([]);
  });

  it("names what each guarded step requires", () => {
    const requires = (action: PartnershipAction) =>
      partnershipTransitions.find((t) => t.action === action)?.requires ?? [];
    for (const action of ["DECLINE", "WITHDRAW", "EXTEND", "CONCLUDE"] as const)
      expect(requires(action)).toContain("a reason");
    expect(requires("START")).toEqual(["the start date has come"]);
  });
});

describe("availablePartnershipActions", () => {
  it.each(
    partnershipStates.keys.flatMap((state) => actors.map((actor) => [state, actor] as const)),
  )("offers %s to %s exactly the steps that would be accepted", (state, actor) => {
    const accepted = partnershipActions.keys.filter(
      (action) => applyPartnershipCommand(snapshot(state), validCommand[action], actor, TODAY).ok,
    );
    expect(availablePartnershipActions(snapshot(state), actor, TODAY)).toEqual(accepted);
  });

  it.each([
    [
      "a trust, a new request",
      snapshot("REQUESTED"),
      "TRUST",
      TODAY,
      ["OPEN_DISCUSSION", "PROPOSE_TERMS", "DECLINE"],
    ],
    [
      "a school, a new request",
      snapshot("REQUESTED"),
      "SCHOOL",
      TODAY,
      ["PROPOSE_TERMS", "WITHDRAW"],
    ],
    [
      "a school that has confirmed",
      snapshot("IN_DISCUSSION", { confirmedBy: ["SCHOOL"] }),
      "SCHOOL",
      TODAY,
      ["PROPOSE_TERMS", "WITHDRAW"],
    ],
    [
      "a trust the school has confirmed to",
      snapshot("IN_DISCUSSION", { confirmedBy: ["SCHOOL"] }),
      "TRUST",
      TODAY,
      ["PROPOSE_TERMS", "CONFIRM_TERMS", "DECLINE"],
    ],
    ["the system, before the start date", snapshot("AGREED"), "SYSTEM", "2026-08-31", []],
    ["the system, on the start date", snapshot("AGREED"), "SYSTEM", "2026-09-01", ["START"]],
    ["a school, before the start date", snapshot("AGREED"), "SCHOOL", "2026-08-31", ["WITHDRAW"]],
    [
      "a trust, terms that allow no extension",
      snapshot("ACTIVE", { terms: { ...terms, extensionAllowed: false } }),
      "TRUST",
      TODAY,
      ["CONCLUDE"],
    ],
    [
      "a trust, already extended to the maximum term",
      snapshot("ACTIVE", { endDate: "2028-09-01" }),
      "TRUST",
      TODAY,
      ["CONCLUDE"],
    ],
    ["the system, an active partnership", snapshot("ACTIVE"), "SYSTEM", TODAY, []],
    ["a school, a concluded partnership", snapshot("CONCLUDED"), "SCHOOL", TODAY, []],
  ] as const)("offers %s", (_name, current, actor, today, actions) => {
    expect(availablePartnershipActions(current, actor, today)).toEqual(actions);
  });
});

const refusal = (
  current: PartnershipSnapshot,
  command: PartnershipCommand,
  actor: PartnershipActor,
  today = TODAY,
) => {
  const result = applyPartnershipCommand(current, command, actor, today);
  return result.ok ? null : result.refusal;
};

describe("refusals say what to do", () => {
  it.each([
    [
      "declining a concluded partnership",
      snapshot("CONCLUDED"),
      validCommand.DECLINE,
      "TRUST",
      {
        code: "NOT_IN_THIS_STATE",
        message:
          "A partnership that is concluded cannot be declined. It has ended, so nothing more can be done with it.",
      },
    ],
    [
      "starting one still in discussion",
      snapshot("IN_DISCUSSION"),
      validCommand.START,
      "SYSTEM",
      {
        code: "NOT_IN_THIS_STATE",
        message:
          "A partnership that is in discussion cannot be started. What can be done now: propose changes to terms, confirm the agreement, decline or withdraw.",
      },
    ],
    [
      "a school declining",
      snapshot("REQUESTED"),
      validCommand.DECLINE,
      "SCHOOL",
      { code: "NOT_YOUR_STEP", message: "Only the trust can decline a request." },
    ],
    [
      "a trust withdrawing",
      snapshot("AGREED"),
      validCommand.WITHDRAW,
      "TRUST",
      { code: "NOT_YOUR_STEP", message: "Only the school can withdraw from a partnership." },
    ],
    [
      "the system concluding",
      snapshot("ACTIVE"),
      validCommand.CONCLUDE,
      "SYSTEM",
      {
        code: "NOT_YOUR_STEP",
        message: "Only the school or the trust can conclude a partnership.",
      },
    ],
    // State comes before actor, and actor before the fields.
    [
      "a school declining a concluded partnership",
      snapshot("CONCLUDED"),
      validCommand.DECLINE,
      "SCHOOL",
      { code: "NOT_IN_THIS_STATE" },
    ],
    [
      "a school declining without a reason",
      snapshot("REQUESTED"),
      { action: "DECLINE", reason: "" },
      "SCHOOL",
      { code: "NOT_YOUR_STEP" },
    ],
  ] as const)("refuses %s", (_name, current, command, actor, expectedRefusal) => {
    expect(refusal(current, command, actor)).toMatchObject(expectedRefusal);
  });
});

describe("reasons", () => {
  it.each([
    [
      "DECLINE",
      "REQUESTED",
      "TRUST",
      "",
      "Say why the request is declined; the school will see the reason.",
    ],
    [
      "DECLINE",
      "IN_DISCUSSION",
      "TRUST",
      "   ",
      "Say why the request is declined; the school will see the reason.",
    ],
    [
      "WITHDRAW",
      "AGREED",
      "SCHOOL",
      "",
      "Say why the school is withdrawing; the trust will see the reason.",
    ],
    ["EXTEND", "ACTIVE", "TRUST", "\n\t", "Say why the partnership is being extended."],
    ["CONCLUDE", "ACTIVE", "SCHOOL", "", "Say why the partnership is concluding."],
  ] as const)(
    "%s from %s by %s with reason %j is refused",
    (action, state, actor, reason, message) => {
      const command = { ...validCommand[action], reason } as PartnershipCommand;
      expect(refusal(snapshot(state), command, actor)).toEqual({
        code: "MISSING_REASON",
        message,
        path: ["reason"],
      });
    },
  );

  it("needs none to open discussion or propose terms", () => {
    expect(
      applyPartnershipCommand(snapshot("REQUESTED"), { action: "OPEN_DISCUSSION" }, "TRUST", TODAY)
        .ok,
    ).toBe(true);
    expect(
      applyPartnershipCommand(
        snapshot("REQUESTED"),
        { action: "PROPOSE_TERMS", terms: newTerms },
        "SCHOOL",
        TODAY,
      ).ok,
    ).toBe(true);
  });
});

describe("proposing and confirming terms", () => {
  const step = (
    current: PartnershipSnapshot,
    command: PartnershipCommand,
    actor: PartnershipActor,
  ) => {
    const result = applyPartnershipCommand(current, command, actor, TODAY);
    if (!result.ok) throw new Error(result.refusal.message);
    return result.next;
  };

  it("agrees once both sides have confirmed the same terms", () => {
    const proposed = step(snapshot("REQUESTED"), validCommand.PROPOSE_TERMS, "TRUST");
    expect(proposed).toEqual({
      state: "IN_DISCUSSION",
      terms: newTerms,
      confirmedBy: ["TRUST"],
      endDate: newTerms.endDate,
      outcome: null,
    });
    const agreed = step(proposed, validCommand.CONFIRM_TERMS, "SCHOOL");
    expect(agreed.state).toBe("AGREED");
    expect(agreed.confirmedBy).toEqual(["SCHOOL", "TRUST"]);
  });

  it("needs both confirmations when neither side has proposed yet", () => {
    const opened = step(snapshot("REQUESTED"), validCommand.OPEN_DISCUSSION, "TRUST");
    const once = step(opened, validCommand.CONFIRM_TERMS, "TRUST");
    expect(once).toMatchObject({ state: "IN_DISCUSSION", confirmedBy: ["TRUST"] });
    expect(step(once, validCommand.CONFIRM_TERMS, "SCHOOL")).toMatchObject({
      state: "AGREED",
      confirmedBy: ["SCHOOL", "TRUST"],
    });
  });

  it("clears confirmations when terms change, counting the proposer", () => {
    const current = snapshot("IN_DISCUSSION", { confirmedBy: ["SCHOOL"] });
    expect(step(current, validCommand.PROPOSE_TERMS, "TRUST").confirmedBy).toEqual(["TRUST"]);
    expect(step(current, validCommand.PROPOSE_TERMS, "SCHOOL").confirmedBy).toEqual(["SCHOOL"]);
  });

  it("refuses a second confirmation from the same side", () => {
    expect(
      refusal(
        snapshot("IN_DISCUSSION", { confirmedBy: ["SCHOOL"] }),
        validCommand.CONFIRM_TERMS,
        "SCHOOL",
      ),
    ).toEqual({
      code: "NOT_YOUR_STEP",
      message: "You have confirmed these terms already; the other side's confirmation is awaited.",
    });
  });

  it("refuses terms that start in the past", () => {
    expect(
      refusal(
        snapshot("IN_DISCUSSION"),
        { action: "PROPOSE_TERMS", terms: { ...newTerms, startDate: "2026-09-30" } },
        "TRUST",
      ),
    ).toEqual({
      code: "INVALID_DATE",
      message: "The start date has passed: choose today or later.",
      path: ["terms", "startDate"],
    });
  });
});

describe("starting", () => {
  it.each([
    ["the day before", "2026-08-31", false],
    ["the start date", "2026-09-01", true],
    ["a month after", "2026-10-01", true],
  ])("on %s: accepted %s", (_name, today, ok) => {
    const result = applyPartnershipCommand(snapshot("AGREED"), validCommand.START, "SYSTEM", today);
    expect(result.ok).toBe(ok);
    if (!result.ok)
      expect(result.refusal).toEqual({
        code: "TOO_EARLY",
        message: "It starts on 1 September 2026: start it on that day or later.",
      });
  });
});

describe("extending", () => {
  const extend = (endDate: string, changes: Partial<PartnershipSnapshot> = {}) =>
    applyPartnershipCommand(
      snapshot("ACTIVE", changes),
      { action: "EXTEND", endDate, reason: "To finish the reading work." },
      "SCHOOL",
      TODAY,
    );
  const shortTerm = { terms: { ...terms, maxTermMonths: 18 } };

  it.each([
    ["a month later", "2027-08-31", {}],
    ["to exactly 24 months", "2028-09-01", {}],
    ["to exactly the maximum term", "2028-03-01", shortTerm],
    ["again, counting from the original start", "2028-09-01", { endDate: "2028-01-31" }],
  ])("accepts %s", (_name, endDate, changes) => {
    expect(extend(endDate, changes)).toEqual({
      ok: true,
      next: snapshot("ACTIVE", { ...changes, endDate }),
    });
  });

  it.each([
    [
      "an end on the current one",
      "2027-07-31",
      {},
      "The new end date must be after the current one, 31 July 2027.",
    ],
    [
      "an end before the current one",
      "2027-06-30",
      {},
      "The new end date must be after the current one, 31 July 2027.",
    ],
    [
      "an end past 24 months",
      "2028-09-02",
      {},
      "The end date must be at most 24 months after the start: by 1 September 2028.",
    ],
    [
      "an end past the maximum term",
      "2028-03-02",
      shortTerm,
      "The end date must be within the agreed maximum term of 18 months: by 1 March 2028.",
    ],
    [
      "a date that does not exist",
      "2028-02-30",
      {},
      "Enter the new end date as a real date, YYYY-MM-DD.",
    ],
  ])("refuses %s", (_name, endDate, changes, message) => {
    expect(extend(endDate, changes)).toEqual({
      ok: false,
      refusal: { code: "INVALID_DATE", message, path: ["endDate"] },
    });
  });

  it("refuses when the terms allow no extension, whatever the date", () => {
    expect(extend("2027-08-31", { terms: { ...terms, extensionAllowed: false } })).toMatchObject({
      ok: false,
      refusal: { code: "EXTENSION_NOT_ALLOWED" },
    });
  });

  it("leaves the terms' own end date as agreed", () => {
    const result = extend("2027-12-31");
    expect(result.ok && result.next.terms.endDate).toBe("2027-07-31");
  });
});

describe("concluding", () => {
  it.each(["JOINING_TRUST", "MERGING", "ENDED_WITHOUT_JOINING"] as const)(
    "records %s",
    (outcome) => {
      const result = applyPartnershipCommand(
        snapshot("ACTIVE"),
        { action: "CONCLUDE", outcome, reason: "The year is over." },
        "TRUST",
        TODAY,
      );
      expect(result).toEqual({ ok: true, next: snapshot("CONCLUDED", { outcome }) });
    },
  );
});
