import { Page } from "../layout/Page.tsx";
import { dashboardSectionsFor } from "../session/access.ts";
import { useSignedIn } from "../session/viewer.ts";
import { NoAdminRole } from "./NoAdminRole.tsx";
import { TrustList } from "./TrustList.tsx";
import { TrustOverview } from "./TrustOverview.tsx";

export function DashboardPage() {
  const { access } = useSignedIn();
  const sections = dashboardSectionsFor(access);
  return (
    <Page title="Dashboard">
      <div className="ui-stack">
        {sections.map((section) => {
          switch (section.kind) {
            case "trust":
              return <TrustOverview key={section.trust.id} trust={section.trust} />;
            case "trust-list":
              return <TrustList key="trust-list" sectorBodies={access.sectorBodies} />;
            case "no-admin-role":
              return <NoAdminRole key="no-admin-role" schools={access.schools} />;
            default:
              return null;
          }
        })}
      </div>
    </Page>
  );
}
