import type { ModerationState } from "@atlas/domain";
import { UserError } from "../../shared/errors.ts";

/** The version left the queue before this decision: another curator decided, or it came down. */
export class AlreadyModeratedError extends UserError {
  constructor(
    readonly state: ModerationState,
    readonly decidedAt: Date | null,
    readonly decidedBy: string | null,
  ) {
    super(
      state === "UNPUBLISHED"
        ? `This version was unpublished already${decidedBy ? ` by ${decidedBy}` : ""}.`
        : `This version was moderated already${decidedBy ? ` by ${decidedBy}` : ""}: ${state === "APPROVED" ? "approved" : "changes were asked for"}.`,
    );
    this.name = "AlreadyModeratedError";
  }
}
