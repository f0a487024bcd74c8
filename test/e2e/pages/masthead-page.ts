import { expect, type Locator, type Page } from '@playwright/test';

/** The main window as a screen reader sees it: every locator is a role and an accessible name. */
export class MastheadPage {
  readonly articles: Locator;
  readonly headline: Locator;
  readonly body: Locator;
  readonly saveStatus: Locator;
  readonly toolbar: Locator;

  constructor(readonly page: Page) {
    this.articles = page.getByRole('list', { name: 'Articles' });
    this.headline = page.getByRole('textbox', { name: 'Headline' });
    this.body = page.getByRole('textbox', { name: 'Article body' });
    this.saveStatus = page.getByRole('status').filter({ hasText: /Sav|Unsaved/ });
    this.toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  }

  article(headline: string): Locator {
    return this.articles.getByRole('listitem', { name: headline, exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  tool(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  async newArticle(): Promise<void> {
    await this.button('New article').click();
    await expect(this.headline).toBeFocused();
  }

  async open(headline: string): Promise<void> {
    await this.article(headline).click();
    await expect(this.headline).toHaveValue(headline);
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toContainText('Saved');
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png` });
  }
}
