import { Footer } from "@atlas/ui";
import { publicSiteUrl } from "../config.ts";

export function SiteFooter() {
  return (
    <Footer links={[{ href: publicSiteUrl, label: "Trust Atlas public site" }]}>
      <p className="ui-mb-0">Trust Atlas admin, for school trusts and the sector body.</p>
    </Footer>
  );
}
