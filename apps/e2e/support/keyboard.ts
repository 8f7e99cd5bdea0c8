import type { Page } from "playwright-core";
import { expect } from "vitest";

/**
 * Tabs through the whole page and checks that every visible control (links, buttons, fields)
 * receives focus on the way, so no control is out of a keyboard user's reach.
 */
export async function expectEveryControlReachableByKeyboard(page: Page, label: string) {
  const controls = await page.evaluate(() => {
    const selector =
      "a[href], button:not([disabled]), input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), summary";
    const visible = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== "hidden";
    });
    // Radio buttons of one group share a single tab stop: the checked one, or the first when
    // none is checked. So every radio of a group carries the group's one mark.
    const groupMark = new Map<string, string>();
    const stops: HTMLElement[] = [];
    for (const el of visible) {
      if (el instanceof HTMLInputElement && el.type === "radio") {
        const mark = groupMark.get(el.name);
        if (mark !== undefined) {
          el.dataset.e2eControl = mark;
          continue;
        }
        groupMark.set(el.name, String(stops.length));
      }
      el.dataset.e2eControl = String(stops.length);
      stops.push(el);
    }
    return stops.map((el) => el.outerHTML.slice(0, 120));
  });

  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const reached = new Set<string>();
  for (let i = 0; i < controls.length + 10; i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset.e2eControl,
    );
    if (id !== undefined) reached.add(id);
    if (reached.size === controls.length) break;
  }
  const missed = controls.filter((_, i) => !reached.has(String(i)));
  expect(missed, `controls not reachable by Tab on ${label}`).toEqual([]);
}
