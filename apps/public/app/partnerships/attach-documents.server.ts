import type { ApiClient } from "../graphql/client.server.ts";
import type { NotAttached } from "./not-attached.ts";
import { AttachPartnershipDocumentMutation } from "./operations.ts";

/**
 * Sends each document to the API, one request each (a multipart request carries one), in the
 * order chosen; one not attached does not stop the rest. Never throws for the API's answer:
 * whatever was asked before (the request itself) stands, and the caller says what was not
 * attached.
 */
export async function attachDocuments(
  api: ApiClient,
  partnershipId: string,
  files: readonly File[],
): Promise<NotAttached[]> {
  const notAttached: NotAttached[] = [];
  for (const file of files) {
    const refused = await attachOne(api, partnershipId, file);
    if (refused) notAttached.push({ fileName: file.name, ...refused });
  }
  return notAttached;
}

async function attachOne(
  api: ApiClient,
  partnershipId: string,
  file: File,
): Promise<Omit<NotAttached, "fileName"> | null> {
  // urql answers a network failure as result.error, never by throwing.
  const result = await api.mutate(AttachPartnershipDocumentMutation, {
    input: { partnershipId, file },
  });
  if (result.error) {
    // Someone who may read the partnership but not add to it (a curator): the API says so.
    const forbidden = result.error.graphQLErrors.find((e) => e.extensions.code === "FORBIDDEN");
    if (forbidden) return { reason: "refused", message: forbidden.message };
    console.error(`The document ${file.name} was not attached:`, result.error);
    return { reason: "failed", message: null };
  }
  const outcome = result.data?.attachPartnershipDocument;
  switch (outcome?.__typename) {
    case "PartnershipPayload":
      return null;
    case "PartnershipDocumentRejectedError":
    case "ValidationError":
      return { reason: "rejected", message: outcome.message };
    case "PartnershipRefusedError":
    case "NotFoundError":
      return { reason: "refused", message: outcome.message };
    default:
      console.error(`The document ${file.name} was not attached: the API answered with no data.`);
      return { reason: "failed", message: null };
  }
}
