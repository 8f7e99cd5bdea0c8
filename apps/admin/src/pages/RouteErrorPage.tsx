import { TextLink } from "@atlas/ui";
import { isRouteErrorResponse, useRouteError } from "react-router";
import { Page } from "../layout/Page.tsx";
import { PlainFrame } from "../layout/PlainFrame.tsx";
import { NotFoundPage } from "./NotFoundPage.tsx";

/** When a page cannot be shown: the API is down, or something unexpected broke. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <PlainFrame>
        <NotFoundPage />
      </PlainFrame>
    );
  }
  // The details are for developers; the page says what a person can do about it.
  console.error(error);
  return (
    <PlainFrame>
      <Page title="Sorry, there is a problem with the service">
        <p>Try again in a few minutes.</p>
        <p>
          <TextLink href={typeof window === "undefined" ? "/" : window.location.href}>
            Reload the page
          </TextLink>
        </p>
      </Page>
    </PlainFrame>
  );
}
