import { describe, expect, it } from "vitest";
import { signUpInputSchema } from "../src/index.ts";

const account = {
  name: "Nia Newcomer",
  email: "Nia@Brook.example",
  password: "heron kestrel osprey",
};

describe("signUpInputSchema", () => {
  it("keeps the email in lower case", () => {
    expect(signUpInputSchema.parse(account).email).toBe("nia@brook.example");
  });

  it.each([
    ["a short password", { password: "short pass" }, /at least 12 characters/],
    ["the email as the password", { password: "NIA@brook.example" }, /not your email/],
    ["no name", { name: " " }, /your name/],
    ["a malformed email", { email: "nia at brook" }, /correct format/],
  ])("refuses %s", (_case, more, message) => {
    const parsed = signUpInputSchema.safeParse({ ...account, ...more });
    expect(parsed.error?.issues.map((i) => i.message).join(" ")).toMatch(message);
  });
});
