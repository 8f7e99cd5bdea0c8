import { readFile } from "node:fs/promises";
import { inject } from "vitest";

// The emails the API sent in this run, as a person would read them in their inbox. The run's
// API has no SMTP_URL, so its outbox worker writes each message to the log (the development
// outbox, apps/api/src/modules/outbox/transports.ts) and the global setup keeps that log in a
// file. The message is read after it has gone through the outbox, as a real email would be.

/** What the log transport writes for one message. */
const OUTBOX_LOG_LINE = "outbox message (not sent: SMTP_URL is not set)";

export interface LoggedEmail {
  to: string;
  subject: string;
  /** The first lines of the body, blank lines dropped: enough to hold a message's one link. */
  preview: string[];
}

function emailsIn(log: string): LoggedEmail[] {
  const found: LoggedEmail[] = [];
  for (const line of log.split("\n")) {
    if (!line.startsWith("{")) continue;
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      continue; // a line still being written
    }
    if (typeof entry !== "object" || entry === null) continue;
    const { msg, to, subject, preview } = entry as Record<string, unknown>;
    if (msg !== OUTBOX_LOG_LINE || typeof to !== "string") continue;
    found.push({
      to,
      subject: typeof subject === "string" ? subject : "",
      preview: Array.isArray(preview) ? preview.map(String) : [],
    });
  }
  return found;
}

/** The newest email to `address` whose preview matches `matching`, waiting for the outbox. */
export async function emailTo(
  address: string,
  matching: RegExp,
  timeoutMs = 15_000,
): Promise<LoggedEmail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const log = await readFile(inject("apiLog"), "utf8");
    const email = emailsIn(log)
      .filter((e) => e.to === address && e.preview.some((line) => matching.test(line)))
      .at(-1);
    if (email) return email;
    if (Date.now() > deadline) {
      throw new Error(
        `No email to ${address} matching ${matching} in the API's log (with SMTP_URL set, the outbox sends instead of logging).`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The first link in an email that matches `pattern`. */
export function linkIn(email: LoggedEmail, pattern: RegExp): URL {
  for (const line of email.preview) {
    const href = /https?:\/\/\S+/.exec(line)?.[0];
    if (href && pattern.test(href)) return new URL(href);
  }
  throw new Error(`The email "${email.subject}" has no link matching ${pattern}.`);
}
