import { GraphQLError } from "graphql";
import { builder } from "../../builder.ts";
import { PartnershipPartyEnum } from "../../shared/enums.ts";
import { NotFoundError, ValidationError } from "../../shared/errors.ts";
import { globalIdOf } from "../../shared/global-id.ts";
import { UserErrorInterface } from "../../shared/user-error-types.ts";
import {
  attachPartnershipDocument,
  documentDownloadPath,
  PartnershipDocumentRejectedError,
} from "./documents-service.ts";
import { PartnershipRefusedError } from "./errors.ts";
import { actorOf, PartnershipPayload, partnershipRowIdOf } from "./schema.ts";
import { PartnershipRef } from "./types.ts";

builder.scalarType("File", {
  description: "A file sent as a part of a GraphQL multipart request.",
  serialize: () => {
    throw new GraphQLError("Files are only ever accepted, never returned.");
  },
});

builder.objectType(PartnershipDocumentRejectedError, {
  name: "PartnershipDocumentRejectedError",
  description:
    "The document is not kept: it must be a PDF or Word (.docx) file of at most 10 MB, and a partnership holds at most 20. The message says what to fix.",
  interfaces: [UserErrorInterface],
  fields: () => ({}),
});

const PartnershipDocumentRef = builder.drizzleObject("partnershipDocuments", {
  name: "PartnershipDocument",
  description: "A PDF or Word document one side attached to a partnership.",
  fields: (t) => ({
    id: t.string({ resolve: (d) => globalIdOf("PartnershipDocument", d.id) }),
    fileName: t.exposeString("fileName"),
    sha256: t.exposeString("sha256", { description: "The SHA-256 of its bytes, in hex." }),
    mediaType: t.string({
      select: { with: { file: { columns: { mediaType: true } } } },
      resolve: (d) => d.file.mediaType,
    }),
    byteSize: t.int({
      select: { with: { file: { columns: { byteSize: true } } } },
      resolve: (d) => d.file.byteSize,
    }),
    party: t.expose("party", {
      type: PartnershipPartyEnum,
      description: "The side that added it.",
    }),
    uploadedByName: t.string({
      nullable: true,
      description: "Who added it; null once their account is gone.",
      select: { with: { uploadedByUser: { columns: { name: true } } } },
      resolve: (d) => d.uploadedByUser?.name ?? null,
    }),
    uploadedAt: t.expose("createdAt", { type: "DateTime" }),
    downloadPath: t.string({
      description:
        "Where the API serves it, as an attachment, to those who may read the partnership.",
      resolve: (d) => documentDownloadPath(d.id),
    }),
  }),
});

builder.drizzleObjectFields(PartnershipRef, (t) => ({
  documents: t.relation("documents", {
    type: PartnershipDocumentRef,
    description: "The documents either side attached, oldest first.",
    query: { orderBy: { createdAt: "asc" } },
  }),
}));

const AttachInput = builder.inputType("AttachPartnershipDocumentInput", {
  fields: (t) => ({
    partnershipId: t.id({ required: true }),
    file: t.field({ type: "File", required: true, description: "A PDF or .docx, at most 10 MB." }),
  }),
});

builder.mutationFields((t) => ({
  attachPartnershipDocument: t.field({
    type: PartnershipPayload,
    description:
      "Attaches a PDF or Word document to a partnership, for your side, while it is open or running. The same file twice is one document.",
    args: { input: t.arg({ type: AttachInput, required: true }) },
    errors: {
      types: [
        ValidationError,
        NotFoundError,
        PartnershipRefusedError,
        PartnershipDocumentRejectedError,
      ],
    },
    authScopes: { signedIn: true },
    resolve: async (_root, { input }, ctx) => {
      const partnershipId = partnershipRowIdOf(input.partnershipId, ["input", "partnershipId"]);
      const attached = await attachPartnershipDocument(ctx.db, ctx.fileStore, {
        partnershipId,
        file: input.file,
        actor: actorOf(ctx),
        links: ctx.appLinks,
      });
      ctx.partnershipUpdates.publish("partnership:updated", attached);
      return attached;
    },
  }),
}));
