import { UserError } from "../../shared/errors.ts";

/** A claim that cannot go ahead: the role is held already, or the claim is decided. */
export class ClaimRefusedError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "ClaimRefusedError";
  }
}
