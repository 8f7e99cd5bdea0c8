import { demoAccounts, demoPassword } from "@atlas/data";

/** What a person who just ran `pnpm start` needs: where things are and how to sign in. */
export function printBanner(port: number) {
  const lines = [
    "",
    "Trust Atlas is running:",
    `  API      http://localhost:${port}/graphql`,
    "  Public   http://localhost:3000 (with `pnpm start`)",
    "  Admin    http://localhost:3001 (with `pnpm start`)",
    "",
    `Demo accounts (password for each: ${demoPassword}):`,
    ...demoAccounts.map((a) => `  ${a.role.padEnd(14)} ${a.email.padEnd(40)} ${a.organisation}`),
    "",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}
