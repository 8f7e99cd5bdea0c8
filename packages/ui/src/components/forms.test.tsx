import { describe, expect, it } from "vitest";
import { find, findAll, idList, render, text } from "../test-utils.ts";
import { CheckboxGroup } from "./CheckboxGroup.tsx";
import { ErrorSummary } from "./ErrorSummary.tsx";
import { FileUpload } from "./FileUpload.tsx";
import { RadioGroup } from "./RadioGroup.tsx";
import { Select } from "./Select.tsx";
import { Textarea } from "./Textarea.tsx";
import { TextInput } from "./TextInput.tsx";

describe("TextInput", () => {
  it("labels the input and uses the name as the default id", () => {
    const html = render(<TextInput name="postcode" label="Postcode" />);
    const input = find(html, "input");
    expect(input.attrs).toMatchObject({ id: "postcode", name: "postcode", type: "text" });
    expect(find(html, "label").attrs.for).toBe("postcode");
    expect(input.attrs["aria-describedby"]).toBeUndefined();
    expect(input.attrs["aria-invalid"]).toBeUndefined();
  });

  it("wires hint and error through aria-describedby and marks it invalid", () => {
    const html = render(
      <TextInput
        name="email"
        id="contact-email"
        type="email"
        label="Email address"
        hint="We only use this to reply"
        error="Enter an email address in the correct format"
        aria-describedby="extra"
        defaultValue="not-an-email"
      />,
    );
    const input = find(html, "input");
    expect(input.attrs.id).toBe("contact-email");
    expect(input.attrs.type).toBe("email");
    expect(input.attrs.value).toBe("not-an-email");
    expect(input.attrs["aria-invalid"]).toBe("true");
    expect(idList(input.attrs["aria-describedby"])).toEqual([
      "extra",
      "contact-email-hint",
      "contact-email-error",
    ]);
    expect(find(html, "div", { id: "contact-email-hint" })).toBeTruthy();
    const error = find(html, "p", { id: "contact-email-error" });
    expect(error.attrs.class).toContain("ui-error-message");
    expect(text(html)).toContain("Error: Enter an email address in the correct format");
    expect(find(html, "div", { class: "ui-form-group ui-form-group--error" })).toBeTruthy();
  });

  it("can hide the label visually while keeping it", () => {
    const html = render(<TextInput name="q" label="Search trusts" labelHidden type="search" />);
    expect(find(html, "label").attrs.class).toContain("ui-visually-hidden");
    expect(text(html)).toBe("Search trusts");
  });
});

describe("Textarea", () => {
  it("wires label, hint and error", () => {
    const html = render(
      <Textarea name="vision" label="Vision" hint="Up to 200 words" error="Too long" />,
    );
    const textarea = find(html, "textarea");
    expect(find(html, "label").attrs.for).toBe("vision");
    expect(textarea.attrs.name).toBe("vision");
    expect(textarea.attrs["aria-invalid"]).toBe("true");
    expect(idList(textarea.attrs["aria-describedby"])).toEqual(["vision-hint", "vision-error"]);
  });
});

describe("Select", () => {
  const options = [
    { value: "north-west", label: "North West" },
    { value: "london", label: "London" },
  ];

  it("renders a labelled native select with a placeholder and the selected value", () => {
    const html = render(
      <Select
        name="region"
        label="Region"
        options={options}
        placeholder="Any region"
        defaultValue="london"
      />,
    );
    const select = find(html, "select");
    expect(select.attrs).toMatchObject({ id: "region", name: "region" });
    expect(find(html, "label").attrs.for).toBe("region");
    const rendered = findAll(html, "option");
    expect(rendered.map((o) => o.attrs.value)).toEqual(["", "north-west", "london"]);
    expect(find(html, "option", { value: "london" }).attrs.selected).toBe("");
  });

  it("wires hint and error", () => {
    const html = render(
      <Select name="region" label="Region" options={options} hint="Where" error="Pick one" />,
    );
    const select = find(html, "select");
    expect(select.attrs["aria-invalid"]).toBe("true");
    expect(idList(select.attrs["aria-describedby"])).toEqual(["region-hint", "region-error"]);
  });
});

describe("FileUpload", () => {
  it("is a labelled file box, described by its hint and its error, and marked invalid", () => {
    const html = render(
      <FileUpload
        name="documents"
        label="Documents"
        hint="PDF or Word files"
        error="minutes.txt is not a PDF"
        multiple
        accept=".pdf,.docx"
      />,
    );
    const input = find(html, "input", { id: "documents" });
    expect(input.attrs.type).toBe("file");
    expect(input.attrs.name).toBe("documents");
    expect(input.attrs.accept).toBe(".pdf,.docx");
    expect("multiple" in input.attrs).toBe(true);
    expect(input.attrs["aria-invalid"]).toBe("true");
    expect(idList(input.attrs["aria-describedby"])).toEqual(["documents-hint", "documents-error"]);
    expect(findAll(html, "label", { for: "documents" })).toHaveLength(1);
    expect(text(html)).toContain("Error: minutes.txt is not a PDF");
  });

  it("is neither described nor invalid with no hint or error", () => {
    const input = find(render(<FileUpload name="file" label="File" />), "input");
    expect(input.attrs["aria-describedby"]).toBeUndefined();
    expect(input.attrs["aria-invalid"]).toBeUndefined();
  });
});

