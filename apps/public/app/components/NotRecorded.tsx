import { VisuallyHidden } from "@atlas/ui";
import { NOT_RECORDED } from "../format.ts";

/** A dash in a table cell where the register has no figure, read out as "Not recorded". */
export function NotRecordedDash() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <VisuallyHidden>{NOT_RECORDED}</VisuallyHidden>
    </>
  );
}
