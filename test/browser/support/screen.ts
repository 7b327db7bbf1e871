import type { Locator } from 'playwright-core';

/**
 * Waits until a person could see it (playwright-core has no `expect`; vitest asserts the rest) and returns the
 * visible match: layouts keep phone-only and desktop-only copies of some things, one of them hidden.
 */
export async function visible(locator: Locator, timeout = 10_000): Promise<Locator> {
  const shown = locator.filter({ visible: true }).first();
  await shown.waitFor({ state: 'visible', timeout });
  return shown;
}

/** The text a person reads in it, with runs of white space folded. */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}
