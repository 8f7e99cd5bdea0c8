import { Header, Main, PageContainer, SkipLink } from "@atlas/ui";
import type { ReactNode } from "react";
import { serviceName } from "../config.ts";
import { SiteFooter } from "./SiteFooter.tsx";

/** The frame of pages shown without a session (sign in) or without one known (errors). */
export function PlainFrame({ children }: { children: ReactNode }) {
  return (
    <div className="ui-page">
      <SkipLink />
      <Header serviceName={serviceName} />
      <Main>
        <PageContainer width="narrow">{children}</PageContainer>
      </Main>
      <SiteFooter />
    </div>
  );
}
