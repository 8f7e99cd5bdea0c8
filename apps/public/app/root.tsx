// First, before any schema is built: zod must not probe for eval under our CSP.
import "@atlas/domain/zod-without-eval";
import "@atlas/ui/styles.css";
import "@atlas/ui/map.css";
import "./app.css";
import {
  Breadcrumbs,
  Button,
  ButtonGroup,
  Footer,
  Header,
  Heading,
  LinkProvider,
  Main,
  PageContainer,
  SkipLink,
} from "@atlas/ui";
import type { ReactNode } from "react";
import {
  Form,
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  type ShouldRevalidateFunctionArgs,
  useLocation,
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import { signInHref, signUpHref } from "./auth/redirect.ts";
import { RouterLink } from "./components/RouterLink.tsx";
import { useCspNonce } from "./csp-nonce.tsx";
import { env } from "./env.server.ts";
import { graphql } from "./gql";
import { createApiClient } from "./graphql/client.server.ts";
import { pageTitle, SERVICE_NAME } from "./meta.ts";
import { RouteFocus } from "./navigation/RouteFocus.tsx";
import { type MemberSchool, memberSchoolsOf } from "./shortlist/member-schools.ts";

const ViewerQuery = graphql(`
  query RootViewer {
    viewer {
      id
      name
      roles {
        role
        school {
          urn
          name
        }
      }
    }
  }
`);

export async function loader(args: Route.LoaderArgs) {
  const { request } = args;
  const api = createApiClient(args);
  let viewer: { id: string; name: string } | null = null;
  let memberSchools: MemberSchool[] = [];
  // Only people with a session cookie can be signed in: don't ask the API for everyone else.
  if (request.headers.get("cookie")) {
    try {
      const found = (await api.query(ViewerQuery, {})).viewer ?? null;
      viewer = found && { id: found.id, name: found.name };
      memberSchools = memberSchoolsOf(found);
    } catch (error) {
      // The header can do without the name; the page's own loader reports an API outage.
      console.error("Could not read the signed-in person:", error);
    }
  }
  return { viewer, memberSchools, adminUrl: env.ADMIN_URL };
}

/** Who is signed in changes only when a form is posted (sign in, sign out), not on navigation. */
export function shouldRevalidate({
  formMethod,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs) {
  if (formMethod !== undefined && formMethod.toUpperCase() !== "GET")
    return defaultShouldRevalidate;
  return false;
}

/**
 * Headers of an error page come from the error (e.g. the 503's Retry-After): React Router passes
 * them on only through the route whose boundary shows it, and that is this one.
 */
export function headers({ errorHeaders, loaderHeaders }: Route.HeadersArgs) {
  return errorHeaders ?? loaderHeaders;
}

export const links: Route.LinksFunction = () => [
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: Route.MetaFunction = () => [
  {
    name: "description",
    content:
      "Trust Atlas helps schools in England find and compare academy trusts: where they work, how big they are, which schools they run.",
  },
];

function Account({
  viewer,
  adminUrl,
  returnTo,
}: {
  viewer: { name: string } | null;
  adminUrl: string;
  returnTo: string;
}) {
  return (
    <>
      {viewer ? (
        <>
          <span>
            Signed in as <strong>{viewer.name}</strong>
          </span>
          <Form method="post" action="/sign-out">
            <button type="submit">Sign out</button>
          </Form>
        </>
      ) : (
        <>
          <RouterLink href={signInHref(returnTo)}>Sign in</RouterLink>
          <RouterLink href={signUpHref(returnTo)}>Create an account</RouterLink>
        </>
      )}
      <a href={adminUrl}>Trust and sector sign in</a>
    </>
  );
}

/** The page shell, shared by every page and by the error pages. */
export function Layout({ children }: { children: ReactNode }) {
  const rootData = useRouteLoaderData<typeof loader>("root");
  const location = useLocation();
  const returnTo = `${location.pathname}${location.search}`;
  const adminUrl = rootData?.adminUrl ?? "/";
  const nonce = useCspNonce();
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#0d2233" />
        <Meta />
        <Links />
      </head>
      <body>
        <LinkProvider component={RouterLink}>
          <div className="ui-page">
            <SkipLink />
            <Header
              serviceName={SERVICE_NAME}
              navigation={[
                {
                  href: "/trusts",
                  label: "Find a trust",
                  current: location.pathname === "/trusts",
                },
                {
                  href: "/schools",
                  label: "Find your school",
                  current: location.pathname === "/schools",
                },
                // Shortlists belong to a school: offered to its members only.
                ...((rootData?.memberSchools.length ?? 0) > 0
                  ? [
                      {
                        href: "/shortlist",
                        label: "Shortlist",
                        current: /^\/(shortlist|schools\/\d+\/shortlist)$/.test(location.pathname),
                      },
                    ]
                  : []),
              ]}
              account={
                <Account
                  viewer={rootData?.viewer ?? null}
                  adminUrl={adminUrl}
                  returnTo={returnTo}
                />
              }
            />
            <PageContainer>{children}</PageContainer>
            <Footer
              links={[
                { href: "/", label: "About Trust Atlas" },
                { href: "/trusts", label: "Find a trust" },
                { href: adminUrl, label: "Trust and sector sign in" },
              ]}
            >
              <p className="ui-mt-0">
                Trust Atlas lists academy trusts in England and the schools they run, from the
                register of schools and trusts, so that schools can compare them.
              </p>
            </Footer>
          </div>
          <RouteFocus />
        </LinkProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

function ErrorPage({
  title,
  heading,
  children,
}: {
  title: string;
  heading: string;
  children: ReactNode;
}) {
  return (
    <>
      <title>{title}</title>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: heading }]} />
      <Main>
        <div className="ui-measure ui-stack">
          <Heading level={1}>{heading}</Heading>
          {children}
        </div>
      </Main>
    </>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <ErrorPage title={pageTitle("Page not found")} heading="Page not found">
        <p className="ui-body">
          If you typed the web address, check it is correct. If you pasted it, check you copied the
          whole address.
        </p>
        <p className="ui-body">
          A trust or school may also have closed, merged or changed its details since the link was
          made.
        </p>
        <ButtonGroup>
          <Button href="/trusts">Find a trust</Button>
          <Button href="/" variant="secondary">
            Go to the home page
          </Button>
        </ButtonGroup>
      </ErrorPage>
    );
  }
  if (isRouteErrorResponse(error) && error.status === 403) {
    return (
      <ErrorPage title={pageTitle("You cannot do that")} heading="You cannot do that">
        <p className="ui-body">
          The form was sent from somewhere other than Trust Atlas, so we did not act on it. Go back
          to the page you came from and try again.
        </p>
        <ButtonGroup>
          <Button href="/">Go to the home page</Button>
        </ButtonGroup>
      </ErrorPage>
    );
  }
  if (isRouteErrorResponse(error) && error.status === 503) {
    return (
      <ErrorPage
        title={pageTitle("Service unavailable")}
        heading="Service unavailable – try again in a moment"
      >
        <p className="ui-body">
          Trust Atlas is starting up or busy, and could not find what you asked for just now. Wait a
          moment, then reload the page.
        </p>
        <p className="ui-body">Nothing you searched for or typed has been saved.</p>
        <ButtonGroup>
          <Button href="/" variant="secondary">
            Go to the home page
          </Button>
        </ButtonGroup>
      </ErrorPage>
    );
  }
  if (!isRouteErrorResponse(error)) console.error(error);
  return (
    <ErrorPage
      title={pageTitle("Sorry, there is a problem with the service")}
      heading="Sorry, there is a problem with the service"
    >
      <p className="ui-body">Try again in a few minutes.</p>
      <p className="ui-body">
        Nothing you searched for or typed has been saved. If you were signing in, you will need to
        sign in again.
      </p>
      <ButtonGroup>
        <Button href="/trusts">Find a trust</Button>
        <Button href="/" variant="secondary">
          Go to the home page
        </Button>
      </ButtonGroup>
    </ErrorPage>
  );
}
