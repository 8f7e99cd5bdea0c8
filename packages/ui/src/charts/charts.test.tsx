import { delegationDecisions, delegationTiers } from "@atlas/domain";
import { describe, expect, it } from "vitest";
import { type LinkComponentProps, LinkProvider } from "../link.tsx";
import { find, findAll, render, text } from "../test-utils.ts";
import { DelegationHeatmap } from "./DelegationHeatmap.tsx";
import { PhaseMixChart } from "./PhaseMixChart.tsx";
import { PupilsPerSchoolChart } from "./PupilsPerSchoolChart.tsx";

/** Text as a reader sees it: `text` with the entities React escapes turned back. */
function readable(html: string): string {
  return text(html)
    .replaceAll("&#x27;", "'")
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">");
}

/** Widths of the filled part of each bar, in order. */
function barLengths(html: string): number[] {
  return findAll(html, "rect", { class: "ui-bar__fill" }).map((rect) => Number(rect.attrs.width));
}

/** The markup of each `<li>` (or other element) in order. */
function items(html: string, tag = "li"): string[] {
  return [...html.matchAll(new RegExp(`<${tag}[\\s>][\\s\\S]*?</${tag}>`, "g"))].map((m) => m[0]);
}

function RouterLink({ href, ...rest }: LinkComponentProps) {
  return <a data-router="" href={href} {...rest} />;
}

const phases = [
  { key: "PRIMARY", label: "Primary", count: 12 },
  { key: "SECONDARY", label: "Secondary", count: 6 },
  { key: "ALL_THROUGH", label: "All-through", count: 1 },
  { key: "SPECIAL", label: "Special", count: 0 },
];

describe("PhaseMixChart", () => {
  it("is a figure with a caption and a list of phases, in the order given", () => {
    const html = render(<PhaseMixChart title="Schools by phase" counts={phases} />);
    expect(find(html, "figure").attrs.class).toBe("ui-chart");
    expect(text(items(html, "figcaption")[0] ?? "")).toBe("Schools by phase");
    expect(findAll(html, "ul", { class: "ui-bar-chart" })).toHaveLength(1);
    expect(items(html).map(text)).toEqual([
      "Primary 12 schools (63%)",
      "Secondary 6 schools (32%)",
      "All-through 1 school (5%)",
      "Special 0 schools (0%)",
    ]);
  });

  it("draws bars from 0 to the largest phase, hidden from assistive technology", () => {
    const html = render(<PhaseMixChart title="Schools by phase" counts={phases} />);
    expect(barLengths(html)).toEqual([100, 50, 8.33, 0]);
    const bars = findAll(html, "svg");
    expect(bars).toHaveLength(4);
    for (const bar of bars) {
      expect(bar.attrs).toMatchObject({
        "aria-hidden": "true",
        viewbox: "0 0 100 10",
        preserveaspectratio: "none",
      });
    }
    // The figure and share are text, in the page: never the bar alone.
    expect(findAll(html, "span", { class: "ui-bar-chart__value" })).toHaveLength(4);
  });

  it("writes the share of a small phase as less than 1%, not 0%", () => {
    const html = render(
      <PhaseMixChart
        title="Phases"
        counts={[
          { key: "PRIMARY", label: "Primary", count: 250 },
          { key: "NURSERY", label: "Nursery", count: 1 },
        ]}
      />,
    );
    expect(items(html).map(readable)).toEqual([
      "Primary 250 schools (>99%)",
      "Nursery 1 school (<1%)",
    ]);
  });

  it("says there are no schools yet when there are none to count", () => {
    for (const counts of [[], [{ key: "PRIMARY", label: "Primary", count: 0 }]]) {
      const html = render(<PhaseMixChart title="Schools by phase" counts={counts} />);
      expect(findAll(html, "ul")).toHaveLength(0);
      expect(findAll(html, "svg")).toHaveLength(0);
      expect(text(html)).toBe("Schools by phase No schools yet");
    }
  });
});

