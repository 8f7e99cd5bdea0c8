import { createTransport, type SMTPTransportOptions } from "nodemailer";
import type { Logger } from "../../logger.ts";

/** One email as the outbox hands it to a transport: plain text, one recipient. */
export interface OutgoingMessage {
  to: string;
  toName: string | null;
  subject: string;
  text: string;
  /** Where the recipient stops messages like this one (RFC 8058 one-click), if they can. */
  unsubscribeUrl?: string;
}

/**
 * Where the outbox sends messages: SMTP when configured, the log otherwise, a fake in tests.
 * `send` resolves once the message is accepted and rejects when it is not.
 */
export interface Transport {
  /** For the log: which transport is in use. */
  readonly kind: "smtp" | "log" | (string & {});
  send(message: OutgoingMessage): Promise<void>;
  /** Lets go of connections, on shutdown. */
  close(): void;
}

export const DEFAULT_FROM = "Trust Atlas <no-reply@trustatlas.local>";

/**
 * Nodemailer's defaults wait up to ten minutes on a silent server; ours stay well inside the
 * claim lease (see delivery.ts), so a hung server fails the send instead of letting another
 * worker claim the same message while this one still waits.
 */
const SMTP_TIMEOUTS = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 30_000,
} satisfies SMTPTransportOptions;

/**
 * Email by SMTP to the server at `url` (`smtp://user:pass@host:587`, or `smtps://` for TLS
 * from the start). `options` adds to what the url says, e.g. `ignoreTLS` for a local server.
 */
export function smtpTransport(
  url: string,
  { from = DEFAULT_FROM, ...options }: { from?: string | undefined } & SMTPTransportOptions = {},
): Transport {
  const mailer = createTransport({ ...SMTP_TIMEOUTS, ...options, url }, { from });
  return {
    kind: "smtp",
    async send(message) {
      await mailer.sendMail({
        to: message.toName ? { name: message.toName, address: message.to } : message.to,
        subject: message.subject,
        text: message.text,
        ...(message.unsubscribeUrl
          ? {
              list: { unsubscribe: message.unsubscribeUrl },
              headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
            }
          : {}),
      });
    },
    close: () => mailer.close(),
  };
}

/** How much of a body the log shows: enough to recognise the message, not the whole of it. */
const PREVIEW_LINES = 4;

/**
 * The development outbox: each message written to the log instead of sent, so the steps that
 * send mail can be followed without an SMTP server.
 */
export function logTransport(logger: Logger): Transport {
  return {
    kind: "log",
    async send(message) {
      const preview = message.text
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line.length > 0)
        .slice(0, PREVIEW_LINES);
      logger.info(
        { to: message.to, toName: message.toName, subject: message.subject, preview },
        "outbox message (not sent: SMTP_URL is not set)",
      );
    },
    close: () => {},
  };
}
