import type { PartnershipTerms } from "../schemas/partnership.ts";
import { partnershipFocusAreas } from "../vocabularies/partnerships.ts";
import { longDate } from "./calendar-dates.ts";

/** A partnership agreement as words: what the PDF prints and what both sides confirmed. */
export interface ModelAgreement {
  title: string;
  sections: { heading: string; paragraphs: string[] }[];
}

export interface AgreementParties {
  schoolName: string;
  schoolUrn: number;
  trustName: string;
  trustCompaniesHouseNumber: string | null;
}

const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * The Trust Partnership agreement, on the model agreement's headings: the parties, the term
 * (with the extension allowed and the longest it may run), the focus in teaching and learning
 * and its objectives, the services and the charge for them, data protection, and what the
 * partnership leads to. One wording for every copy, so the PDF either side downloads says
 * exactly what was agreed. `endDate` is the end as it stands (after any extension).
 */
export function modelAgreement(
  parties: AgreementParties,
  terms: PartnershipTerms,
  endDate: string,
): ModelAgreement {
  const trust = parties.trustCompaniesHouseNumber
    ? `${parties.trustName} (a company registered in England, number ${parties.trustCompaniesHouseNumber})`
    : parties.trustName;
  const extension = terms.extensionAllowed
    ? `The parties may agree to extend it, as a recorded change of its end date, to no more than ${terms.maxTermMonths} months after it starts.`
    : "It may not be extended.";
  const extended =
    endDate !== terms.endDate
      ? [`By an agreed extension it now ends on ${longDate(endDate)}.`]
      : [];
  return {
    title: `Trust Partnership agreement between ${parties.schoolName} and ${parties.trustName}`,
    sections: [
      {
        heading: "1. Parties",
        paragraphs: [
          `This agreement is between ${trust} ("the trust") and ${parties.schoolName}, URN ${parties.schoolUrn} ("the school").`,
        ],
      },
      {
        heading: "2. Term",
        paragraphs: [
          `The partnership starts on ${longDate(terms.startDate)} and ends on ${longDate(terms.endDate)}.`,
          ...extended,
          extension,
        ],
      },
      {
        heading: "3. Focus on teaching and learning",
        paragraphs: [
          // Labels as they are: "SEND" and "CPD" must keep their capitals.
          `The partnership works on these areas of teaching and learning: ${listOf(terms.focusAreas.map((a) => partnershipFocusAreas.label(a)))}.`,
          `Its objectives: ${terms.objectives}`,
        ],
      },
      {
        heading: "4. Services provided",
        paragraphs: [terms.servicesProvided],
      },
      {
        heading: "5. Service charge",
        paragraphs: [
          terms.serviceChargePounds > 0
            ? `The school pays the trust ${pounds.format(terms.serviceChargePounds)} for the services over the term.`
            : "The trust provides the services without charge.",
        ],
      },
      {
        heading: "6. Data protection",
        paragraphs: [terms.dataProtection],
      },
      {
        heading: "7. What the partnership leads to",
        paragraphs: [
          "The partnership is a trial of membership. During it the school gives due consideration to joining the trust, through formal consultation, and the outcome is recorded when the partnership concludes.",
          "The regional director should be made aware of the partnership.",
        ],
      },
    ],
  };
}
