import { describe, expect, it } from "vitest";
import { find, findAll, idList, render, text } from "../test-utils.ts";
import { Button } from "./Button.tsx";
import { Card } from "./Card.tsx";
import { Heading } from "./Heading.tsx";
import { Notice } from "./Notice.tsx";
import { Stat } from "./Stat.tsx";
import { StatGroup } from "./StatGroup.tsx";
import { SummaryList } from "./SummaryList.tsx";
import { Table } from "./Table.tsx";
import { Tag } from "./Tag.tsx";
import { VisuallyHidden } from "./VisuallyHidden.tsx";

describe("Button", () => {
  it("is a submit button by default, so forms post without JavaScript", () => {
    const button = find(render(<Button>Search</Button>), "button");
    expect(button.attrs).toEqual({ type: "submit", class: "ui-button ui-button--primary" });
  });

  it("supports variants, explicit types and native attributes", () => {
    const html = render(
      <Button variant="warning" type="submit" name="intent" value="delete">
        Delete trust
      </Button>,
    );
    expect(find(html, "button").attrs).toMatchObject({
      class: "ui-button ui-button--warning",
      name: "intent",
      value: "delete",
      type: "submit",
    });
    expect(
      find(
        render(
          <Button variant="secondary" type="button">
            Cancel
          </Button>,
        ),
        "button",
      ).attrs.type,
    ).toBe("button");
  });

  it("renders a link when given href", () => {
    const html = render(
      <Button href="/admin/trusts/new" variant="secondary">
        Add a trust
      </Button>,
    );
    expect(findAll(html, "button")).toHaveLength(0);
    expect(find(html, "a").attrs).toEqual({
      href: "/admin/trusts/new",
      class: "ui-button ui-button--secondary",
    });
  });
});

describe("Heading", () => {
  it("renders the level with a default size and an optional caption", () => {
    const html = render(
      <Heading level={1} caption="Trust profile">
        Oak Learning Trust
      </Heading>,
    );
    expect(find(html, "h1").attrs.class).toBe("ui-heading ui-heading--xl");
    expect(text(html)).toBe("Trust profile Oak Learning Trust");
    expect(
      find(
        render(
          <Heading level={3} size="l">
            X
          </Heading>,
        ),
        "h3",
      ).attrs.class,
    ).toBe("ui-heading ui-heading--l");
  });
});

describe("Table", () => {
  type Trust = { id: string; name: string; schools: number };
  const rows: Trust[] = [
    { id: "t1", name: "Oak Learning Trust", schools: 12 },
    { id: "t2", name: "River Academies", schools: 5 },
  ];
  const columns = [
    { id: "name", header: "Trust", cell: (t: Trust) => t.name, rowHeader: true },
    { id: "schools", header: "Schools", cell: (t: Trust) => t.schools, numeric: true },
  ];

  it("has a caption, column headers with scope and row headers", () => {
    const html = render(
      <Table caption="Trusts near you" columns={columns} rows={rows} rowKey={(t) => t.id} />,
    );
    const caption = find(html, "caption");
    const region = find(html, "section");
    expect(region.attrs["aria-labelledby"]).toBe(caption.attrs.id);
    expect(region.attrs.tabindex).toBe("0");
    expect(findAll(html, "th", { scope: "col" })).toHaveLength(2);
    expect(findAll(html, "th", { scope: "row" })).toHaveLength(2);
    expect(findAll(html, "td")).toHaveLength(2);
    expect(text(html)).toBe(
      "Trusts near you Trust Schools Oak Learning Trust 12 River Academies 5",
    );
    expect(findAll(html, "td")[0]?.attrs.class).toContain("ui-table__cell--numeric");
  });

  it("shows an empty message spanning all columns and can hide the caption visually", () => {
    const html = render(
      <Table
        caption="Trusts"
        captionHidden
        columns={columns}
        rows={[]}
        rowKey={(t) => t.id}
        emptyMessage="No trusts"
      />,
    );
    expect(find(html, "td").attrs.colspan).toBe("2");
    expect(find(html, "caption").attrs.class).toContain("ui-visually-hidden");
    expect(text(html)).toContain("No trusts");
  });

  it("keeps the plain markup unless asked to stack rows on narrow screens", () => {
    const plain = render(
      <Table caption="Trusts" columns={columns} rows={rows} rowKey={(t) => t.id} />,
    );
    expect(find(plain, "table").attrs.class).toBe("ui-table");
    expect(plain).not.toContain("data-label");
  });

  it("labels every cell with its column when rows stack, so no column is lost", () => {
    const html = render(
      <Table
        caption="Trusts"
        columns={[
          ...columns,
          {
            id: "status",
            header: <abbr title="Status">St.</abbr>,
            label: "Status",
            cell: () => "Open",
          },
        ]}
        rows={rows}
        rowKey={(t) => t.id}
        stackWhenNarrow
      />,
    );
    expect(find(html, "table").attrs.class).toBe("ui-table ui-table--stack");
    const labels = [...findAll(html, "th", { scope: "row" }), ...findAll(html, "td")].map(
      (cell) => cell.attrs["data-label"],
    );
    expect(labels).toEqual(["Trust", "Trust", "Schools", "Status", "Schools", "Status"]);
    // The column headers stay in the markup for assistive technology.
    expect(findAll(html, "th", { scope: "col" })).toHaveLength(3);
  });
});

