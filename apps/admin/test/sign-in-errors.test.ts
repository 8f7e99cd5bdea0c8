import { signInInputSchema } from "@atlas/domain";
import { describe, expect, it } from "vitest";
import { errorsFromFailure, errorsFromIssues } from "../src/sign-in/sign-in-errors.ts";

function clientErrors(input: { email: string; password: string }) {
  const parsed = signInInputSchema.safeParse(input);
  if (parsed.success) throw new Error("expected the input to be invalid");
  return errorsFromIssues(parsed.error.issues);
}

describe("client-side validation messages", () => {
  it("asks for both fields, in the form's order", () => {
    const errors = clientErrors({ email: "", password: "" });
    expect(errors.fields.email).toMatch(/email address/i);
    expect(errors.fields.password).toBe("Enter your password.");
    expect(errors.summary.map((item) => item.href)).toEqual(["#email", "#password"]);
  });

  it("explains an email address in the wrong format", () => {
    const errors = clientErrors({ email: "not-an-email", password: "secret" });
    expect(errors.fields).toEqual({
      email: "Enter an email address in the correct format, like name@example.org.",
    });
    expect(errors.summary).toEqual([{ href: "#email", text: errors.fields.email }]);
  });
});

describe("errorsFromFailure", () => {
  it("shows wrong credentials on the email field without saying which was wrong", () => {
    const message = "The email address or password is not right.";
    expect(errorsFromFailure({ __typename: "InvalidCredentialsError", message })).toEqual({
      fields: { email: message },
      summary: [{ href: "#email", text: message }],
    });
  });

  it("maps the API's issues (paths under input) to the fields", () => {
    const errors = errorsFromFailure({
      __typename: "ValidationError",
      message: "input.password: A password can be at most 256 characters.",
      issues: [
        { path: ["input", "password"], message: "A password can be at most 256 characters." },
        { path: ["input", "password"], message: "A second message is not shown." },
      ],
    });
    expect(errors.fields).toEqual({ password: "A password can be at most 256 characters." });
    expect(errors.summary).toEqual([
      { href: "#password", text: "A password can be at most 256 characters." },
    ]);
  });

  it("lists an issue with no field of ours first, linking each field once", () => {
    const errors = errorsFromFailure({
      __typename: "ValidationError",
      message: "Something about the input",
      issues: [
        { path: ["input", "email"], message: "Enter an email address." },
        { path: ["input"], message: "Too many attempts." },
      ],
    });
    expect(errors.fields).toEqual({ email: "Enter an email address." });
    expect(errors.summary).toEqual([
      { href: "#email", text: "Too many attempts. Enter an email address." },
    ]);
  });

  it("falls back to the error's own message when it lists no issue", () => {
    const errors = errorsFromFailure({
      __typename: "ValidationError",
      message: "Not valid.",
      issues: [],
    });
    expect(errors).toEqual({ fields: {}, summary: [{ href: "#email", text: "Not valid." }] });
  });

  it("puts a pause after repeated failures on the first field", () => {
    const message = "Too many sign-in attempts. Wait 15 minutes, then try again.";
    expect(errorsFromFailure({ __typename: "TooManyAttemptsError", message })).toEqual({
      fields: { email: message },
      summary: [{ href: "#email", text: message }],
    });
  });
});
