import type { UnpublishOutcome } from "./VersionHistory.tsx";

const unpublishFailed =
  "The version could not be unpublished. Check your connection and try again.";

/** An unpublish mutation's answer, as either document's history shows it. */
type UnpublishAnswer =
  | { __typename: "ValidationError"; message: string; issues: readonly { message: string }[] }
  | { __typename: "AlreadyUnpublishedError"; message: string }
  | { __typename: `Unpublish${string}Payload` };

export function unpublishOutcomeOf(answer: UnpublishAnswer | null | undefined): UnpublishOutcome {
  switch (answer?.__typename) {
    case undefined:
      return { ok: false, message: unpublishFailed };
    case "ValidationError":
      return { ok: false, message: answer.issues[0]?.message ?? answer.message };
    case "AlreadyUnpublishedError":
      return { ok: false, message: answer.message };
    default:
      return { ok: true };
  }
}
