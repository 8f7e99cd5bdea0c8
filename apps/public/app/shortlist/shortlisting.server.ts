import { graphql } from "../gql";
import type { ApiClient } from "../graphql/client.server.ts";
import { memberSchoolsOf } from "./member-schools.ts";
import type { Shortlisting } from "./shortlisting.ts";

const ShortlistingQuery = graphql(`
  query Shortlisting {
    viewer {
      id
      roles {
        role
        school {
          urn
          name
          shortlist {
            trust {
              id
            }
          }
        }
      }
    }
  }
`);

/**
 * The school a page shortlists for (the first the person acts for) and the trusts on its
 * shortlist now; null for anyone who acts for no school. Only a request with cookies can be
 * someone's, so everyone else costs no request at all. Asked apart from a page's own query,
 * so the pages everyone reads (search, a trust) stay the statements they were.
 */
export async function loadShortlisting(
  api: ApiClient,
  request: Request,
): Promise<Shortlisting | null> {
  if (!request.headers.get("cookie")) return null;
  const { viewer } = await api.query(ShortlistingQuery, {});
  const [school] = memberSchoolsOf(viewer);
  if (!school) return null;
  const grant = viewer?.roles?.find(
    (r) => r.role === "SCHOOL_MEMBER" && r.school?.urn === school.urn,
  );
  return { school, shortlisted: (grant?.school?.shortlist ?? []).map((e) => e.trust.id) };
}
