import type { RouteObject } from "react-router";
import { plannedAreas } from "../areas/areas.ts";
import { PlannedAreaPage } from "../areas/PlannedAreaPage.tsx";
import { DashboardPage } from "../dashboard/DashboardPage.tsx";
import { AdminLayout } from "../layout/AdminLayout.tsx";
import { NotFoundPage } from "../pages/NotFoundPage.tsx";
import { RouteErrorPage } from "../pages/RouteErrorPage.tsx";
import type { SessionClient } from "../session/session-client.ts";
import { signOutAction, signOutLoader } from "../session/sign-out.ts";
import { requireViewer, signedInRouteId } from "../session/viewer.ts";
import { Loading } from "./Loading.tsx";
import { RootLayout } from "./RootLayout.tsx";

const trustProfileRoute = async () => ({
  Component: (await import("../trust-profile/TrustProfilePage.tsx")).TrustProfilePage,
});
const partnershipInboxRoute = async () => ({
  Component: (await import("../partnerships/PartnershipInboxPage.tsx")).PartnershipInboxPage,
});
const partnershipRoute = async () => ({
  Component: (await import("../partnerships/PartnershipPage.tsx")).PartnershipPage,
});
const sectorDashboardRoute = async () => ({
  Component: (await import("../sector-dashboard/SectorDashboardPage.tsx")).SectorDashboardPage,
});
const claimsRoute = async () => ({
  Component: (await import("../claims/ClaimsQueuePage.tsx")).ClaimsQueuePage,
});
const curationRoute = async () => ({
  Component: (await import("../curation/CurationPage.tsx")).CurationPage,
});
const trustCurationRoute = async () => ({
  Component: (await import("../curation/TrustCurationPage.tsx")).TrustCurationPage,
});
const auditLogRoute = async () => ({
  Component: (await import("../audit-log/AuditLogPage.tsx")).AuditLogPage,
});
const collectionsRoute = async () => ({
  Component: (await import("../collections/CollectionsPage.tsx")).CollectionsPage,
});
const newCollectionRoute = async () => ({
  Component: (await import("../collections/CollectionEditorPage.tsx")).NewCollectionPage,
});
const collectionRoute = async () => ({
  Component: (await import("../collections/CollectionEditorPage.tsx")).CollectionEditorPage,
});
const moderationRoute = async () => ({
  Component: (await import("../moderation/ModerationPage.tsx")).ModerationPage,
});
const schemeRoute = async () => ({
  Component: (await import("../scheme-of-delegation/SchemeOfDelegationPage.tsx"))
    .SchemeOfDelegationPage,
});

/**
 * Every route of the admin (React Router data mode). Everything but signing in sits behind the
 * auth guard: the signed-in layout's loader, which sends a signed-out visitor to /sign-in.
 */
export function adminRoutes(session: SessionClient): RouteObject[] {
  return [
    {
      Component: RootLayout,
      HydrateFallback: Loading,
      children: [
        {
          ErrorBoundary: RouteErrorPage,
          children: [
            {
              path: "sign-in",
              lazy: async () => (await import("../sign-in/sign-in-lazy.ts")).signInRoute(session),
            },
            { path: "sign-out", loader: signOutLoader, action: signOutAction(session) },
            // An emailed invitation: looked at before signing in (its token is the credential).
            {
              path: "invitations/:token",
              lazy: async () =>
                (await import("../invitations/invitation-lazy.ts")).invitationRoute(session),
            },
            {
              id: signedInRouteId,
              loader: ({ request }) => requireViewer(session, request),
              // Check the session on every navigation, not only when the address's query
              // changes: answered from the cache, asking the API at most once a minute.
              shouldRevalidate: () => true,
              Component: AdminLayout,
              children: [
                { index: true, Component: DashboardPage },
                // A trust administrator's own trust, and any one trust (curators, and
                // administrators of several trusts). Loaded on demand, with the CSV library.
                { path: "trust-profile", lazy: trustProfileRoute },
                { path: "trusts/:trustId/profile", lazy: trustProfileRoute },
                { path: "scheme-of-delegation", lazy: schemeRoute },
                { path: "trusts/:trustId/scheme-of-delegation", lazy: schemeRoute },
                // A trust's partnership requests (the inbox), as the profile pages: the
                // administrator's own trust, or any one trust by its id; then one request.
                { path: "partnership-requests", lazy: partnershipInboxRoute },
                { path: "trusts/:trustId/partnership-requests", lazy: partnershipInboxRoute },
                { path: "partnership-requests/:partnershipId", lazy: partnershipRoute },
                // The curators' queue of claims to act for a trust or a school.
                { path: "claims", lazy: claimsRoute },
                // Curators: newly published versions to approve, send back or take down.
                { path: "moderation", lazy: moderationRoute },
                // Curators: figures about the whole sector, with the charting library.
                { path: "sector-dashboard", lazy: sectorDashboardRoute },
                // Curators: the filtered list of trusts, one trust's curation page, the log.
                { path: "curation", lazy: curationRoute },
                { path: "curation/trusts/:trustId", lazy: trustCurationRoute },
                { path: "audit-log", lazy: auditLogRoute },
                // Curators: curated collections of trusts, and one to create or change.
                { path: "collections", lazy: collectionsRoute },
                { path: "collections/new", lazy: newCollectionRoute },
                { path: "collections/:collectionId", lazy: collectionRoute },
                ...plannedAreas.map((area) => ({
                  path: area.path,
                  element: <PlannedAreaPage area={area} />,
                })),
                { path: "*", Component: NotFoundPage },
              ],
            },
          ],
        },
      ],
    },
  ];
}
