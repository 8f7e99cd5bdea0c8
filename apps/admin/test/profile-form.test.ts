import { trustProfileInputSchema } from "@atlas/domain";
import { errorsFromIssues } from "@atlas/ui";
import { describe, expect, it } from "vitest";
import type { ProfileContent } from "../src/trust-profile/operations.ts";
import {
  buildProfileInput,
  checkProfileForm,
  emptyContactRow,
  emptyProfileForm,
  emptyValueRow,
  formFromContent,
  lineNumberOf,
  numberOf,
  type ProfileForm,
  placeProfileIssue,
  profileFieldIds,
  sameProfile,
} from "../src/trust-profile/profile-form.ts";

/** A full profile as the API gives it (a draft's or a published version's content). */
const content: ProfileContent = {
  visionStatement: "Every child in Leeds flourishes.",
  values: [
    { value: "INCLUSION", statement: "Everyone belongs." },
    { value: "AMBITION", statement: "We aim high." },
  ],
  ethos: "Warm and demanding.",
  qualityStatements: [{ pillar: "WORKFORCE", statement: "We grow our own." }],
  faith: {
    churchGovernanceLevel: "MINORITY",
    dioceses: ["Leeds", "York"],
    faithDesignation: null,
  },
  geography: {
    regions: ["YORKSHIRE_AND_THE_HUMBER"],
    localAuthorities: [
      { code: 383, name: "Leeds" },
      { code: 380, name: "Bradford" },
    ],
    growthAreas: ["North Leeds"],
  },
  growth: {
    stage: "GROWING",
    openToNewSchools: true,
    openToPartnerships: false,
    capacity: 3,
    seeking: {
      phases: ["PRIMARY"],
      establishmentTypes: ["COMMUNITY", "VOLUNTARY_CONTROLLED"],
      areas: [],
    },
  },
  schoolImprovementOffer: null,
  centralServices: ["HR", "FINANCE"],
  finance: {
    contribution: {
      kind: "RANGE",
      percent: null,
      minPercent: 3,
      maxPercent: 5.5,
      variesBy: "School size",
    },
    gagPooling: false,
    budgetDelegation: null,
    capitalApproach: "Pooled SCA.",
    reserves: {
      pooled: true,
      targetPercent: null,
      policy: "Three per cent of income.",
    },
    accountsUrl: "https://example.org/accounts",
  },
  governance: {
    members: 5,
    trustees: 9,
    localGovernanceModel: "LOCAL_GOVERNING_BODIES",
    contacts: [{ name: "Ana Lee", role: "CEO", email: "ana@example.org" }],
  },
};

function ok(form: ProfileForm) {
  const check = checkProfileForm(form);
  if (!check.ok) throw new Error(JSON.stringify(check.issues));
  return check.input;
}

describe("the profile form and TrustProfileInput", () => {
  it("fills the form from the API and sends back the same profile, in the API's shape", () => {
    const form = formFromContent(content);
    expect(form.geography.localAuthorityCodes).toEqual(["383", "380"]);
    expect(form.faith.dioceses).toBe("Leeds\nYork");
    expect(form.growth.openToPartnerships).toBe("no");
    expect(form.finance.maxPercent).toBe("5.5");
    expect(ok(form)).toEqual({
      visionStatement: "Every child in Leeds flourishes.",
      values: [
        { value: "INCLUSION", statement: "Everyone belongs." },
        { value: "AMBITION", statement: "We aim high." },
      ],
      ethos: "Warm and demanding.",
      // A list in GraphQL, keyed by pillar in the domain.
      qualityStatements: [{ pillar: "WORKFORCE", statement: "We grow our own." }],
      faith: { churchGovernanceLevel: "MINORITY", dioceses: ["Leeds", "York"] },
      geography: {
        regions: ["YORKSHIRE_AND_THE_HUMBER"],
        localAuthorityCodes: ["383", "380"],
        growthAreas: ["North Leeds"],
      },
      growth: {
        stage: "GROWING",
        openToNewSchools: true,
        openToPartnerships: false,
        capacity: 3,
        seeking: {
          phases: ["PRIMARY"],
          establishmentTypes: ["COMMUNITY", "VOLUNTARY_CONTROLLED"],
          areas: [],
        },
      },
      centralServices: ["HR", "FINANCE"],
      finance: {
        contribution: { kind: "RANGE", minPercent: 3, maxPercent: 5.5, variesBy: "School size" },
        gagPooling: false,
        capitalApproach: "Pooled SCA.",
        reserves: { pooled: true, policy: "Three per cent of income." },
        accountsUrl: "https://example.org/accounts",
      },
      governance: {
        members: 5,
        trustees: 9,
        localGovernanceModel: "LOCAL_GOVERNING_BODIES",
        contacts: [{ name: "Ana Lee", role: "CEO", email: "ana@example.org" }],
      },
    });
  });

  it("leaves out empty sections, empty rows and blank text; only the vision is needed", () => {
    const form = emptyProfileForm();
    form.visionStatement = "  A vision.  ";
    form.values = [emptyValueRow()];
    form.governance.contacts = [emptyContactRow()];
    form.ethos = "   ";
    // Trimmed as the API would.
    expect(ok(form)).toEqual({ visionStatement: "A vision." });
  });

  it("checks with the domain's schema: a started section needs its required parts", () => {
    const form = emptyProfileForm();
    form.growth.capacity = "three";
    form.finance.contributionKind = "FLAT";
    form.finance.percent = "120%";
    const check = checkProfileForm(form);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    const ids = profileFieldIds(form);
    const errors = errorsFromIssues(
      ids,
      check.issues.map((i) => placeProfileIssue(i, form, check.built.rows, ids)),
    );
    expect(errors.fields).toMatchObject({
      visionStatement: "Enter the vision statement; it cannot be blank.",
      "growth-stage": "Choose a growth stage from the list.",
      "growth-openToNewSchools": "Say whether the trust is open to new schools.",
      "growth-capacity": "Give the number of schools the trust could take on as a number.",
      "finance-contribution-percent": "Give the contribution as a percentage from 0 to 100.",
      "finance-gagPooling": "Say whether the trust pools GAG funding.",
      "finance-reserves-pooled": "Say whether reserves are pooled.",
      "finance-reserves-policy": "Enter the reserves policy; it cannot be blank.",
    });
    // The summary follows the form's order and links to each control by id.
    expect(errors.summary.map((s) => s.href)).toEqual([
      "#visionStatement",
      "#growth-stage",
      "#growth-openToNewSchools",
      "#growth-openToPartnerships",
      "#growth-capacity",
      "#finance-contribution-percent",
      "#finance-gagPooling",
      "#finance-reserves-pooled",
      "#finance-reserves-policy",
    ]);
  });

  it("parses numbers as people type them", () => {
    expect(numberOf("")).toBeUndefined();
    expect(numberOf(" 4.5% ")).toBe(4.5);
    expect(numberOf("1,200")).toBe(1200);
    expect(numberOf("4,5.2.1")).toBeNaN();
    expect(numberOf("five")).toBeNaN();
  });

  it("compares what would be saved, not row ids or empty rows", () => {
    const form = formFromContent(content);
    const again = formFromContent(content);
    expect(form.values[0]?.id).not.toBe(again.values[0]?.id);
    expect(sameProfile(form, again)).toBe(true);
    expect(sameProfile(form, { ...again, values: [...again.values, emptyValueRow()] })).toBe(true);
    expect(sameProfile(form, { ...again, ethos: "Changed." })).toBe(false);
  });
});

