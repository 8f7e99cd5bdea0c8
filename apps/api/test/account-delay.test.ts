import { describe, expect, it } from "vitest";
import { accountDelaySeconds } from "../src/modules/accounts/sign-in-throttle.ts";

describe("accountDelaySeconds", () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 1],
    [6, 2],
    [8, 8],
    [10, 32],
    [11, 60],
    [500, 60],
  ])("after %i failures the next attempt waits %i s", (failures, seconds) => {
    expect(accountDelaySeconds(failures)).toBe(seconds);
  });
});
