import { randomUUID } from "node:crypto";
import type { TestApi } from "@atlas/api/testing";
import { addMonths } from "@atlas/domain";
import { expect } from "vitest";
import { documentNamed, manifests } from "./manifests.ts";

/**
 * A school's request to a trust, as the public app's server sends it (its manifest's text, so
 * it runs under production rules too), in process: the only connections to a listening API are
 * then the admin server's. Returns the partnership's id.
 */
export async function schoolRequests(
  api: TestApi,
  memberCookie: string,
  to: { trustId: string; urn: number },
): Promise<string> {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date());
  const response = await api.fetch(api.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-graphql-yoga-csrf": "1",
      cookie: memberCookie,
    },
    body: JSON.stringify({
      query: documentNamed(manifests.public, "mutation RequestPartnership("),
      variables: {
        input: {
          ...to,
          idempotencyKey: randomUUID(),
          intent: "MERGE",
          focusAreas: ["SEND"],
          objectives: "Work together on SEND provision.",
          proposedStartDate: addMonths(today, 1),
          proposedEndDate: addMonths(today, 7),
        },
      },
    }),
  });
  const body = (await response.json()) as {
    data?: { requestPartnership?: { __typename?: string; partnership?: { id?: string } } };
  };
  expect(body.data?.requestPartnership?.__typename, JSON.stringify(body)).toBe(
    "PartnershipPayload",
  );
  return body.data?.requestPartnership?.partnership?.id ?? "";
}
