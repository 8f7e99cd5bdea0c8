import { type PartnershipIntent, type PartnershipState, partnershipIntents } from "@atlas/domain";
import { formatDate, Heading, TextLink } from "@atlas/ui";
import { partnershipHref } from "./hrefs.ts";
import { PartnershipStateTag } from "./StateTag.tsx";

export interface PartnershipListItem {
  id: string;
  state: PartnershipState;
  intent: PartnershipIntent;
  endDate: string;
  createdAt: string;
  updatedAt: string;
  trust: { id: string; name: string };
  terms: { startDate: string };
}

/** The school's requests and partnerships, newest first, each linking to its own page. */
export function PartnershipList({
  urn,
  partnerships,
}: {
  urn: number;
  partnerships: readonly PartnershipListItem[];
}) {
  if (partnerships.length === 0)
    return (
      <section aria-labelledby="partnerships-heading" className="ui-stack">
        <Heading level={2} id="partnerships-heading">
          No partnerships yet
        </Heading>
        <p className="ui-body ui-measure">
          The school has not asked a trust for a partnership. Use{" "}
          <strong>Request a trust partnership</strong> on a trust's page or on the school's
          shortlist. <TextLink href="/trusts">Find a trust</TextLink>.
        </p>
      </section>
    );
  return (
    <section aria-labelledby="partnerships-heading" className="ui-stack">
      <Heading level={2} id="partnerships-heading">
        Requests and partnerships ({partnerships.length})
      </Heading>
      <ul className="ui-card-list">
        {partnerships.map((p) => (
          <li key={p.id} className="ui-card">
            <Heading level={3} size="s">
              <TextLink href={partnershipHref(urn, p.id)}>
                {p.trust.name}
                <span className="ui-visually-hidden">: the partnership</span>
              </TextLink>{" "}
              <PartnershipStateTag state={p.state} />
            </Heading>
            <p className="ui-body-s">
              {partnershipIntents.label(p.intent)}. From {formatDate(p.terms.startDate)} to{" "}
              {formatDate(p.endDate)}.
            </p>
            <p className="ui-body-s ui-text-secondary">
              Requested {formatDate(p.createdAt)}; last change {formatDate(p.updatedAt)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
