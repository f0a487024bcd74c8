import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { caretToEnd } from './pages/masthead-page.js';

/**
 * Split view: a second article opened beside the seed article, each pane with its own headline,
 * body and save state; both saved on their own and found again after a restart.
 */

const SAMPLE_HEADLINE = 'Kremlin Reaffirms Readiness to Normalize Ties with Georgia';
const SECOND_HEADLINE = 'Georgian Parliament Debates Russia Talks';

/** Types `text` at the very end of a body. */
async function typeAtEnd(page: Page, body: Locator, text: string): Promise<void> {
  await caretToEnd(body);
  await page.keyboard.type(text);
}

test('two articles edited side by side, each saving on its own', async ({ startApp, library }) => {
  const first = await startApp();
  const { masthead, page } = first;

  await masthead.newArticle();
  await masthead.headline.fill(SECOND_HEADLINE);
  await masthead.expectSaved();
  await masthead.open(SAMPLE_HEADLINE);

  await masthead.button('Open beside').click();
  const dialog = page.getByRole('dialog', { name: 'Open beside' });
  const choices = dialog.getByRole('listbox', { name: 'Articles to open beside' });
  // The article already open is refused.
  await choices.getByRole('option', { name: SAMPLE_HEADLINE }).click();
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('This article is already open. Choose another one to edit beside it.');
  await choices.getByRole('option', { name: SECOND_HEADLINE }).click();
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(dialog).toBeHidden();

  const current = page.getByRole('region', { name: 'Current article' });
  const beside = page.getByRole('region', { name: 'Beside' });
  await expect(current.getByRole('textbox', { name: 'Headline' })).toHaveValue(SAMPLE_HEADLINE);
  await expect(beside.getByRole('textbox', { name: 'Headline' })).toHaveValue(SECOND_HEADLINE);

  await typeAtEnd(page, current.getByRole('textbox', { name: 'Article body' }), ' Marmalade');
  await typeAtEnd(page, beside.getByRole('textbox', { name: 'Article body' }), 'Lighthouse');
  await expect(beside.getByRole('textbox', { name: 'Article body' })).toHaveText('Lighthouse');
  // The status bar speaks for the main editor, the pane's own status for the article beside.
  await expect(page.getByRole('contentinfo').getByRole('status')).toContainText('Saved');
  await expect(beside.getByRole('status')).toContainText('Saved');
  await expect(beside).toContainText('6 words');
  await page.screenshot({ path: '/tmp/shots/split-view.png' });

  // The article beside cannot be opened in the main editor as well.
  await masthead.article(SECOND_HEADLINE).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This article is open beside.' })).toBeVisible();
  await expect(current.getByRole('textbox', { name: 'Headline' })).toHaveValue(SAMPLE_HEADLINE);

  // Closing saves the pane first; switching article saves the main one first.
  await beside.getByRole('button', { name: 'Close beside' }).click();
  await expect(beside).toBeHidden();
  await expect(current).toBeHidden();
  await masthead.open(SECOND_HEADLINE);
  await first.stop();

  const { masthead: again } = await startApp(library);
  await again.open(SECOND_HEADLINE);
  await expect(again.body).toHaveText('Lighthouse');
  await again.open(SAMPLE_HEADLINE);
  await expect(again.body).toContainText(' Marmalade');
});
