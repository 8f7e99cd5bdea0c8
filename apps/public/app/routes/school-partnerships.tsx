import { Breadcrumbs, Heading, Main, TextLink } from "@atlas/ui";
import { data } from "react-router";
import { createApiClient } from "../graphql/client.server.ts";
import { pageTitle } from "../meta.ts";
import { partnershipsHref } from "../partnerships/hrefs.ts";
import { NotAMember } from "../partnerships/NotAMember.tsx";
import { SchoolPartnershipsQuery } from "../partnerships/operations.ts";
import { PartnershipList } from "../partnerships/PartnershipList.tsx";
import { schoolMemberAccess } from "../schools/member-access.server.ts";
import { shortlistHref } from "../shortlist/member-schools.ts";
import type { Route } from "./+types/school-partnerships";

export async function loader(args: Route.LoaderArgs) {
  const api = createApiClient(args);
  const { urn, school, member } = await schoolMemberAccess(api, args.params.urn, partnershipsHref);
  const named = { urn, name: school.name };
  if (!member) return data({ kind: "forbidden" as const, school: named }, { status: 403 });
  const own = (await api.query(SchoolPartnershipsQuery, { urn })).school;
  return { kind: "member" as const, school: named, partnerships: own?.partnerships ?? [] };
}

export const meta: Route.MetaFunction = ({ loaderData }) => {
  if (!loaderData) return [];
  if (loaderData.kind === "forbidden")
    return [{ title: pageTitle("You cannot see this school's partnerships") }];
  return [{ title: pageTitle(`Partnerships for ${loaderData.school.name}`) }];
};

export default function SchoolPartnershipsPage({ loaderData }: Route.ComponentProps) {
  const { school } = loaderData;
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: `/schools/${school.urn}`, label: school.name },
          { label: "Partnerships" },
        ]}
      />
      <Main>
        {loaderData.kind === "forbidden" ? (
          <NotAMember school={school} heading="You cannot see this school's partnerships" />
        ) : (
          <div className="ui-stack">
            <Heading level={1}>Partnerships for {school.name}</Heading>
            <p className="ui-body ui-measure">
              The school's requests to trusts for a trust partnership, a time-limited trial
              membership, and where each stands. Only people who work for the school on Trust Atlas
              can see this page. Ask a trust from its page, or from the school's{" "}
              <TextLink href={shortlistHref(school.urn)}>shortlist</TextLink>.
            </p>
            <PartnershipList urn={school.urn} partnerships={loaderData.partnerships} />
          </div>
        )}
      </Main>
    </>
  );
}
