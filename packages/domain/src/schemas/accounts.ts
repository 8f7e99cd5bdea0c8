import { z } from "zod";
import { plainText } from "./text.ts";

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
