import { Breadcrumbs, Heading, Main, TextLink } from "@atlas/ui";
import { redirect } from "react-router";
import { signInHref } from "../auth/redirect.ts";
import { graphql } from "../gql";
import { createApiClient } from "../graphql/client.server.ts";
import { pageTitle } from "../meta.ts";
import { memberSchoolsOf, shortlistHref } from "../shortlist/member-schools.ts";
import type { Route } from "./+types/shortlist";

const ShortlistSchoolsQuery = graphql(`
  query ShortlistSchools {
    viewer {
      id
      roles {
        role
        school {
          urn
          name
        }
      }
    }
  }
`);

/**
 * `/shortlist`, the header's link: straight to the school's shortlist for a member of one
 * school, a choice for a member of several, and a word for anyone else signed in.
 */
export async function loader(args: Route.LoaderArgs) {
  const { viewer } = await createApiClient(args).query(ShortlistSchoolsQuery, {});
  if (!viewer) throw redirect(signInHref("/shortlist"));
  const schools = memberSchoolsOf(viewer);
  const [only] = schools;
  if (schools.length === 1 && only) throw redirect(shortlistHref(only.urn));
  return { schools };
}

export const meta: Route.MetaFunction = () => [{ title: pageTitle("Shortlists") }];

export default function ShortlistsPage({ loaderData }: Route.ComponentProps) {
  const { schools } = loaderData;
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Shortlists" }]} />
      <Main>
        <div className="ui-stack ui-measure">
          <Heading level={1}>Shortlists</Heading>
          {schools.length === 0 ? (
            <p className="ui-body">
              A shortlist belongs to a school: people who work for a school on Trust Atlas keep one
              together. Your account does not act for a school.
            </p>
          ) : (
            <>
              <p className="ui-body">
                You work for more than one school. Choose whose shortlist to open.
              </p>
              <ul className="ui-list ui-list--bullet ui-body">
                {schools.map((school) => (
                  <li key={school.urn}>
                    <TextLink href={shortlistHref(school.urn)}>{school.name}</TextLink>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </Main>
    </>
  );
}