describe("SummaryList", () => {
  it("is a description list with a row per key/value and actions with hidden context", () => {
    const html = render(
      <SummaryList
        rows={[
          {
            key: "Name",
            value: "Oak Learning Trust",
            actions: [{ href: "/edit/name", label: "Change", visuallyHiddenText: "name" }],
          },
          { key: "Schools", value: "12" },
        ]}
      />,
    );
    expect(findAll(html, "dl")).toHaveLength(1);
    expect(findAll(html, "dt")).toHaveLength(2);
    expect(findAll(html, "dd", { class: "ui-summary-list__value" })).toHaveLength(2);
    expect(find(html, "a").attrs.href).toBe("/edit/name");
    expect(text(html)).toBe("Name Oak Learning Trust Change name Schools 12");
    // Every row is a div directly inside the dl (valid HTML for grouping dt/dd).
    expect(html).toMatch(/^<dl[^>]*><div class="ui-summary-list__row">/);
  });
});

describe("Tag", () => {
  it("renders a status pill", () => {
    expect(render(<Tag tone="success">Published</Tag>)).toBe(
      '<strong class="ui-tag ui-tag--success">Published</strong>',
    );
  });
});

describe("Card", () => {
  it("makes the heading a link when given href", () => {
    const html = render(
      <Card
        as="li"
        heading="Oak Learning Trust"
        headingLevel={3}
        href="/trusts/oak"
        meta={<Tag>MAT</Tag>}
      >
        <p>12 schools in the North West</p>
      </Card>,
    );
    expect(find(html, "li").attrs.class).toBe("ui-card ui-card--link");
    expect(html).toMatch(
      /<h3 class="ui-card__heading"><a class="ui-card__link" href="\/trusts\/oak">/,
    );
    expect(text(html)).toBe("Oak Learning Trust MAT 12 schools in the North West");
  });
});

describe("Notice", () => {
  it("is a region labelled by its title, with the tone announced", () => {
    const html = render(
      <Notice tone="warning" title="Profile not published">
        Publish it to show it in search.
      </Notice>,
    );
    const notice = find(html, "section");
    expect(notice.attrs.class).toBe("ui-notice ui-notice--warning");
    expect(idList(notice.attrs["aria-labelledby"])).toEqual([find(html, "h2").attrs.id]);
    expect(find(html, "span", { class: "ui-notice__icon" }).attrs["aria-hidden"]).toBe("true");
    expect(text(html)).toBe("! Warning: Profile not published Publish it to show it in search.");
  });

  it("accepts a live role and works without a title", () => {
    const html = render(
      <Notice tone="success" role="status">
        Trust saved
      </Notice>,
    );
    expect(find(html, "div", { role: "status" }).attrs["aria-labelledby"]).toBeUndefined();
    expect(text(html)).toContain("Success: Trust saved");
  });
});

describe("Stat", () => {
  it("reads as value then label", () => {
    const html = render(
      <StatGroup>
        <Stat value="1,204" label="trusts published" hint="Up 12 this month" />
      </StatGroup>,
    );
    expect(find(html, "div", { class: "ui-stat-group" })).toBeTruthy();
    expect(text(html)).toBe("1,204 trusts published Up 12 this month");
  });
});

describe("VisuallyHidden", () => {
  it("renders with the utility class", () => {
    expect(render(<VisuallyHidden as="h2">Filters</VisuallyHidden>)).toBe(
      '<h2 class="ui-visually-hidden">Filters</h2>',
    );
  });
});
