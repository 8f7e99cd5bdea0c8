import type { PartnershipRefusal } from "@atlas/domain";
import { UserError } from "../../shared/errors.ts";

/** The step is not one the partnership's rules allow now, or not for this side. */
export class PartnershipRefusedError extends UserError {
  readonly code: PartnershipRefusal["code"];
  readonly path: string[];
  constructor(refusal: PartnershipRefusal) {
    super(refusal.message);
    this.name = "PartnershipRefusedError";
    this.code = refusal.code;
    this.path = refusal.path ?? [];
  }
}

/** Someone changed the partnership since it was loaded: nothing was written. */
export class PartnershipStaleError extends UserError {
  constructor(readonly currentVersion: number) {
    super(
      `The partnership changed while you were looking at it (it is at version ${currentVersion} now). Reload it, check what changed, and try again.`,
    );
    this.name = "PartnershipStaleError";
  }
}

/** The rules on how many partnerships a school may have at once. */
export class PartnershipConflictError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "PartnershipConflictError";
  }
}

/** The person or the school has sent as many new requests as a day allows. */
export class PartnershipRequestLimitError extends UserError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      `You have sent as many partnership requests as one day allows. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    );
    this.name = "PartnershipRequestLimitError";
  }
}