describe("CheckboxGroup", () => {
  const options = [
    { value: "primary", label: "Primary" },
    { value: "secondary", label: "Secondary", hint: "Ages 11 to 16" },
    { value: "special", label: "Special" },
  ];

  it("is a fieldset with a legend and named checkboxes", () => {
    const html = render(
      <CheckboxGroup name="phase" legend="School phase" options={options} values={["secondary"]} />,
    );
    expect(findAll(html, "fieldset")).toHaveLength(1);
    expect(html).toMatch(/<legend[^>]*>School phase<\/legend>/);
    const inputs = findAll(html, "input");
    expect(inputs.map((i) => i.attrs.type)).toEqual(["checkbox", "checkbox", "checkbox"]);
    expect(inputs.map((i) => i.attrs.name)).toEqual(["phase", "phase", "phase"]);
    expect(inputs.map((i) => i.attrs.value)).toEqual(["primary", "secondary", "special"]);
    // First id is the bare prefix so an ErrorSummary can link to "#phase".
    expect(inputs.map((i) => i.attrs.id)).toEqual(["phase", "phase-2", "phase-3"]);
    expect(inputs.map((i) => "checked" in i.attrs)).toEqual([false, true, false]);
    for (const input of inputs) {
      expect(findAll(html, "label", { for: input.attrs.id ?? "" })).toHaveLength(1);
    }
  });

  it("describes options with their own hints and the fieldset with hint and error", () => {
    const html = render(
      <CheckboxGroup
        name="phase"
        legend="School phase"
        options={options}
        hint="Select all that apply"
        error="Select at least one phase"
      />,
    );
    const fieldset = find(html, "fieldset");
    expect(idList(fieldset.attrs["aria-describedby"])).toEqual(["phase-hint", "phase-error"]);
    expect(find(html, "input", { id: "phase-2" }).attrs["aria-describedby"]).toBe(
      "phase-2-item-hint",
    );
    expect(find(html, "input", { id: "phase" }).attrs["aria-describedby"]).toBeUndefined();
    expect(text(html)).toContain("Error: Select at least one phase");
  });

  it("gives the first option's hint an id of its own, apart from the group's hint", () => {
    const html = render(
      <CheckboxGroup
        name="phase"
        legend="School phase"
        hint="Select all that apply"
        options={[
          { value: "primary", label: "Primary", hint: "Ages 4 to 11" },
          { value: "secondary", label: "Secondary" },
        ]}
      />,
    );
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(find(html, "input", { id: "phase" }).attrs["aria-describedby"]).toBe("phase-item-hint");
    expect(find(html, "div", { id: "phase-item-hint" })).toBeTruthy();
    expect(find(html, "div", { id: "phase-hint" })).toBeTruthy();
  });

  it("supports an id prefix distinct from the name", () => {
    const html = render(
      <CheckboxGroup name="phase[]" idPrefix="filter-phase" legend="Phase" options={options} />,
    );
    expect(findAll(html, "input").map((i) => i.attrs.id)).toEqual([
      "filter-phase",
      "filter-phase-2",
      "filter-phase-3",
    ]);
  });
});

describe("RadioGroup", () => {
  it("renders named radios with the selected one checked", () => {
    const html = render(
      <RadioGroup
        name="sort"
        legend="Sort by"
        options={[
          { value: "name", label: "Name" },
          { value: "size", label: "Number of schools" },
        ]}
        value="size"
      />,
    );
    const inputs = findAll(html, "input");
    expect(inputs.map((i) => [i.attrs.type, i.attrs.name, "checked" in i.attrs])).toEqual([
      ["radio", "sort", false],
      ["radio", "sort", true],
    ]);
  });
});

describe("ErrorSummary", () => {
  it("is an alert with a focusable heading and links to the fields", () => {
    const html = render(
      <ErrorSummary
        errors={[
          { href: "#email", text: "Enter an email address" },
          { href: "#phase", text: "Select a phase" },
        ]}
      />,
    );
    const summary = find(html, "div", { role: "alert" });
    const heading = find(html, "h2");
    expect(summary.attrs["aria-labelledby"]).toBe(heading.attrs.id);
    expect(heading.attrs.tabindex).toBe("-1");
    expect("autofocus" in heading.attrs).toBe(true);
    expect(findAll(html, "a").map((a) => a.attrs.href)).toEqual(["#email", "#phase"]);
    expect(text(html)).toBe("There is a problem Enter an email address Select a phase");
  });

  it("renders nothing without errors and can skip autofocus", () => {
    expect(render(<ErrorSummary errors={[]} />)).toBe("");
    const html = render(
      <ErrorSummary errors={[{ href: "#a", text: "A" }]} focusOnMount={false} title="Fix this" />,
    );
    expect("autofocus" in find(html, "h2").attrs).toBe(false);
    expect(text(html)).toContain("Fix this");
  });
});
