import { centralServices } from "@atlas/domain";
import { labelsOf } from "./format.ts";
import type { TrustProfile } from "./types.ts";

/** What the trust runs centrally for its schools (what the contribution pays for). */
export function CentralServices({ services }: { services: TrustProfile["centralServices"] }) {
  return (
    <>
      <p className="ui-body">The trust runs these services for its schools:</p>
      <ul className="ui-list ui-list--bullet">
        {labelsOf(services, centralServices).map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
    </>
  );
}
