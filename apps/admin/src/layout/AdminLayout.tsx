import { Header, Main, NavList, PageContainer, SkipLink } from "@atlas/ui";
import { Form, Outlet, useLocation, useNavigation } from "react-router";
import { serviceName } from "../config.ts";
import { navigationFor } from "../session/access.ts";
import { useSignedIn } from "../session/viewer.ts";
import { SiteFooter } from "./SiteFooter.tsx";

function Account({ name }: { name: string }) {
  const navigation = useNavigation();
  const signingOut = navigation.state !== "idle" && navigation.formAction === "/sign-out";
  return (
    <>
      <span>
        Signed in as <strong>{name}</strong>
      </span>
      <Form method="post" action="/sign-out">
        <button type="submit" aria-disabled={signingOut || undefined}>
          {signingOut ? "Signing out…" : "Sign out"}
        </button>
      </Form>
    </>
  );
}

/** The frame of every signed-in page: header with the account, side navigation, main. */
export function AdminLayout() {
  const { viewer, access } = useSignedIn();
  const { pathname } = useLocation();
  return (
    <div className="ui-page">
      <SkipLink />
      <Header serviceName={serviceName} account={<Account name={viewer.name} />} />
      <PageContainer className="admin-body">
        <div className="ui-layout-sidebar">
          <div className="ui-layout-sidebar__aside admin-sidebar">
            <NavList label="Admin sections" items={navigationFor(access, pathname)} />
          </div>
          <Main className="ui-layout-sidebar__content admin-main">
            <Outlet />
          </Main>
        </div>
      </PageContainer>
      <SiteFooter />
    </div>
  );
}
