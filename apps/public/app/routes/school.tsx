import {
  establishmentStatuses,
  establishmentTypes,
  phases,
  regions,
  religiousCharacters,
  schoolFaithConstraint,
} from "@atlas/domain";
import {
  Breadcrumbs,
  formatDate,
  formatNumber,
  Heading,
  Main,
  SummaryList,
  Table,
  Tag,
  TextLink,
} from "@atlas/ui";
import { data } from "react-router";
import { NotRecordedDash } from "../components/NotRecorded.tsx";
import { NOT_RECORDED } from "../format.ts";
import { graphql } from "../gql";
import { createApiClient } from "../graphql/client.server.ts";
import { colleaguesHref } from "../invitations/invite-form.ts";
import { pageTitle } from "../meta.ts";
import { partnershipsHref } from "../partnerships/hrefs.ts";
import { parseUrn } from "../schools/urn.ts";
import type { Route } from "./+types/school";

const SchoolPageQuery = graphql(`
  query SchoolPage($urn: Int!) {
    school(urn: $urn) {
      id
      urn
      name
      phase
      establishmentType
      religiousCharacter
      diocese
      localAuthority {
        code
        name
      }
      region
      pupils
      capacity
      postcode
      status
      trust {
        id
        name
      }
      memberships {
        joinedOn
        leftOn
        trust {
          id
          name
        }
      }
    }
    viewer {
      id
      roles {
        role
        school {
          urn
        }
      }
    }
  }
`);

export async function loader(args: Route.LoaderArgs) {
  const { params } = args;
  const urn = parseUrn(params.urn);
  if (urn === null) throw data("Not found", { status: 404 });
  const { school, viewer } = await createApiClient(args).query(SchoolPageQuery, { urn });
  if (!school) throw data("Not found", { status: 404 });
  const current = school.trust
    ? school.memberships.find((m) => m.leftOn == null && m.trust.id === school.trust?.id)
    : undefined;
  const pastMemberships = school.memberships.filter((m) => m.leftOn != null);
  // Only the school's own members may check fit: the link is for them, not for every visitor.
  const viewerIsMember =
    viewer?.roles?.some((r) => r.role === "SCHOOL_MEMBER" && r.school?.urn === school.urn) ?? false;
  return {
    school,
    joinedCurrentTrustOn: current?.joinedOn ?? null,
    pastMemberships,
    viewerIsMember,
  };
}

export const meta: Route.MetaFunction = ({ loaderData }) => {
  if (!loaderData) return [];
  const { school } = loaderData;
  const inTrust = school.trust ? `, in ${school.trust.name}` : "";
  return [
    { title: pageTitle(school.name) },
    {
      name: "description",
      content: `${school.name} (URN ${school.urn}): a ${phases.label(school.phase).toLowerCase()} school in ${school.localAuthority.name}${inTrust}.`,
    },
  ];
};

function trustHref(id: string): string {
  return `/trusts/${encodeURIComponent(id)}`;
}

type LoadedSchool = Awaited<ReturnType<typeof loader>>["school"];

function StartHere({ school, viewerIsMember }: { school: LoadedSchool; viewerIsMember: boolean }) {
  return (
    <section aria-labelledby="start-heading" className="ui-stack">
      <Heading level={2} id="start-heading">
        Start here
      </Heading>
      <ul className="ui-list ui-list--bullet ui-body">
        <li>
          <TextLink href={`/trusts?near=${school.urn}&within=15`}>Trusts near this school</TextLink>
        </li>
        {viewerIsMember && (
          <li>
            <TextLink href={`/schools/${school.urn}/fit`}>Check fit for this school</TextLink>
          </li>
        )}
        {viewerIsMember && (
          <li>
            <TextLink href={partnershipsHref(school.urn)}>The school's trust partnerships</TextLink>
          </li>
        )}
        {viewerIsMember && (
          <li>
            <TextLink href={colleaguesHref(school.urn)}>
              Invite a colleague to act for this school
            </TextLink>
          </li>
        )}
      </ul>
      <Heading level={3} size="s" id="faith-heading">
        Faith constraints
      </Heading>
      <p className="ui-body ui-measure">{schoolFaithConstraint(school)}</p>
    </section>
  );
}

