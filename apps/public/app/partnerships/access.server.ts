import { data } from "react-router";
import type { ApiClient } from "../graphql/client.server.ts";
import { dataOf } from "../graphql/client.server.ts";
import { schoolMemberAccess } from "../schools/member-access.server.ts";
import { partnershipHref } from "./hrefs.ts";
import { PartnershipQuery } from "./operations.ts";

/**
 * The school's member, and a partnership of that school's: one of another school's is a 404
 * here, as is an id that names none (the API refuses to say more to anyone else).
 */
export async function partnershipAccessOf(
  api: ApiClient,
  params: { urn?: string; partnershipId?: string },
) {
  const id = params.partnershipId ?? "";
  const access = await schoolMemberAccess(api, params.urn, (urn) => partnershipHref(urn, id));
  if (!access.member) return { ...access, partnership: null };
  const result = await api.queryResult(PartnershipQuery, { id });
  if (result.error?.graphQLErrors.some((e) => e.extensions.code === "FORBIDDEN"))
    throw data("Not found", { status: 404 });
  const { partnership } = dataOf(result);
  if (!partnership || partnership.school.urn !== access.urn)
    throw data("Not found", { status: 404 });
  return { ...access, partnership };
}
