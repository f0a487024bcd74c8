import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Puts the caret at the very end of an editor body and waits until it is there: the caret of the
 * click that focuses the body can land after Ctrl+End (the text after a click in mid-paragraph
 * would then be edited), so the key is pressed again until nothing but markup follows the caret.
 */
export async function caretToEnd(body: Locator): Promise<void> {
  await body.click();
  await expect(async () => {
    await body.page().keyboard.press('ControlOrMeta+End');
    const atEnd = await body.evaluate((element) => {
      const selection = element.ownerDocument.getSelection();
      if (!selection?.isCollapsed || !selection.focusNode || !element.contains(selection.focusNode)) return false;
      const rest = element.ownerDocument.createRange();
      rest.selectNodeContents(element);
      rest.setStart(selection.focusNode, selection.focusOffset);
      return rest.toString() === '';
    });
    expect(atEnd, 'the caret is at the end of the body').toBe(true);
  }).toPass({ timeout: 10_000 });
}

/** The main window as a screen reader sees it: every locator is a role and an accessible name. */
export class MastheadPage {
  readonly articles: Locator;
  readonly headline: Locator;
  readonly body: Locator;
  readonly saveStatus: Locator;
  readonly toolbar: Locator;

  constructor(readonly page: Page) {
    this.articles = page.getByRole('list', { name: 'Articles', exact: true });
    this.headline = page.getByRole('textbox', { name: 'Headline' });
    this.body = page.getByRole('textbox', { name: 'Article body' });
    this.saveStatus = page.getByRole('status').filter({ hasText: /Sav|Unsaved/ });
    this.toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  }

  article(headline: string): Locator {
    return this.articles.getByRole('listitem', { name: headline, exact: true });
  }

  /** A side panel of the editor, by its heading: "Byline", "Publish details", "Ready to publish". */
  region(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** The failed checks of the "Ready to publish" checklist (each is a button that goes to the field). */
  checklistFailures(): Locator {
    return this.region('Ready to publish').getByRole('button');
  }

  /** Opens Settings from the sidebar (its button has the UI language's name). */
  async openSettings(buttonName = 'Settings'): Promise<Locator> {
    await this.page.getByRole('button', { name: buttonName, exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
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

  /** The photos in the article body, each a figure named "Photo". */
  photos(): Locator {
    return this.body.getByRole('figure', { name: 'Photo' });
  }

  /** Insert photo in the toolbar, then the file(s) in the file dialog. */
  async insertPhoto(...files: Array<string | { name: string; mimeType: string; buffer: Buffer }>): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.tool('Insert photo').click();
    await (await chooser).setFiles(files as Parameters<import('@playwright/test').FileChooser['setFiles']>[0]);
  }

  /** "Choose lead photo" (or "Replace lead photo") in the Lead photo panel, then the file in the file dialog. */
  async chooseLeadPhoto(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.region('Lead photo')
      .getByRole('button', { name: /^(Choose|Replace) lead photo$/ })
      .click();
    await (await chooser).setFiles(file);
  }

  /**
   * A real paste event on `target` (the body's editable by default) carrying text/html and
   * text/plain, as a browser sends it for Ctrl+V from Word, Google Docs or a web page.
   */
  async paste(html: string, text = '', target: Locator = this.body): Promise<void> {
    await target.evaluate(
      (element, data) => {
        // Runs in the page; the test's own TypeScript has no DOM library.
        const page = globalThis as unknown as {
          DataTransfer: new () => { setData(type: string, value: string): void };
          ClipboardEvent: new (type: string, init: object) => never;
        };
        const transfer = new page.DataTransfer();
        transfer.setData('text/html', data.html);
        transfer.setData('text/plain', data.text);
        element.dispatchEvent(new page.ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
      },
      { html, text },
    );
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png` });
  }
}
