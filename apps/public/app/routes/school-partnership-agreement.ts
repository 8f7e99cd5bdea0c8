import { agreementPdf } from "@atlas/ui";
import { data } from "react-router";
import { createApiClient } from "../graphql/client.server.ts";
import { partnershipAccessOf } from "../partnerships/access.server.ts";
import type { Route } from "./+types/school-partnership-agreement";

/**
 * The partnership agreement as a PDF, for the school's members: the same words both sides
 * confirmed (`Partnership.agreement`), made here so the file is the API's text and nothing
 * else. Before both sides confirm there is no agreement to download: a 404.
 */
export async function loader(args: Route.LoaderArgs) {
  const { member, partnership } = await partnershipAccessOf(createApiClient(args), args.params);
  if (!member || !partnership) throw data("Forbidden", { status: 403 });
  if (!partnership.agreement) throw data("Not found", { status: 404 });
  const bytes = await agreementPdf(partnership.agreement, {
    footer: `Trust Atlas · ${partnership.school.name} and ${partnership.trust.name} · version ${partnership.version}`,
  });
  return new Response(new Blob([new Uint8Array(bytes)], { type: "application/pdf" }), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": 'attachment; filename="trust-partnership-agreement.pdf"',
      "cache-control": "private, no-store",
    },
  });
}
