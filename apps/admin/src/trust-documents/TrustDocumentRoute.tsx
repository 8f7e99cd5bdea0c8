import { Button, Notice, TextLink } from "@atlas/ui";
import { useRef } from "react";
import { useParams } from "react-router";
import { Page } from "../layout/Page.tsx";
import type { Organisation } from "../session/access.ts";
import { useSignedIn } from "../session/viewer.ts";
import {
  type PageTrustResolution,
  resolvePageTrust,
  type TrustDocumentKind,
  trustDocumentHref,
} from "./page-trust.ts";

export const documentTitles: Record<TrustDocumentKind, string> = {
  profile: "Trust profile",
  scheme: "Scheme of delegation",
};

/** The trust this page is about (from the address, else the person's first trust). */
export function useTrustDocumentPage(): PageTrustResolution {
  const { access } = useSignedIn();
  const { trustId } = useParams();
  return resolvePageTrust(access, trustId);
}

/** The page for someone who may not see this trust's documents, or has to choose a trust. */
export function TrustDocumentRefusal({
  kind,
  resolution,
}: {
  kind: TrustDocumentKind;
  resolution: Exclude<PageTrustResolution, { kind: "trust" }>;
}) {
  const title = documentTitles[kind];
  if (resolution.kind === "choose-trust") {
    return (
      <Page title={title}>
        <Notice tone="info" title="Choose a trust">
          <p>
            As a curator you can read any trust's {kind === "profile" ? "profile" : "scheme"}, its
            draft and its history. Choose the trust from the list of trusts on your dashboard.
          </p>
          <p className="ui-mb-0">
            <TextLink href="/">Go to the list of trusts</TextLink>
          </p>
        </Notice>
      </Page>
    );
  }
  return (
    <Page title={title}>
      <Notice tone="warning" title="You cannot see this page">
        <p>
          {title} is for the trust's administrators and for sector body curators, and you are
          neither for this trust.
        </p>
        <p className="ui-mb-0">
          <TextLink href="/">Go to your dashboard</TextLink>
        </p>
      </Notice>
    </Page>
  );
}

/** For an administrator of several trusts: the same page for each of their other trusts. */
export function OtherTrusts({
  kind,
  trusts,
}: {
  kind: TrustDocumentKind;
  trusts: readonly Organisation[];
}) {
  if (trusts.length === 0) return null;
  return (
    <nav aria-label="Your other trusts" className="admin-other-trusts">
      <p className="ui-mb-0">
        You also administer:{" "}
        {trusts.map((trust, i) => (
          <span key={trust.id}>
            {i > 0 && ", "}
            <TextLink href={trustDocumentHref(kind, trust.id)}>{trust.name}</TextLink>
          </span>
        ))}
      </p>
    </nav>
  );
}

/** While the trust's documents load, or when they could not be: the page's body. */
export function TrustDocumentLoading({
  failed,
  missing,
  onRetry,
}: {
  failed: boolean;
  missing: boolean;
  onRetry: () => void;
}) {
  if (failed) {
    return (
      <Notice tone="error" title="Sorry, this page could not be loaded">
        <p>Check your connection and try again.</p>
        <Button type="button" variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      </Notice>
    );
  }
  if (missing) {
    return (
      <Notice tone="warning" title="This trust is not on the register">
        <p className="ui-mb-0">
          Check the link, or <TextLink href="/">go to your dashboard</TextLink>.
        </p>
      </Notice>
    );
  }
  return <p role="status">Loading…</p>;
}

/**
 * A query's data as a page may start from: graphcache answers partly from its cache (what other
 * pages loaded) and asks the API for the rest, and a form must not be filled from half an
 * answer. Once complete, the page keeps showing it while later answers update it.
 */
export function useCompleteOnce<T>(data: T | null | undefined, partial: boolean): boolean {
  const complete = useRef(false);
  if (!complete.current && data && !partial) complete.current = true;
  return complete.current;
}

/** True when graphcache gave only part of the answer from its cache (the rest is on its way). */
export function isPartial(
  operation: { context: { meta?: { cacheOutcome?: string } } } | undefined,
) {
  return operation?.context.meta?.cacheOutcome === "partial";
}
