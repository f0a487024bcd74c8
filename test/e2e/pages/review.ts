import { expect, type Locator, type Page } from '@playwright/test';

/** The compare view: its two panes (or the merged one), the pickers and the Changes list. */
export class ReviewView {
  readonly left: Locator;
  readonly right: Locator;
  readonly merged: Locator;
  readonly changes: Locator;
  readonly leftPicker: Locator;
  readonly rightPicker: Locator;

  constructor(readonly page: Page) {
    this.left = page.getByRole('region', { name: 'Left draft', exact: true });
    this.right = page.getByRole('region', { name: 'Right draft', exact: true });
    this.merged = page.getByRole('region', { name: 'Track changes', exact: true });
    this.changes = page.getByRole('region', { name: 'Changes', exact: true });
    this.leftPicker = page.getByRole('combobox', { name: 'Left', exact: true });
    this.rightPicker = page.getByRole('combobox', { name: 'Right', exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** The Changes list item whose title starts with `title` ("Headline", "Paragraph 3"). */
  change(title: string): Locator {
    return this.changes.getByRole('listitem').filter({ has: this.page.getByRole('button', { name: title, exact: true }) });
  }

  /** The texts of the `ins` or `del` elements in a pane. */
  marked(pane: Locator, tag: 'ins' | 'del'): Promise<string[]> {
    return pane.locator(tag).allInnerTexts();
  }
}

/** Save version in the article actions, with a label. */
export async function saveVersion(page: Page, label: string): Promise<void> {
  await page.getByRole('group', { name: 'Article actions' }).getByRole('button', { name: 'Save version', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Save version' });
  await dialog.getByLabel('Label').fill(label);
  await dialog.getByRole('button', { name: 'Save version', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** Versions in the article actions, then the version whose label is `label`, then Compare. */
export async function compareVersion(page: Page, label: string): Promise<ReviewView> {
  await page.getByRole('button', { name: 'Versions', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Versions' });
  await dialog.getByRole('listbox', { name: 'Versions' }).getByRole('option', { name: new RegExp(label) }).click();
  await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(dialog).toBeHidden();
  const review = new ReviewView(page);
  await expect(review.changes).toBeVisible();
  return review;
}