describe("PupilsPerSchoolChart", () => {
  const schools = [
    { id: "s1", name: "Ash Primary", pupils: 210, href: "/schools/ash" },
    { id: "s2", name: "Birch Academy", pupils: null, href: "/schools/birch" },
    { id: "s3", name: "Cedar High", pupils: 1050 },
    { id: "s4", name: "Alder Infants", pupils: null },
    { id: "s5", name: "Beech Primary", pupils: 210 },
  ];

  it("puts the largest school first and those without a figure last, saying so", () => {
    const html = render(<PupilsPerSchoolChart title="Pupils per school" schools={schools} />);
    expect(items(html).map(text)).toEqual([
      "Cedar High 1,050 pupils",
      "Ash Primary 210 pupils",
      "Beech Primary 210 pupils",
      "Alder Infants Not recorded",
      "Birch Academy Not recorded",
    ]);
  });

  it("scales bars from 0 to the largest school and draws none for a missing figure", () => {
    const html = render(<PupilsPerSchoolChart title="Pupils per school" schools={schools} />);
    expect(barLengths(html)).toEqual([100, 20, 20]);
    const rows = items(html);
    expect(rows.map((row) => findAll(row, "svg").length)).toEqual([1, 1, 1, 0, 0]);
    expect(rows[3]).toContain("ui-bar-chart__row--missing");
  });

  it("links the names that have an address, through the app's link component", () => {
    const html = render(
      <LinkProvider component={RouterLink}>
        <PupilsPerSchoolChart title="Pupils per school" schools={schools} />
      </LinkProvider>,
    );
    expect(findAll(html, "a").map((a) => [a.attrs.href, a.attrs["data-router"]])).toEqual([
      ["/schools/ash", ""],
      ["/schools/birch", ""],
    ]);
    expect(find(html, "a", { href: "/schools/ash" }).attrs.class).toBe("ui-link");
  });

  it("keeps a hundred schools as one row each, in order", () => {
    const many = Array.from({ length: 100 }, (_, i) => ({
      id: `s${i}`,
      name: `School ${String(i).padStart(3, "0")}`,
      pupils: i % 10 === 0 ? null : i * 10,
    }));
    const html = render(<PupilsPerSchoolChart title="Pupils per school" schools={many} />);
    expect(items(html)).toHaveLength(100);
    const lengths = barLengths(html);
    expect(lengths).toHaveLength(90);
    expect(lengths[0]).toBe(100);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(text(items(html)[0] ?? "")).toBe("School 099 990 pupils");
    expect(text(items(html)[99] ?? "")).toBe("School 090 Not recorded");
  });

  it("says there are no schools yet for an empty list", () => {
    const html = render(<PupilsPerSchoolChart title="Pupils per school" schools={[]} />);
    expect(text(html)).toBe("Pupils per school No schools yet");
  });
});

