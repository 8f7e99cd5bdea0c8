import { data, redirect } from "react-router";
import { type ApiClient, throwApiError } from "../graphql/client.server.ts";
import { partnershipHref } from "./hrefs.ts";
import { TransitionPartnershipMutation } from "./operations.ts";
import { checkTerms, type TermsPost, termsErrors } from "./propose-terms-form.ts";
import { stepSlug } from "./transition-form.ts";

/**
 * The school's proposed terms: checked, sent with the version the page showed, and on success a
 * 303 back to the page; otherwise the form again with what was typed and what was wrong, or,
 * when the partnership moved on meanwhile, a word that nothing was done.
 */
export async function proposeTermsFromPost(
  api: ApiClient,
  { urn, partnershipId, post }: { urn: number; partnershipId: string; post: TermsPost },
) {
  const failed = (
    status: number,
    issues: Parameters<typeof termsErrors>[0],
    stale: string | null = null,
  ) => data({ kind: "terms-failed" as const, post, errors: termsErrors(issues), stale }, status);
  const checked = checkTerms(post.values);
  if (!checked.ok)
    return data({ kind: "terms-failed" as const, post, errors: checked.errors, stale: null }, 400);

  const result = await api.mutate(TransitionPartnershipMutation, {
    input: {
      partnershipId,
      action: "PROPOSE_TERMS",
      expectedVersion: post.expectedVersion,
      terms: checked.terms,
      reason: checked.reason,
    },
  });
  if (result.error) throwApiError(result.error);
  const outcome = result.data?.transitionPartnership;
  if (!outcome) throw new Error("The terms were not proposed: the API answered with no data.");
  switch (outcome.__typename) {
    case "PartnershipPayload":
      throw redirect(`${partnershipHref(urn, partnershipId)}?done=${stepSlug("PROPOSE_TERMS")}`, {
        status: 303,
      });
    case "ValidationError":
      return failed(400, outcome.issues);
    case "PartnershipRefusedError":
      return failed(400, [{ path: outcome.path, message: outcome.message }]);
    case "PartnershipStaleError":
    case "PartnershipConflictError":
      return failed(409, [], outcome.message);
    case "NotFoundError":
      throw data("Not found", { status: 404 });
    default:
      return outcome satisfies never;
  }
}