export default function SchoolPage({ loaderData }: Route.ComponentProps) {
  const { school, joinedCurrentTrustOn, pastMemberships, viewerIsMember } = loaderData;
  const pupils =
    typeof school.pupils === "number"
      ? typeof school.capacity === "number"
        ? `${formatNumber(school.pupils)} pupils, ${formatNumber(school.capacity)} places`
        : `${formatNumber(school.pupils)} pupils`
      : typeof school.capacity === "number"
        ? `${formatNumber(school.capacity)} places (pupil numbers not recorded)`
        : NOT_RECORDED;

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          ...(school.trust ? [{ href: trustHref(school.trust.id), label: school.trust.name }] : []),
          { label: school.name },
        ]}
      />
      <Main>
        <div className="ui-stack">
          <div className="ui-stack stack-tight">
            <Heading level={1} caption={establishmentTypes.label(school.establishmentType)}>
              {school.name}
            </Heading>
            {school.status !== "OPEN" && (
              <p>
                <Tag tone="warning">{establishmentStatuses.label(school.status)}</Tag>
              </p>
            )}
          </div>

          <StartHere school={school} viewerIsMember={viewerIsMember} />

          <section aria-labelledby="details-heading" className="ui-stack">
            <Heading level={2} id="details-heading">
              About the school
            </Heading>
            <SummaryList
              rows={[
                { key: "URN", value: String(school.urn) },
                { key: "Phase", value: phases.label(school.phase) },
                { key: "Type", value: establishmentTypes.label(school.establishmentType) },
                {
                  key: "Religious character",
                  value: religiousCharacters.label(school.religiousCharacter),
                },
                { key: "Diocese", value: school.diocese ?? NOT_RECORDED },
                { key: "Local authority", value: school.localAuthority.name },
                { key: "Region", value: regions.label(school.region) },
                { key: "Pupils and capacity", value: pupils },
                { key: "Postcode", value: school.postcode ?? NOT_RECORDED },
                { key: "Status", value: establishmentStatuses.label(school.status) },
              ]}
            />
          </section>

          <section aria-labelledby="trust-heading" className="ui-stack">
            <Heading level={2} id="trust-heading">
              Trust
            </Heading>
            {school.trust ? (
              <SummaryList
                rows={[
                  {
                    key: "Trust",
                    value: (
                      <TextLink href={trustHref(school.trust.id)}>{school.trust.name}</TextLink>
                    ),
                  },
                  {
                    key: "Joined",
                    value: joinedCurrentTrustOn ? formatDate(joinedCurrentTrustOn) : NOT_RECORDED,
                  },
                ]}
              />
            ) : (
              <p className="ui-body">
                This school is not in a trust: it is maintained by its local authority, or is a
                standalone academy.
              </p>
            )}
          </section>

          {pastMemberships.length > 0 && (
            <section aria-labelledby="past-trusts-heading" className="ui-stack">
              <Heading level={2} id="past-trusts-heading">
                Past trusts
              </Heading>
              <Table
                caption={`Trusts ${school.name} was in before`}
                captionHidden
                stackWhenNarrow
                rowKey={(m) => `${m.trust.id}-${m.joinedOn}`}
                rows={pastMemberships}
                columns={[
                  {
                    id: "trust",
                    header: "Trust",
                    rowHeader: true,
                    cell: (m) => <TextLink href={trustHref(m.trust.id)}>{m.trust.name}</TextLink>,
                  },
                  { id: "joined", header: "Joined", cell: (m) => formatDate(m.joinedOn) },
                  {
                    id: "left",
                    header: "Left",
                    cell: (m) => (m.leftOn ? formatDate(m.leftOn) : <NotRecordedDash />),
                  },
                ]}
              />
            </section>
          )}
        </div>
      </Main>
    </>
  );
}
