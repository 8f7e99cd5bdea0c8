import { describe, expect, it } from "vitest";
import { type LinkComponentProps, LinkProvider } from "../link.tsx";
import { find, findAll, render, text } from "../test-utils.ts";
import { Breadcrumbs } from "./Breadcrumbs.tsx";
import { Button } from "./Button.tsx";
import { CursorPagination } from "./CursorPagination.tsx";
import { Footer } from "./Footer.tsx";
import { Header } from "./Header.tsx";
import { Main } from "./Main.tsx";
import { NavList } from "./NavList.tsx";
import { Pagination, pageRange, pageWindow, paginationSummary } from "./Pagination.tsx";
import { SkipLink } from "./SkipLink.tsx";
import { TextLink } from "./TextLink.tsx";

/** Stands in for a router link: renders a marker attribute so we can see it was used. */
function RouterLink({ href, ...rest }: LinkComponentProps) {
  return <a data-router="" href={`/app${href}`} {...rest} />;
}

describe("SkipLink and Main", () => {
  it("points at the main landmark, which can take focus", () => {
    const html = render(
      <>
        <SkipLink />
        <Main>content</Main>
      </>,
    );
    const link = find(html, "a");
    const main = find(html, "main");
    expect(link.attrs.href).toBe(`#${main.attrs.id}`);
    expect(main.attrs.tabindex).toBe("-1");
    expect(text(html)).toBe("Skip to main content content");
  });
});

describe("Header", () => {
  it("renders the service name, a labelled nav with the current page and the account slot", () => {
    const html = render(
      <Header
        serviceName="Trust Atlas"
        tag="Admin"
        navigation={[
          { href: "/trusts", label: "Find a trust", current: true },
          { href: "/compare", label: "Compare" },
        ]}
        account={<a href="/sign-out">Sign out</a>}
      />,
    );
    expect(find(html, "header").attrs.class).toBe("ui-header");
    expect(find(html, "a", { class: "ui-header__service" }).attrs.href).toBe("/");
    expect(find(html, "nav").attrs["aria-label"]).toBe("Main");
    expect(find(html, "a", { href: "/trusts" }).attrs["aria-current"]).toBe("page");
    expect(find(html, "a", { href: "/compare" }).attrs["aria-current"]).toBeUndefined();
    expect(text(html)).toBe("Trust Atlas Admin Sign out Find a trust Compare");
  });

  it("omits the nav when there is no navigation", () => {
    expect(findAll(render(<Header serviceName="Trust Atlas" />), "nav")).toHaveLength(0);
  });
});

describe("link components", () => {
  it("uses a linkComponent prop", () => {
    const html = render(<Header serviceName="Atlas" homeHref="/home" linkComponent={RouterLink} />);
    expect(find(html, "a").attrs).toMatchObject({ "data-router": "", href: "/app/home" });
  });

  it("uses the LinkProvider for every linking component, and a prop wins over it", () => {
    const html = render(
      <LinkProvider component={RouterLink}>
        <TextLink href="/a">A</TextLink>
        <Button href="/b">B</Button>
        <Breadcrumbs items={[{ href: "/c", label: "C" }, { label: "Here" }]} />
        <NavList items={[{ href: "/d", label: "D" }]} />
        <Footer links={[{ href: "/e", label: "E" }]} />
        <Pagination page={1} pageSize={10} totalItems={20} hrefForPage={(p) => `/f?page=${p}`} />
        <TextLink href="/plain" linkComponent={(props) => <a {...props}>plain</a>}>
          ignored
        </TextLink>
      </LinkProvider>,
    );
    const routed = findAll(html, "a", { "data-router": "" }).map((a) => a.attrs.href);
    expect(routed).toEqual([
      "/app/a",
      "/app/b",
      "/app/c",
      "/app/d",
      "/app/e",
      "/app/f?page=1",
      "/app/f?page=2",
      "/app/f?page=2",
    ]);
    expect(find(html, "a", { href: "/plain" }).attrs["data-router"]).toBeUndefined();
  });

  it("defaults to a plain anchor", () => {
    expect(find(render(<TextLink href="/x">X</TextLink>), "a").attrs).toEqual({
      class: "ui-link",
      href: "/x",
    });
  });
});

