import type { ModerationDecision } from "@atlas/domain";

/** What a trust's administrators are told of a decision on what they published. */
export function moderationMessage(input: {
  decision: ModerationDecision;
  documentWords: string;
  trustName: string;
  number: number;
  wasHeld: boolean;
  /** After the decision, this version is the one the public sees. */
  publicNow: boolean;
  comment: string | null;
  link: string;
}): { subject: string; body: string } | null {
  const what = `version ${input.number} of the ${input.documentWords} of ${input.trustName}`;
  const comment = input.comment ? ["", "The curator wrote:", input.comment] : [];
  switch (input.decision) {
    case "APPROVE":
      // Approving what was live already changes nothing for the trust: no message.
      if (!input.wasHeld) return null;
      return {
        subject: `Approved: ${what} is now public`,
        body: [
          `A curator approved ${what}. The public now sees it.`,
          ...comment,
          "",
          input.link,
        ].join("\n"),
      };
    case "REQUEST_CHANGES":
      return {
        subject: `Changes asked for: ${what}`,
        body: [
          `A curator asked for changes to ${what}.`,
          input.wasHeld
            ? "It is not public: publish a new version with the changes."
            : "It stays public meanwhile: publish a new version with the changes.",
          ...comment,
          "",
          input.link,
        ].join("\n"),
      };
    case "UNPUBLISH":
      return {
        subject: `Unpublished: ${what}`,
        body: [
          input.wasHeld
            ? `A curator took ${what} down while it waited for approval: the public never saw it.`
            : `A curator took ${what} down. The public sees the version before it, if any.`,
          ...comment,
          "",
          input.link,
        ].join("\n"),
      };
  }
}