describe("placeProfileIssue", () => {
  const form = formFromContent(content);
  const { rows } = buildProfileInput(form);
  const place = (path: (string | number)[]) =>
    placeProfileIssue({ path, message: "M" }, form, rows).path[0];

  it("puts the API's issues on the field they name", () => {
    expect(place(["input", "profile", "finance", "contribution", "maxPercent"])).toBe(
      "finance-contribution-maxPercent",
    );
    expect(place(["input", "profile", "qualityStatements", "WORKFORCE"])).toBe(
      "qualityStatements-WORKFORCE",
    );
    expect(place(["input", "profile", "finance", "reserves", "policy"])).toBe(
      "finance-reserves-policy",
    );
    expect(place(["input", "expectedVersion"])).toBe("visionStatement");
  });

  it("turns a list position into the row it came from", () => {
    const second = form.values[1]?.id;
    expect(place(["values", 1, "statement"])).toBe(`values-${second}-statement`);
    expect(place(["values"])).toBe("values");
    const contact = form.governance.contacts[0]?.id;
    expect(place(["input", "profile", "governance", "contacts", 0, "email"])).toBe(
      `governance-contacts-${contact}-email`,
    );
  });

  it("keeps lists one field, naming the line of a one-per-line list", () => {
    expect(place(["geography", "localAuthorityCodes", 1])).toBe("geography-localAuthorityCodes");
    const withBlank = { ...form, faith: { ...form.faith, dioceses: "Leeds\n\n  \nYork" } };
    expect(
      placeProfileIssue({ path: ["faith", "dioceses", 1], message: "Too long." }, withBlank, rows),
    ).toEqual({ path: ["faith-dioceses"], message: "Line 4: Too long." });
    expect(lineNumberOf("a\n\nb", 1)).toBe(3);
  });

  it("puts a problem with a whole section on its first field", () => {
    expect(place(["finance", "contribution"])).toBe("finance-contribution-kind");
    expect(place(["faith"])).toBe("faith-churchGovernanceLevel");
    expect(place(["qualityStatements", 0])).toBe(
      "qualityStatements-HIGH_QUALITY_INCLUSIVE_EDUCATION",
    );
  });

  it("places every issue the schema can raise on a field of the form", () => {
    const junk = {
      visionStatement: "",
      values: [{ value: "X", statement: "" }],
      qualityStatements: { NOPE: "x" },
      faith: { churchGovernanceLevel: "X", dioceses: [""] },
      geography: { regions: ["X"], localAuthorityCodes: ["999"], growthAreas: [""] },
      growth: { seeking: {} },
      centralServices: ["X"],
      finance: { contribution: { kind: "X" }, reserves: {} },
      governance: { contacts: [{ email: "x" }] },
      extra: true,
    };
    const parsed = trustProfileInputSchema.safeParse(junk);
    expect(parsed.success).toBe(false);
    const ids = profileFieldIds(form);
    for (const issue of parsed.error?.issues ?? []) {
      expect(ids).toContain(placeProfileIssue(issue, form, rows, ids).path[0]);
    }
  });
});
