import { type AgreementText, agreementPdf, Button } from "@atlas/ui";
import { useState } from "react";

/**
 * "Download the agreement (PDF)": the PDF is made in the browser from the words the API
 * holds (`Partnership.agreement`), with the same code the public site uses, so both sides'
 * copies are the same document.
 */
export function AgreementDownload({
  agreement,
  footer,
}: {
  agreement: AgreementText;
  footer: string;
}) {
  const [making, setMaking] = useState(false);
  async function download() {
    setMaking(true);
    try {
      const bytes = await agreementPdf(agreement, { footer });
      const url = URL.createObjectURL(
        new Blob([new Uint8Array(bytes)], { type: "application/pdf" }),
      );
      const link = document.createElement("a");
      link.href = url;
      link.download = "trust-partnership-agreement.pdf";
      link.click();
      URL.revokeObjectURL(url);
    } finally {
      setMaking(false);
    }
  }
  return (
    <Button type="button" variant="secondary" onClick={download} disabled={making}>
      Download the agreement (PDF)
    </Button>
  );
}
