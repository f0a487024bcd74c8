import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures.js';

/**
 * The acceptance story of the editorial issue: an editor recreates the seed article
 * (test/fixtures/seed-article.txt) from scratch in the UI — headline, byline, lead photo with
 * caption, body with an attributed quote, section and publish time in Africa/Cairo — passes the
 * "Ready to publish" checklist, restarts, and finds everything intact on screen and on disk.
 */

const HEADLINE = 'Kremlin Reaffirms Readiness to Normalize Ties with Georgia';
const CAPTION = 'The Russian Kremlin headquarters';
const PHOTO = path.resolve(import.meta.dirname, '../fixtures/images/photo-640x400.jpg');
const seed = (await readFile(path.resolve(import.meta.dirname, '../fixtures/seed-article.txt'), 'utf8')).split('\n');
const paragraph = (start: string) => seed.find((line) => line.startsWith(start))!.trim();
const LEAD = paragraph('Kremlin spokesman Dmitry Peskov');
const QUOTE = paragraph('“There is no concrete timeframe');
const CLOSING = paragraph('Nonetheless, the Kremlin’s openness');

interface SavedArticle {
  headline: string;
  byline: Array<{ name: string; role: string }>;
  section: string;
  publishAt: string;
  timeZone: string;
  body: { root: { children: Array<Record<string, unknown>> } };
}

async function savedArticle(library: string): Promise<{ json: SavedArticle; bundle: string }> {
  for (const name of await readdir(library)) {
    if (!name.endsWith('.article')) continue;
    const bundle = path.join(library, name);
    const json = JSON.parse(await readFile(path.join(bundle, 'article.json'), 'utf8')) as SavedArticle;
    if (json.headline === HEADLINE) return { json, bundle };
  }
  throw new Error('the recreated article is not in the library');
}

test('the seed article is recreated from scratch, passes the checklist and survives a restart', async ({ startApp, library }) => {
  const first = await startApp();
  const { masthead, page } = first;
  // Start from an empty library, so the recreated article's folder is its own.
  await masthead.open(HEADLINE);
  await masthead.button('Delete article').click();
  await expect(masthead.article(HEADLINE)).toHaveCount(0);

  await masthead.newArticle();
  await masthead.headline.fill(HEADLINE);

  // Lead photo first, as on the site, then the body below it.
  await masthead.body.click();
  await masthead.insertPhoto(PHOTO);
  const photo = masthead.photos().first();
  await expect(photo.locator('img')).toBeVisible();
  await photo.getByRole('textbox', { name: 'Caption' }).fill(CAPTION);
  await photo.getByLabel('Alt text').fill(CAPTION);
  await photo.getByLabel('Credit').fill('Reuters');
  await photo.getByRole('button', { name: 'Set as lead photo' }).click();
  await expect(photo.getByRole('button', { name: 'Set as lead photo' })).toHaveAttribute('aria-pressed', 'true');

  // The body: a paragraph, the attributed quote as a block quote (typed with "> "), a closing paragraph.
  await masthead.body.locator('p').last().click();
  await page.keyboard.type(LEAD);
  await page.keyboard.press('Enter');
  await page.keyboard.type('> ');
  await page.keyboard.type(QUOTE);
  // Enter at the end of a quote leaves it for a new paragraph.
  await page.keyboard.press('Enter');
  await page.keyboard.type(CLOSING);
  await expect(masthead.body.locator('blockquote')).toHaveText(QUOTE);

  const byline = masthead.region('Byline');
  await byline.getByRole('button', { name: 'Add contributor', exact: true }).click();
  await byline.getByLabel('Contributor name').fill('Nada Mustafa');
  await byline.getByLabel('Contributor role').selectOption('writer');
  await expect(byline.getByText('By Nada Mustafa', { exact: true })).toBeVisible();

  const details = masthead.region('Publish details');
  await details.getByLabel('Section').selectOption('News');
  await details.getByRole('combobox', { name: 'Time zone' }).fill('Cairo');
  await details.getByRole('option', { name: /Africa\/Cairo/ }).click();
  const publishTime = details.getByRole('textbox', { name: 'Publish time' });
  await publishTime.fill('2025-04-15T08:18');
  await publishTime.press('Enter');
  await expect(publishTime).toHaveValue('15 Apr 2025, 08:18');

  const checklist = masthead.region('Ready to publish');
  await expect(checklist.getByText('8 of 8 done')).toBeVisible();
  await expect(masthead.checklistFailures()).toHaveCount(0);
  await masthead.expectSaved();
  await masthead.screenshot('seed-article-recreated');

  const { json, bundle } = await savedArticle(library);
  expect(json).toMatchObject({
    headline: HEADLINE,
    byline: [{ name: 'Nada Mustafa', role: 'writer' }],
    section: 'News',
    publishAt: '2025-04-15T08:18:00+02:00',
    timeZone: 'Africa/Cairo',
  });
  const blocks = json.body.root.children;
  const photoNode = blocks.find((block) => block.type === 'photo') as { file: string; altText: string; credit: string; isLead: boolean; caption: unknown };
  expect(photoNode).toMatchObject({ altText: CAPTION, credit: 'Reuters', isLead: true });
  expect(JSON.stringify(photoNode.caption)).toContain(CAPTION);
  expect(await readdir(path.join(bundle, 'media'))).toEqual([photoNode.file]);
  expect(blocks.map((block) => block.type)).toEqual(['photo', 'paragraph', 'quote', 'paragraph']);
  await first.stop();

  const second = await startApp(library);
  await second.masthead.open(HEADLINE);
  const again = second.masthead;
  await expect(again.body.locator('blockquote')).toHaveText(QUOTE);
  await expect(again.body).toContainText(LEAD);
  await expect(again.body).toContainText(CLOSING);
  const photoAgain = again.photos().first();
  await expect(photoAgain.getByRole('textbox', { name: 'Caption' })).toHaveText(CAPTION);
  await expect(photoAgain.getByLabel('Alt text')).toHaveValue(CAPTION);
  await expect(photoAgain.getByRole('button', { name: 'Set as lead photo' })).toHaveAttribute('aria-pressed', 'true');
  await expect(again.region('Byline').getByLabel('Contributor name')).toHaveValue('Nada Mustafa');
  await expect(again.region('Publish details').getByLabel('Section')).toHaveValue('News');
  await expect(again.region('Publish details').getByRole('textbox', { name: 'Publish time' })).toHaveValue('15 Apr 2025, 08:18');
  await expect(again.region('Ready to publish').getByText('8 of 8 done')).toBeVisible();
});
