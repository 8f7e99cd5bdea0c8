import { trustValues } from "@atlas/domain";
import { Heading } from "@atlas/ui";
import { TrustWords } from "./TrustWords.tsx";
import type { TrustProfile } from "./types.ts";

/** The trust's vision, then each value it holds: our label and meaning, then its own words. */
export function VisionAndValues({ profile }: { profile: TrustProfile }) {
  return (
    <>
      <TrustWords text={profile.visionStatement} lead />
      {profile.values.map(({ value, statement }) => (
        <div key={value} className="trust-block">
          <Heading level={3}>{trustValues.label(value)}</Heading>
          <p className="ui-body-s ui-text-secondary ui-mt-0">{trustValues.description(value)}</p>
          <TrustWords text={statement} />
        </div>
      ))}
    </>
  );
}
