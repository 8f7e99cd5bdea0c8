import { TextLink } from "@atlas/ui";
import { TrustList } from "../dashboard/TrustList.tsx";
import { Page } from "../layout/Page.tsx";
import { useSignedIn } from "../session/viewer.ts";
import { CuratorsOnly } from "./CuratorsOnly.tsx";
import { auditLogPath, curationPath } from "./curation-paths.ts";

/** The curators' home: every trust, filtered, each leading to its curation page. */
export function CurationPage() {
  return (
    <CuratorsOnly title="Curation">
      <CurationContent />
    </CuratorsOnly>
  );
}

function CurationContent() {
  const { access } = useSignedIn();
  return (
    <Page title="Curation">
      <p className="ui-body-l">
        Verify trusts and keep what Trust Atlas publishes accurate and fair. Open a trust to see its
        profile, scheme, verification and history; every privileged action is in the{" "}
        <TextLink href={auditLogPath}>audit log</TextLink>.
      </p>
      <TrustList sectorBodies={access.sectorBodies} basePath={curationPath} />
    </Page>
  );
}
