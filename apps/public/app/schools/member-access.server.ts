import { data, redirect } from "react-router";
import { signInHref } from "../auth/redirect.ts";
import { graphql } from "../gql";
import type { ApiClient } from "../graphql/client.server.ts";
import { memberSchoolsOf } from "../shortlist/member-schools.ts";
import { parseUrn } from "./urn.ts";

const SchoolMemberAccessQuery = graphql(`
  query SchoolMemberAccess($urn: Int!) {
    school(urn: $urn) {
      id
      urn
      name
    }
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
 * Who may use a school's private page (its shortlist, its fit): its own members. A URN of no
 * school is a 404, and anyone signed out is sent to sign in and back to `returnTo`. Asked
 * before anything private, which the API refuses to anyone else; `member` false is a 403 for
 * the page to explain.
 */
export async function schoolMemberAccess(
  api: ApiClient,
  rawUrn: string | undefined,
  returnTo: (urn: number) => string,
) {
  const urn = parseUrn(rawUrn);
  if (urn === null) throw data("Not found", { status: 404 });
  const { school, viewer } = await api.query(SchoolMemberAccessQuery, { urn });
  if (!school) throw data("Not found", { status: 404 });
  if (!viewer) throw redirect(signInHref(returnTo(urn)));
  return { urn, school, member: memberSchoolsOf(viewer).some((s) => s.urn === urn) };
}
