import {
  type PartnershipFocusArea,
  type PartnershipIntent,
  type PartnershipOutcome,
  type PartnershipParty,
  partnershipFocusAreas,
  partnershipIntents,
  partnershipOutcomes,
  partnershipParties,
} from "@atlas/domain";
import { formatDate, Heading, SummaryList } from "@atlas/ui";

export interface TermsPartnership {
  intent: PartnershipIntent;
  endDate: string;
  confirmedBy: readonly PartnershipParty[];
  outcome?: PartnershipOutcome | null;
  governingBodyResolutionDate?: string | null;
  terms: {
    startDate: string;
    endDate: string;
    focusAreas: readonly PartnershipFocusArea[];
    objectives: string;
    serviceChargePounds: number;
    extensionAllowed: boolean;
    maxTermMonths: number;
    servicesProvided: string;
    dataProtection: string;
  };
}

const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });

/** The terms as they stand (the school's proposals until the trust proposes its own). */
export function PartnershipTerms({ partnership }: { partnership: TermsPartnership }) {
  const { terms } = partnership;
  const extended = partnership.endDate !== terms.endDate;
  const confirmed = partnership.confirmedBy.map((p) => partnershipParties.label(p));
  return (
    <section aria-labelledby="terms-heading" className="ui-stack">
      <Heading level={2} id="terms-heading">
        The terms
      </Heading>
      <SummaryList
        rows={[
          { key: "What the school hopes for", value: partnershipIntents.label(partnership.intent) },
          { key: "Starts", value: formatDate(terms.startDate) },
          {
            key: "Ends",
            value: extended
              ? `${formatDate(partnership.endDate)} (extended from ${formatDate(terms.endDate)})`
              : formatDate(terms.endDate),
          },
          {
            key: "Focus areas",
            value: (
              <ul className="ui-list">
                {terms.focusAreas.map((f) => (
                  <li key={f}>{partnershipFocusAreas.label(f)}</li>
                ))}
              </ul>
            ),
          },
          {
            key: "Objectives",
            value: <span className="partnership-words">{terms.objectives}</span>,
          },
          { key: "Service charge", value: pounds.format(terms.serviceChargePounds) },
          {
            key: "Extension",
            value: terms.extensionAllowed
              ? `Allowed, up to ${terms.maxTermMonths} months in all`
              : `Not allowed; at most ${terms.maxTermMonths} months`,
          },
          {
            key: "Services the trust provides",
            value: <span className="partnership-words">{terms.servicesProvided}</span>,
          },
          {
            key: "Data protection",
            value: <span className="partnership-words">{terms.dataProtection}</span>,
          },
          {
            key: "Governing body resolution",
            value: partnership.governingBodyResolutionDate
              ? formatDate(partnership.governingBodyResolutionDate)
              : "Not given",
          },
          {
            key: "Confirmed by",
            value:
              confirmed.length === 0
                ? "Neither side yet"
                : `${confirmed.join(" and ")}${confirmed.length === 2 ? ": agreed" : ""}`,
          },
          ...(partnership.outcome
            ? [{ key: "Outcome", value: partnershipOutcomes.label(partnership.outcome) }]
            : []),
        ]}
      />
    </section>
  );
}