describe("Breadcrumbs", () => {
  it("is a labelled nav with an ordered list and the current page marked", () => {
    const html = render(
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: "/trusts", label: "Trusts" },
          { label: "Oak Learning Trust" },
        ]}
      />,
    );
    expect(find(html, "nav").attrs["aria-label"]).toBe("Breadcrumb");
    expect(findAll(html, "ol")).toHaveLength(1);
    expect(findAll(html, "li")).toHaveLength(3);
    expect(find(html, "span", { "aria-current": "page" })).toBeTruthy();
    expect(html).toContain('<span aria-current="page">Oak Learning Trust</span>');
  });
});

describe("NavList", () => {
  it("marks the current item with aria-current and names the nav", () => {
    const html = render(
      <NavList
        label="Admin"
        items={[
          { href: "/admin", label: "Dashboard" },
          { href: "/admin/trusts", label: "Trusts", current: true, badge: "12" },
        ]}
      />,
    );
    expect(find(html, "nav").attrs["aria-label"]).toBe("Admin");
    expect(find(html, "a", { href: "/admin/trusts" }).attrs["aria-current"]).toBe("page");
    expect(find(html, "a", { href: "/admin" }).attrs["aria-current"]).toBeUndefined();
    expect(findAll(html, "a", { "aria-current": "page" })).toHaveLength(1);
  });

  it("is labelled by a visible heading when given", () => {
    const html = render(<NavList heading="Manage" items={[{ href: "/x", label: "X" }]} />);
    const nav = find(html, "nav");
    expect(nav.attrs["aria-label"]).toBeUndefined();
    expect(nav.attrs["aria-labelledby"]).toBe(find(html, "h2").attrs.id);
  });
});

