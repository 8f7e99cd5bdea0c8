import { describe, expect, it } from "vitest";
import { memberSchoolsOf } from "./member-schools.ts";

const oak = { urn: 100001, name: "Oak Primary" };
const elm = { urn: 100002, name: "Elm Primary" };

describe("memberSchoolsOf", () => {
  it.each([
    ["nobody signed in", null, []],
    ["a person with no roles to see", { roles: null }, []],
    ["a trust administrator", { roles: [{ role: "TRUST_ADMIN", school: null }] }, []],
    [
      "a member of two schools, one granted twice",
      {
        roles: [
          { role: "SCHOOL_MEMBER", school: oak },
          { role: "TRUST_ADMIN", school: null },
          { role: "SCHOOL_MEMBER", school: elm },
          { role: "SCHOOL_MEMBER", school: oak },
        ],
      },
      [oak, elm],
    ],
  ])("%s", (_case, viewer, schools) => {
    expect(memberSchoolsOf(viewer)).toEqual(schools);
  });
});