describe("DelegationHeatmap", () => {
  const cells = [
    { decision: "SET_TRUST_VISION", tier: "TRUST_BOARD", level: "DECIDES" },
    { decision: "SET_TRUST_VISION", tier: "CEO", level: "RECOMMENDS" },
    { decision: "SET_TRUST_VISION", tier: "LOCAL_GOVERNING_BODY", level: "CONSULTED" },
    { decision: "SET_TRUST_VISION", tier: "HEADTEACHER", level: "INFORMED" },
    { decision: "SET_TRUST_VISION", tier: "MEMBERS", level: null },
    { decision: "AGREE_SCHOOL_ETHOS", tier: "LOCAL_GOVERNING_BODY", level: "DECIDES" },
    { decision: "AGREE_SCHOOL_ETHOS", tier: "HEADTEACHER", level: "SHRUGS" },
  ];
  const autonomy = [
    { area: "VISION_AND_ETHOS", index: 0.5 },
    { area: "STAFFING", index: 0.375 },
  ];
  const html = render(
    <DelegationHeatmap cells={cells} autonomy={autonomy} caption="Who decides what" />,
  );
  const rows = items(html, "tr");

  /** The cells (after the row header) of the row for a decision. */
  function cellsOf(decision: string) {
    const label = delegationDecisions.label(decision as (typeof delegationDecisions.keys)[number]);
    const row = rows.find((r) => readable(r).startsWith(label));
    return findAll(row ?? "", "td");
  }

  it("is a captioned table in a labelled, focusable scroll region", () => {
    const caption = find(html, "caption");
    expect(text(items(html, "caption")[0] ?? "")).toBe("Who decides what");
    expect(find(html, "section").attrs).toMatchObject({
      class: "ui-table-scroll",
      "aria-labelledby": caption.attrs.id,
      tabindex: "0",
    });
  });

  it("has a column per tier, in the vocabulary's order, after the decision column", () => {
    const headers = items(html, "th").filter((th) => th.includes('scope="col"'));
    expect(headers.map(text)).toEqual(["Decision", ...delegationTiers.entries.map((t) => t.label)]);
  });

  it("groups a row per decision under a header per area, in the vocabularies' order", () => {
    const groups = items(html, "tbody");
    expect(groups).toHaveLength(12);
    for (const group of groups) {
      const [areaHeader] = findAll(group, "th");
      expect(areaHeader?.attrs).toMatchObject({ scope: "rowgroup", colspan: "7" });
    }
    expect(findAll(html, "th", { scope: "row" })).toHaveLength(40);
    expect(findAll(html, "td")).toHaveLength(40 * 6);
    const [vision, strategy] = groups;
    expect(findAll(vision ?? "", "th", { scope: "row" })).toHaveLength(3);
    expect(readable(vision ?? "")).toMatch(
      /^Vision and ethos Local autonomy 50% Set the trust's vision and values/,
    );
    expect(text(strategy ?? "")).toMatch(/^Strategy and development plans Local autonomy not/);
  });

  it("shows each area's local autonomy as a percentage and a bar", () => {
    const groups = items(html, "tbody");
    const staffing = groups[4] ?? "";
    expect(text(staffing)).toMatch(/^Staffing Local autonomy 38%/);
    expect(barLengths(staffing)).toEqual([38]);
    expect(barLengths(groups[1] ?? "")).toEqual([]);
  });

  it("gives each level a colour class and a letter, with the word for assistive technology", () => {
    const vision = cellsOf("SET_TRUST_VISION");
    expect(vision.map((td) => td.attrs.class)).toEqual([
      "ui-heat",
      "ui-heat ui-heat--decides",
      "ui-heat",
      "ui-heat ui-heat--recommends",
      "ui-heat ui-heat--consulted",
      "ui-heat ui-heat--informed",
    ]);
    const row = rows.find((r) => r.includes("vision and values")) ?? "";
    expect(findAll(row, "span", { class: "ui-heat__code", "aria-hidden": "true" })).toHaveLength(4);
    expect(readable(row)).toBe(
      "Set the trust's vision and values D Decides R Recommends C Consulted I Informed",
    );
  });

  it("leaves cells empty that are missing, null or of an unknown level", () => {
    expect(cellsOf("AGREE_SCHOOL_ETHOS").map((td) => td.attrs.class)).toEqual([
      "ui-heat",
      "ui-heat",
      "ui-heat",
      "ui-heat",
      "ui-heat ui-heat--decides",
      "ui-heat",
    ]);
    expect(html).toContain('<td class="ui-heat"></td>');
    expect(html).not.toContain("SHRUGS");
  });

  it("marks the members' reserved matters in their row headers", () => {
    const reserved = delegationDecisions.keys.filter((key) =>
      delegationDecisions.isReservedToMembers(key),
    );
    expect(reserved.length).toBeGreaterThan(0);
    const marked = items(html, "th").filter(
      (th) => th.includes('scope="row"') && th.includes("Reserved to members"),
    );
    expect(marked.map((th) => readable(th).replace(" Reserved to members", ""))).toEqual(
      reserved.map((key) => delegationDecisions.label(key)),
    );
  });

  it("has a key to every level, before the table", () => {
    const legend = html.slice(0, html.indexOf("<section"));
    expect(findAll(legend, "dt").map((dt) => dt.name)).toHaveLength(6);
    for (const level of ["decides", "recommends", "consulted", "informed"]) {
      expect(legend).toContain(`ui-heat--${level}`);
    }
    expect(text(legend)).toContain("D Decides This tier makes the decision.");
    expect(text(legend)).toContain("Reserved to members");
    expect(text(legend)).toContain("Local autonomy");
  });
});

describe("charts under the Content Security Policy", () => {
  it("render no style attribute, which style-src 'self' would block", () => {
    const markup = [
      render(<PhaseMixChart title="Phases" counts={phases} />),
      render(
        <PupilsPerSchoolChart
          title="Pupils"
          schools={[{ id: "a", name: "A", pupils: 10, href: "/a" }]}
        />,
      ),
      render(
        <DelegationHeatmap
          caption="Scheme"
          cells={[{ decision: "APPOINT_CEO", tier: "TRUST_BOARD", level: "DECIDES" }]}
          autonomy={[{ area: "STAFFING", index: 0.2 }]}
        />,
      ),
    ];
    for (const html of markup) {
      expect(html).not.toMatch(/\sstyle=/i);
      expect(findAll(html, "rect").length).toBeGreaterThan(0);
    }
  });
});
