import { UserError } from "../../shared/errors.ts";

/** A closed trust takes no schools, so a school has no reason to consider it. */
export class TrustClosedError extends UserError {
  constructor(readonly trustName: string) {
    super(
      `${trustName} is closed, so it cannot be added to the shortlist: choose a trust that is open.`,
    );
    this.name = "TrustClosedError";
  }
}
