import { TextLink } from "@atlas/ui";
import { Page } from "../layout/Page.tsx";

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        <TextLink href="/">Go to your dashboard</TextLink>
      </p>
    </Page>
  );
}
