import { governanceModels } from "@atlas/domain";
import { formatNumber, SummaryList, TextLink } from "@atlas/ui";
import { Described } from "./FaithAndGeography.tsx";
import { mailtoHref } from "./format.ts";
import type { TrustProfile } from "./types.ts";

type TrustGovernance = NonNullable<TrustProfile["governance"]>;

function Contacts({ contacts }: { contacts: TrustGovernance["contacts"] }) {
  if (contacts.length === 0) return <>None listed</>;
  return (
    <ul className="ui-list trust-contacts">
      {contacts.map((contact) => {
        const href = mailtoHref(contact.email);
        return (
          <li key={`${contact.name} ${contact.email}`}>
            <strong>{contact.name}</strong>, {contact.role}:{" "}
            {href === null ? contact.email : <TextLink href={href}>{contact.email}</TextLink>}
          </li>
        );
      })}
    </ul>
  );
}

/** Who governs the trust, how its schools are governed locally, and whom to contact. */
export function Governance({ governance }: { governance: TrustGovernance }) {
  return (
    <SummaryList
      rows={[
        { key: "Members", value: formatNumber(governance.members) },
        { key: "Trustees", value: formatNumber(governance.trustees) },
        {
          key: "Local governance",
          value: (
            <Described
              label={governanceModels.label(governance.localGovernanceModel)}
              description={governanceModels.description(governance.localGovernanceModel)}
            />
          ),
        },
        { key: "Contacts", value: <Contacts contacts={governance.contacts} /> },
      ]}
    />
  );
}
