import { UserError } from "../../shared/errors.ts";

/** The invitation cannot be sent or accepted: the colleague is in already, or the link is spent. */
export class InvitationRefusedError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "InvitationRefusedError";
  }
}
