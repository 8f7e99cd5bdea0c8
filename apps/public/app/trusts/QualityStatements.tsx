import { qualityPillars } from "@atlas/domain";
import { Heading } from "@atlas/ui";
import { hasText } from "./format.ts";
import { TrustWords } from "./TrustWords.tsx";
import type { TrustProfile } from "./types.ts";

/** The trust's statement for each pillar of trust quality it wrote about, in pillar order. */
export function QualityStatements({ profile }: { profile: TrustProfile }) {
  const statements = profile.qualityStatements.filter((q) => hasText(q.statement));
  const order = qualityPillars.keys;
  statements.sort((a, b) => order.indexOf(a.pillar) - order.indexOf(b.pillar));
  return (
    <>
      <p className="ui-body">
        How the trust says it meets each pillar of the Department for Education's trust quality
        descriptions.
      </p>
      {statements.map(({ pillar, statement }) => (
        <div key={pillar} className="trust-block">
          <Heading level={3}>{qualityPillars.label(pillar)}</Heading>
          <p className="ui-body-s ui-text-secondary ui-mt-0">
            {qualityPillars.description(pillar)}
          </p>
          <TrustWords text={statement} />
        </div>
      ))}
    </>
  );
}
