import { describe, expect, it } from "vitest";
import {
  PARTNERSHIP_DOCUMENT_EVENT,
  PARTNERSHIP_REQUEST_EVENT,
  partnershipEventLabel,
} from "../src/index.ts";

describe("partnershipEventLabel", () => {
  it.each([
    ["the request", PARTNERSHIP_REQUEST_EVENT, "Requested a partnership"],
    ["a document", PARTNERSHIP_DOCUMENT_EVENT, "Added a document"],
    ["a step", "PROPOSE_TERMS", "Propose changes to terms"],
    ["a note", "REVIEW", "Review"],
    ["an action a later version wrote", "SOMETHING_NEW", "SOMETHING_NEW"],
  ])("names %s", (_case, action, label) => {
    expect(partnershipEventLabel(action)).toBe(label);
  });
});
