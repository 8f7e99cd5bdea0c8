import { Notice, TextLink } from "@atlas/ui";
import type { ReactNode } from "react";
import { Page } from "../layout/Page.tsx";
import { useSignedIn } from "../session/viewer.ts";

/**
 * A curators' page: anyone else is told it is not for them (the API refuses them its data
 * anyway), under the page's own title so the one h1 still says where they are.
 */
export function CuratorsOnly({ title, children }: { title: string; children: ReactNode }) {
  const { access } = useSignedIn();
  if (access.isCurator) return children;
  return (
    <Page title={title}>
      <Notice tone="warning" title="You cannot use this area">
        <p>{title} is for sector body curators, and you are not one.</p>
        <p className="ui-mb-0">
          <TextLink href="/">Go to your dashboard</TextLink>
        </p>
      </Notice>
    </Page>
  );
}
