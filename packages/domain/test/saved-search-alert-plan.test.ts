import { describe, expect, it } from "vitest";
import { planSavedSearchAlert, type SavedSearchAlertState } from "../src/index.ts";

const created = new Date("2027-01-04T09:00:00Z");
const days = (n: number) => new Date(created.getTime() + n * 24 * 60 * 60 * 1000);
const base = { known: ["a"], pending: [], digestClockFrom: created, now: days(1) };

type Case = [
  string,
  Partial<SavedSearchAlertState> & Pick<SavedSearchAlertState, "frequency" | "matching">,
  Partial<ReturnType<typeof planSavedSearchAlert>>,
];

const cases: Case[] = [
  [
    "immediate: nothing new",
    { frequency: "IMMEDIATE", matching: ["a"] },
    { kind: null, tell: [], known: ["a"] },
  ],
  [
    "immediate: one starts",
    { frequency: "IMMEDIATE", matching: ["a", "b"] },
    { kind: "ALERT", tell: ["b"], known: ["a", "b"] },
  ],
  [
    "immediate: one leaves, none starts",
    { frequency: "IMMEDIATE", matching: [] },
    { kind: null, tell: [], known: [] },
  ],
  [
    "immediate: one comes back",
    { frequency: "IMMEDIATE", matching: ["a"], known: [] },
    { kind: "ALERT", tell: ["a"] },
  ],
  [
    "immediate: duplicates in the match count once",
    { frequency: "IMMEDIATE", matching: ["b", "b"] },
    { tell: ["b"], known: ["b"] },
  ],
  [
    "off: keeps up, tells nothing",
    { frequency: "OFF", matching: ["a", "b"], pending: ["c"] },
    { kind: null, tell: [], known: ["a", "b"], pending: [] },
  ],
  [
    "weekly, within the week: keeps for the digest",
    { frequency: "WEEKLY", matching: ["a", "b"] },
    { kind: null, tell: [], pending: ["b"], digestClockFrom: created },
  ],
  [
    "weekly, a week on: the digest",
    {
      frequency: "WEEKLY",
      matching: ["a", "b", "c"],
      pending: ["b"],
      known: ["a", "b"],
      now: days(7),
    },
    { kind: "DIGEST", tell: ["b", "c"], pending: [], digestClockFrom: days(7) },
  ],
  [
    "weekly: one that stopped matching is left out",
    { frequency: "WEEKLY", matching: ["a", "c"], pending: ["b"], now: days(8) },
    { kind: "DIGEST", tell: ["b", "c"].filter((id) => id !== "b"), digestClockFrom: days(7) },
  ],
  [
    "weekly: a quiet week sends nothing and moves the clock",
    { frequency: "WEEKLY", matching: ["a"], now: days(9) },
    { kind: null, tell: [], digestClockFrom: days(7) },
  ],
  [
    "weekly: weeks missed keep the rhythm",
    { frequency: "WEEKLY", matching: ["a", "b"], now: days(23) },
    { kind: "DIGEST", tell: ["b"], digestClockFrom: days(21) },
  ],
];

describe("planSavedSearchAlert", () => {
  it.each(cases)("%s", (_name, state, expected) => {
    expect(planSavedSearchAlert({ ...base, ...state })).toMatchObject(expected);
  });
});
