import {
  isOpenPartnershipState,
  MAX_PARTNERSHIP_DOCUMENTS,
  type PartnershipState,
  partnershipParties,
} from "@atlas/domain";
import { Button, Heading, Table } from "@atlas/ui";
import { Form } from "react-router";
import { DocumentsField } from "./DocumentsField.tsx";
import { ATTACH_ACTION, documentTypeLabel, fileSizeText } from "./documents.ts";
import { documentHref } from "./hrefs.ts";
import { when } from "./PartnershipHistory.tsx";

export interface PartnershipDocument {
  id: string;
  fileName: string;
  mediaType: string;
  byteSize: number;
  party: string;
  uploadedByName?: string | null;
  uploadedAt: string;
  downloadPath: string;
}

export interface DocumentsProps {
  action: string;
  state: PartnershipState;
  documents: readonly PartnershipDocument[];
  /** The attempt last refused: what was wrong, and the names chosen, to choose again. */
  failed: { error: string | undefined; chosenDocuments: readonly string[] } | null;
}

/** "Sam Member, the school"; the side alone once the person's account is gone. */
const addedBy = (d: PartnershipDocument) => {
  const side = partnershipParties.has(d.party)
    ? partnershipParties.label(d.party).toLowerCase()
    : d.party;
  return d.uploadedByName ? `${d.uploadedByName}, ${side}` : side;
};

/**
 * What either side attached, oldest first, each downloaded through this site; and, while the
 * partnership is open (the API's own rule, `isOpenPartnershipState`), a form to attach more.
 * Downloads are plain links, so the router does not try to render a file.
 */
export function PartnershipDocuments({ action, state, documents, failed }: DocumentsProps) {
  const full = documents.length >= MAX_PARTNERSHIP_DOCUMENTS;
  return (
    <section aria-labelledby="documents-heading" className="ui-stack">
      <Heading level={2} id="documents-heading">
        Documents
      </Heading>
      {documents.length === 0 ? (
        <p className="ui-body">No documents yet.</p>
      ) : (
        <Table
          caption="Documents attached to the partnership, oldest first"
          captionHidden
          stackWhenNarrow
          rows={documents}
          rowKey={(d) => d.id}
          columns={[
            {
              id: "name",
              header: "Document",
              rowHeader: true,
              cell: (d) => (
                <a className="ui-link" href={documentHref(d.downloadPath)} download>
                  {d.fileName}
                </a>
              ),
            },
            { id: "type", header: "Type", cell: (d) => documentTypeLabel(d.mediaType) },
            { id: "size", header: "Size", numeric: true, cell: (d) => fileSizeText(d.byteSize) },
            { id: "by", header: "Added by", cell: addedBy },
            {
              id: "at",
              header: "Added",
              cell: (d) => (
                <time dateTime={d.uploadedAt}>{when.format(new Date(d.uploadedAt))}</time>
              ),
            },
          ]}
        />
      )}
      {!isOpenPartnershipState(state) ? (
        <p className="ui-body ui-measure">
          This partnership has ended, so no more documents can be added.
        </p>
      ) : full ? (
        <p className="ui-body ui-measure">
          A partnership holds at most {MAX_PARTNERSHIP_DOCUMENTS} documents, and this one has as
          many.
        </p>
      ) : (
        <section
          id="attach-documents"
          aria-labelledby="attach-documents-heading"
          className="ui-stack stack-tight"
          tabIndex={-1}
        >
          <Heading level={3} size="m" id="attach-documents-heading">
            Attach documents
          </Heading>
          <Form
            method="post"
            action={action}
            encType="multipart/form-data"
            noValidate
            className="ui-measure"
          >
            <input type="hidden" name="action" value={ATTACH_ACTION} />
            <DocumentsField
              label="Documents to attach"
              hint="The trust can download them here, and is told when they are added."
              error={failed?.error}
              chosenBefore={failed?.chosenDocuments ?? []}
            />
            <Button>Attach</Button>
          </Form>
        </section>
      )}
    </section>
  );
}