describe("Pagination", () => {
  const href = (p: number) => `/trusts?page=${p}`;

  it("is a labelled nav showing the range and previous/next links", () => {
    const html = render(
      <Pagination
        page={2}
        pageSize={20}
        totalItems={134}
        hrefForPage={href}
        itemLabel={{ singular: "trust", plural: "trusts" }}
      />,
    );
    expect(find(html, "nav").attrs["aria-label"]).toBe("Pagination");
    expect(text(html)).toContain("Showing 21–40 of 134 trusts");
    expect(find(html, "a", { rel: "prev" }).attrs.href).toBe("/trusts?page=1");
    expect(find(html, "a", { rel: "next" }).attrs.href).toBe("/trusts?page=3");
    expect(find(html, "a", { "aria-current": "page" }).attrs.href).toBe("/trusts?page=2");
    expect(text(html)).toContain("Previous page");
    expect(text(html)).toContain("Next page");
  });

  it("has no previous link on the first page and no next link on the last", () => {
    const first = render(<Pagination page={1} pageSize={20} totalItems={45} hrefForPage={href} />);
    expect(findAll(first, "a", { rel: "prev" })).toHaveLength(0);
    expect(text(first)).toContain("Showing 1–20 of 45 results");
    const last = render(<Pagination page={3} pageSize={20} totalItems={45} hrefForPage={href} />);
    expect(findAll(last, "a", { rel: "next" })).toHaveLength(0);
    expect(text(last)).toContain("Showing 41–45 of 45 results");
  });

  it("offers a jump to any page that keeps the list's own parameters", () => {
    const params = new URLSearchParams("q=oak&region=london&region=north-west&page=2");
    const html = render(
      <Pagination
        page={2}
        pageSize={20}
        totalItems={134}
        hrefForPage={href}
        showSummary={false}
        jump={{ action: "/trusts", params }}
      />,
    );
    expect(text(html)).not.toContain("Showing");
    expect(find(html, "form").attrs).toMatchObject({ method: "get", action: "/trusts" });
    const hidden = findAll(html, "input", { type: "hidden" }).map(
      (input) => `${input.attrs.name}=${input.attrs.value}`,
    );
    expect(hidden).toEqual(["q=oak", "region=london", "region=north-west"]);
    const field = find(html, "input", { type: "number" });
    expect(field.attrs).toMatchObject({ name: "page", min: "1", max: "7", value: "2" });
    expect(text(html)).toContain("Go to page");
    expect(text(html)).toContain("of 7");
    // One page has nowhere to jump to.
    const short = render(
      <Pagination
        page={1}
        pageSize={20}
        totalItems={20}
        hrefForPage={href}
        jump={{ action: "/t", params }}
      />,
    );
    expect(findAll(short, "form")).toHaveLength(0);
  });

  it("clamps out-of-range pages and handles single pages and no results", () => {
    const beyond = render(
      <Pagination page={99} pageSize={20} totalItems={45} hrefForPage={href} />,
    );
    expect(text(beyond)).toContain("Showing 41–45 of 45 results");
    const single = render(<Pagination page={1} pageSize={20} totalItems={1} hrefForPage={href} />);
    expect(text(single)).toBe("Showing 1 of 1 result");
    expect(findAll(single, "a")).toHaveLength(0);
    const none = render(<Pagination page={1} pageSize={20} totalItems={0} hrefForPage={href} />);
    expect(text(none)).toBe("No results to show");
  });

  it("formats large numbers and can hide page numbers", () => {
    const html = render(
      <Pagination
        page={3}
        pageSize={500}
        totalItems={12345}
        hrefForPage={href}
        showPageNumbers={false}
      />,
    );
    expect(text(html)).toContain("Showing 1,001–1,500 of 12,345 results");
    expect(findAll(html, "a").map((a) => a.attrs.rel)).toEqual(["prev", "next"]);
  });

  it("computes ranges and page windows", () => {
    expect(pageRange(0, 10, 5)).toEqual({ page: 1, totalPages: 1, from: 1, to: 5 });
    expect(paginationSummary(pageRange(2, 10, 25), 25)).toBe("Showing 11–20 of 25 results");
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageWindow(3, 10)).toEqual([1, 2, 3, 4, null, 10]);
    expect(pageWindow(10, 10)).toEqual([1, null, 9, 10]);
  });
});

describe("CursorPagination", () => {
  it("renders nothing when there is no other page", () => {
    expect(render(<CursorPagination links={{ previous: null, next: null }} label="Pages" />)).toBe(
      "",
    );
  });

  it("links the previous and next pages, with the summary when given", () => {
    const html = render(
      <CursorPagination
        links={{ previous: "/?q=oak", next: "/?q=oak&after=e&page=3" }}
        summary="Showing 21–40 of 55 trusts"
        label="Pages of trusts"
      />,
    );
    expect(find(html, "nav").attrs["aria-label"]).toBe("Pages of trusts");
    expect(find(html, "a", { rel: "prev" }).attrs.href).toBe("/?q=oak");
    expect(find(html, "a", { rel: "next" }).attrs.href).toBe("/?q=oak&after=e&page=3");
    expect(text(html)).toBe("Showing 21–40 of 55 trusts ← Previous page Next page →");
  });
});

describe("Footer", () => {
  it("renders labelled support links and meta content", () => {
    const html = render(
      <Footer links={[{ href: "/accessibility", label: "Accessibility statement" }]}>
        <p>Contains public sector information.</p>
      </Footer>,
    );
    expect(find(html, "footer")).toBeTruthy();
    expect(find(html, "nav").attrs["aria-label"]).toBe("Support links");
    expect(text(html)).toBe("Accessibility statement Contains public sector information.");
  });
});
