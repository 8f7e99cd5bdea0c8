import { demoAccounts } from "@atlas/data";

/** What a person who just ran `pnpm start` needs: where things are and how to sign in. */
export function printBanner(port: number) {
  const lines = [
    "",
    "Trust Atlas is running:",
    `  API      http://localhost:${port}/graphql`,
    "  Public   http://localhost:3000",
    "  Admin    http://localhost:3001",
    "",
    "Demo accounts (password for all: see below):",
    ...demoAccounts.map((a) => `  ${a.role.padEnd(14)} ${a.email}`),
    `  password: ${demoAccounts[0]?.password ?? ""}`,
    "",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}
