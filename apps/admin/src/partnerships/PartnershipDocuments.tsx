import {
  Button,
  ErrorSummary,
  FileUpload,
  Heading,
  Notice,
  PlainLink,
  Table,
  type TableColumn,
  TextLink,
  VisuallyHidden,
} from "@atlas/ui";
import { type FormEvent, useId, useRef, useState } from "react";
import { useClient } from "urql";
import { formatDateTime } from "../trust-documents/when.ts";
import { attachDocument, documentFileHint } from "./document-upload.ts";
import { documentsRefusal, documentTypeLabel, formatByteSize } from "./documents.ts";
import { LiveAnnouncement } from "./LiveAnnouncement.tsx";
import { actorLabel } from "./labels.ts";
import type { PartnershipDocumentView, PartnershipView } from "./operations.ts";

const fileFieldId = "partnership-document-file";

const columns: readonly TableColumn<PartnershipDocumentView>[] = [
  {
    id: "name",
    header: "Document",
    rowHeader: true,
    // A plain link: the router would draw a page for the address instead of downloading.
    cell: (d) => (
      <TextLink href={d.downloadPath} linkComponent={PlainLink} download>
        <VisuallyHidden>Download </VisuallyHidden>
        {d.fileName}
      </TextLink>
    ),
  },
  { id: "type", header: "Type", cell: (d) => documentTypeLabel(d.mediaType) },
  { id: "size", header: "Size", numeric: true, cell: (d) => formatByteSize(d.byteSize) },
  { id: "by", header: "Added by", cell: (d) => actorLabel(d.uploadedByName, d.party) },
  { id: "at", header: "When", cell: (d) => formatDateTime(d.uploadedAt) },
];

/**
 * The documents either side attached, each downloadable by anyone who may read the
 * partnership; the trust's administrators attach more while it is open.
 */
export function PartnershipDocuments({
  partnership: p,
  canAct,
}: {
  partnership: PartnershipView;
  /** An administrator of the partnership's trust; curators read and download only. */
  canAct: boolean;
}) {
  const headingId = useId();
  const refusal = documentsRefusal(p.state);
  return (
    <section aria-labelledby={headingId} className="admin-panel">
      <Heading level={2} id={headingId}>
        Documents
      </Heading>
      {p.documents.length === 0 ? (
        <p>No documents have been attached yet.</p>
      ) : (
        <>
          <p>Documents the school and the trust attached, oldest first.</p>
          <Table
            caption="Documents attached to this partnership, oldest first"
            captionHidden
            columns={columns}
            rows={p.documents}
            rowKey={(d) => d.id}
            stackWhenNarrow
          />
        </>
      )}
      {canAct && (refusal === null ? <UploadForm partnershipId={p.id} /> : <p>{refusal}</p>)}
    </section>
  );
}

function UploadForm({ partnershipId }: { partnershipId: string }) {
  const headingId = useId();
  const client = useClient();
  const form = useRef<HTMLFormElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Each refused attempt shows the summary anew, so it takes focus again.
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState("");
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    setFailure(null);
    setConfirmation("");
    setSending(true);
    const answer = await attachDocument(client, partnershipId, file);
    setSending(false);
    switch (answer.kind) {
      case "done":
        setProblem(null);
        setFile(null);
        form.current?.reset();
        setConfirmation(`${answer.fileName} is attached. The school has been told.`);
        return;
      case "refused":
        setProblem(answer.text);
        setAttempt((n) => n + 1);
        return;
      case "error":
        setProblem(null);
        setFailure(answer.text);
        return;
    }
  }

  return (
    <section aria-labelledby={headingId} className="admin-step">
      <Heading level={3} id={headingId}>
        Attach a document
      </Heading>
      {problem && (
        <ErrorSummary key={attempt} errors={[{ href: `#${fileFieldId}`, text: problem }]} />
      )}
      {failure && (
        <Notice tone="error" role="alert">
          <p className="ui-mb-0">{failure}</p>
        </Notice>
      )}
      <LiveAnnouncement message={confirmation} />
      <form ref={form} noValidate aria-labelledby={headingId} onSubmit={(e) => void submit(e)}>
        <FileUpload
          name={fileFieldId}
          label="Document to attach"
          hint={documentFileHint}
          error={problem}
          accept=".pdf,.docx"
          onChange={(event) => {
            setFile(event.currentTarget.files?.[0] ?? null);
            setConfirmation("");
          }}
        />
        <Button aria-disabled={sending || undefined}>
          {sending ? "Attaching…" : "Attach the document"}
        </Button>
      </form>
    </section>
  );
}
