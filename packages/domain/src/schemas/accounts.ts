import { z } from "zod";
import { boundedText, plainText } from "./text.ts";

export const emailSchema = plainText()
  .trim()
  .toLowerCase()
  .max(254, "An email address can be at most 254 characters.")
  .pipe(z.email("Enter an email address in the correct format, like name@example.org."));

export const signInInputSchema = z.object({
  email: emailSchema,
  // Length is checked only to bound the hashing work; rules for choosing a password come with
  // account creation.
  password: plainText()
    .min(1, "Enter your password.")
    .max(256, "A password can be at most 256 characters."),
});
export type SignInInput = z.infer<typeof signInInputSchema>;

/** The shortest password an account may have: length, not symbols, is what resists guessing. */
export const MIN_PASSWORD_LENGTH = 12;

/** A new account: a name to be known by, an email to sign in with, and a long password. */
export const signUpInputSchema = z
  .object({
    name: boundedText("your name", 200),
    email: emailSchema,
    password: plainText()
      .min(
        MIN_PASSWORD_LENGTH,
        `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters; a few words together are easy to remember.`,
      )
      .max(256, "A password can be at most 256 characters."),
  })
  .refine((a) => a.password.trim().toLowerCase() !== a.email, {
    message: "Choose a password that is not your email address.",
    path: ["password"],
  });
export type SignUpInput = z.infer<typeof signUpInputSchema>;
