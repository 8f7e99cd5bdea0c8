import { describe, expect, it } from "vitest";
import {
  errorSummaryItems,
  fieldErrorsFrom,
  signInFailureErrors,
  validateSignIn,
} from "./sign-in-form.ts";

describe("fieldErrorsFrom", () => {
  it("maps the API's ValidationError issues to the fields", () => {
    expect(
      fieldErrorsFrom([
        { path: ["input", "password"], message: "A password can be at most 256 characters." },
        { path: ["input", "email"], message: "Enter an email address in the correct format." },
      ]),
    ).toEqual({
      email: "Enter an email address in the correct format.",
      password: "A password can be at most 256 characters.",
    });
  });

  it("keeps the first message for a field and puts field-less issues first on the first field", () => {
    expect(
      fieldErrorsFrom([
        { path: ["input"], message: "Something is wrong." },
        { path: ["input", "email"], message: "Second." },
        { path: ["input", "email"], message: "Third." },
      ]),
    ).toEqual({ email: "Something is wrong. Second." });
  });
});

describe("signInFailureErrors (the shared wording of @atlas/ui)", () => {
  it.each([
    [
      { __typename: "InvalidCredentialsError", message: "API text" },
      { email: "The email address or password is not right." },
    ],
    [
      { __typename: "TooManyAttemptsError", message: "API text", retryAfterSeconds: 600 },
      { email: "You have tried to sign in too many times. Wait 10 minutes, then try again." },
    ],
    [
      {
        __typename: "ValidationError",
        message: "input.password: too long",
        issues: [{ path: ["input", "password"], message: "Too long." }],
      },
      { password: "Too long." },
    ],
  ])("%j → %j", (failure, expected) => {
    expect(signInFailureErrors(failure)).toEqual(expected);
  });
});

describe("validateSignIn", () => {
  it("asks for both fields when both are empty", () => {
    const result = validateSignIn("", "");
    expect(result).toEqual({
      ok: false,
      errors: { email: "Enter your email address.", password: "Enter your password." },
    });
  });

  it("says how to write an email address", () => {
    const result = validateSignIn("not-an-email", "secret");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.email).toMatch(/correct format/);
  });

  it("passes a well-formed sign-in, lower-casing the email as the domain does", () => {
    expect(validateSignIn(" Head@School.example ", "secret")).toEqual({
      ok: true,
      input: { email: "head@school.example", password: "secret" },
    });
  });
});

describe("errorSummaryItems", () => {
  it("links each error to its field, in page order", () => {
    expect(errorSummaryItems({ password: "P", email: "E" })).toEqual([
      { href: "#email", text: "E" },
      { href: "#password", text: "P" },
    ]);
    expect(errorSummaryItems({})).toEqual([]);
  });
});
