import { describe, expect, it } from "vitest";
import {
  errorsFromFailure,
  errorsFromIssues,
  type FormErrors,
  formErrors,
  invalidCredentialsMessage,
  type MutationFailure,
  tooManyAttemptsMessage,
  waitText,
} from "./form-errors.ts";

const fields = ["email", "password"] as const;
type Field = (typeof fields)[number];

describe("errorsFromIssues", () => {
  it.each<[string, { path: PropertyKey[]; message: string }[], FormErrors<Field>]>([
    ["nothing wrong", [], { fields: {}, summary: [] }],
    [
      "a zod issue (path [email])",
      [{ path: ["email"], message: "E" }],
      { fields: { email: "E" }, summary: [{ href: "#email", text: "E" }] },
    ],
    [
      "the API's FieldIssue (path [input, password])",
      [{ path: ["input", "password"], message: "P" }],
      { fields: { password: "P" }, summary: [{ href: "#password", text: "P" }] },
    ],
    [
      "both, listed in the form's order whatever the issues' order",
      [
        { path: ["input", "password"], message: "P" },
        { path: ["input", "email"], message: "E" },
      ],
      {
        fields: { email: "E", password: "P" },
        summary: [
          { href: "#email", text: "E" },
          { href: "#password", text: "P" },
        ],
      },
    ],
    [
      "the first message for a field wins",
      [
        { path: ["password"], message: "P1" },
        { path: ["password"], message: "P2" },
      ],
      { fields: { password: "P1" }, summary: [{ href: "#password", text: "P1" }] },
    ],
    [
      "an issue naming no field goes on the first field",
      [{ path: ["input"], message: "G" }],
      { fields: { email: "G" }, summary: [{ href: "#email", text: "G" }] },
    ],
    [
      "…before that field's own message, linking the field once",
      [
        { path: ["input", "email"], message: "E" },
        { path: [], message: "G" },
      ],
      { fields: { email: "G E" }, summary: [{ href: "#email", text: "G E" }] },
    ],
  ])("%s", (_, issues, expected) => {
    expect(errorsFromIssues(fields, issues)).toEqual(expected);
  });
});

describe("errorsFromFailure", () => {
  const onEmail = (text: string): FormErrors<Field> => ({
    fields: { email: text },
    summary: [{ href: "#email", text }],
  });

  it.each<[string, MutationFailure, FormErrors<Field>]>([
    [
      "wrong credentials say so plainly, never which of the two",
      { __typename: "InvalidCredentialsError", message: "whatever the API says" },
      onEmail("The email address or password is not right."),
    ],
    [
      "a pause says how long to wait",
      { __typename: "TooManyAttemptsError", message: "API text", retryAfterSeconds: 900 },
      onEmail("You have tried to sign in too many times. Wait 15 minutes, then try again."),
    ],
    [
      "a pause without its length falls back to the API's message",
      { __typename: "TooManyAttemptsError", message: "Wait 15 minutes." },
      onEmail("Wait 15 minutes."),
    ],
    [
      "validation issues go by their fields",
      {
        __typename: "ValidationError",
        message: "input.password: too long",
        issues: [{ path: ["input", "password"], message: "Too long." }],
      },
      { fields: { password: "Too long." }, summary: [{ href: "#password", text: "Too long." }] },
    ],
    [
      "a ValidationError listing no issue shows its own message",
      { __typename: "ValidationError", message: "Not valid.", issues: [] },
      onEmail("Not valid."),
    ],
    [
      "any other typed error shows its message",
      { __typename: "NotAllowedError", message: "You may not do that." },
      onEmail("You may not do that."),
    ],
  ])("%s", (_, failure, expected) => {
    expect(errorsFromFailure(fields, failure)).toEqual(expected);
  });

  it("uses the shared wording", () => {
    expect(invalidCredentialsMessage).toBe("The email address or password is not right.");
    expect(tooManyAttemptsMessage(60)).toContain("Wait 1 minute,");
  });
});

describe("waitText", () => {
  it.each([
    [0, "1 minute"],
    [1, "1 minute"],
    [60, "1 minute"],
    [61, "2 minutes"],
    [900, "15 minutes"],
    [7140, "119 minutes"],
    [7200, "2 hours"],
    [86_400, "24 hours"],
  ])("%i seconds → %s", (seconds, expected) => {
    expect(waitText(seconds)).toBe(expected);
  });
});

describe("formErrors", () => {
  it("orders messages placed by field and leaves out the missing ones", () => {
    expect(formErrors(fields, { password: "P", email: undefined })).toEqual({
      fields: { password: "P" },
      summary: [{ href: "#password", text: "P" }],
    });
  });
});
