import { startWordPress, type WordPressSite } from '../support/wordpress.mjs';
import { expect, test } from './fixtures.js';
import { caretToEnd, type MastheadPage } from './pages/masthead-page.js';
import { OutboxRegion, TargetsSettings } from './pages/targets.js';
import { compareVersion, ReviewView, saveVersion } from './pages/review.js';
import { wordpressRest, type WpPost } from './wordpress-rest.js';

/**
 * Reviewing drafts side by side: versions saved with labels, a version compared with the
 * current article (words marked as ins/del, Changes listing the fields), changes taken from
 * either side, a version restored, an Arabic article compared with its edited copy, and a
 * conflict with a real WordPress (Debian's packages, started once per worker) reviewed and sent.
 */

const SAMPLE_HEADLINE = 'Kremlin Reaffirms Readiness to Normalize Ties with Georgia';
const SHOTS = '/tmp/shots';

/** Types `text` at the very end of the body. */
async function typeAtEnd(masthead: MastheadPage, text: string): Promise<void> {
  await caretToEnd(masthead.body);
  await masthead.page.keyboard.type(text);
}

test('three labelled versions, compared, taken from both sides, and the first restored', async ({ startApp }) => {
  const { masthead, page } = await startApp();
  await masthead.open(SAMPLE_HEADLINE);

  // First: a new headline and a closing sentence.
  const firstHeadline = 'Kremlin Signals Readiness to Normalize Ties with Georgia';
  await masthead.headline.fill(firstHeadline);
  await typeAtEnd(masthead, ' Talks could resume soon.');
  await masthead.expectSaved();
  await saveVersion(page, 'First');

  // Second: the byline.
  const byline = masthead.region('Byline');
  await byline.getByLabel('Contributor name').nth(0).fill('Nada Mostafa');
  await masthead.expectSaved();
  await saveVersion(page, 'Second');

  // Third: one word of the headline and the end of the closing sentence.
  await masthead.headline.fill('Kremlin Signals Willingness to Normalize Ties with Georgia');
  await caretToEnd(masthead.body);
  for (let i = 0; i < 'soon.'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('next month.');
  await masthead.expectSaved();
  await saveVersion(page, 'Third');

  await page.getByRole('button', { name: 'Versions', exact: true }).click();
  const versions = page.getByRole('dialog', { name: 'Versions' }).getByRole('listbox', { name: 'Versions' });
  // Newest first; an automatic version from the first save may come below the labelled ones.
  await expect(versions.getByRole('option').nth(0)).toContainText(/Third\s*Saved by hand · by .+ · \+3 −2 words/);
  await expect(versions.getByRole('option').nth(1)).toContainText('Second');
  await expect(versions.getByRole('option').nth(2)).toContainText('First');
  await page.screenshot({ path: `${SHOTS}/review-versions-en.png` });
  await page.keyboard.press('Escape');

  // The first version on the left, the article on the right: exactly the changed words are marked.
  const review = await compareVersion(page, 'First');
  await expect(review.left).toContainText(/Version \d\d:\d\d — First/);
  await expect(review.right).toContainText('Current article');
  await expect(review.left.locator('del')).toHaveText(['Readiness', 'Nada Mustafa (writer)', 'soon']);
  await expect(review.left.locator('ins')).toHaveCount(0);
  await expect(review.right.locator('ins')).toHaveText(['Willingness', 'Nada Mostafa (writer)', 'next month']);
  await expect(review.right.locator('del')).toHaveCount(0);
  await expect(review.changes.getByRole('listitem')).toHaveCount(3);
  await expect(review.change('Headline')).toContainText('ReadinessWillingness');
  await expect(review.change('Byline')).toBeVisible();
  await expect(review.changes).toContainText('3 changes · +3 −2 words');
  await page.screenshot({ path: `${SHOTS}/review-compare-en.png` });

  // One track-changes pane, the deleted words in place before the inserted ones.
  const trackChanges = review.button('Track changes view');
  await trackChanges.click();
  await expect(trackChanges).toHaveAttribute('aria-pressed', 'true');
  await expect(review.left).toHaveCount(0);
  await expect(review.merged.locator('del')).toHaveText(['Readiness', 'Nada Mustafa (writer)', 'soon']);
  await expect(review.merged.locator('ins')).toHaveText(['Willingness', 'Nada Mostafa (writer)', 'next month']);
  await page.screenshot({ path: `${SHOTS}/review-track-changes-en.png` });
  await trackChanges.click();

  // The first version's headline is taken; the article's byline is kept.
  await review.change('Headline').getByRole('button', { name: 'Take left', exact: true }).click();
  await expect(review.change('Headline')).toHaveCount(0);
  await expect(review.changes.getByRole('listitem')).toHaveCount(2);
  await review.change('Byline').getByRole('button', { name: 'Take right', exact: true }).click();
  await expect(review.change('Byline')).toContainText('Kept as it is');
  await expect(review.right.locator('ins')).toHaveText(['Nada Mostafa (writer)', 'next month']);

  // Undo (the button, or Ctrl/Cmd+Z) puts the article's headline back; taking it again brings the version's.
  await review.button('Undo').click();
  await expect(review.change('Headline')).toBeVisible();
  await review.change('Headline').getByRole('button', { name: 'Take left', exact: true }).click();
  await expect(review.change('Headline')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(review.change('Headline')).toBeVisible();
  await review.change('Headline').getByRole('button', { name: 'Take left', exact: true }).click();
  await expect(review.change('Headline')).toHaveCount(0);
  await review.button('Close').click();
  await expect(masthead.headline).toHaveValue(firstHeadline);
  await expect(byline.getByLabel('Contributor name').nth(0)).toHaveValue('Nada Mostafa');

  // Restoring the first version is one action; compared again, nothing differs.
  const again = await compareVersion(page, 'First');
  await again.button('Restore this version').click();
  await expect(again.changes).toBeHidden();
  await expect(masthead.headline).toHaveValue(firstHeadline);
  await expect(byline.getByLabel('Contributor name').nth(0)).toHaveValue('Nada Mustafa');
  await expect(masthead.body).toContainText('Talks could resume soon.');
  const restored = await compareVersion(page, 'First');
  await expect(restored.changes).toContainText('No differences');
  await expect(restored.left.locator('del')).toHaveCount(0);
  await expect(restored.right.locator('ins')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(masthead.headline).toBeVisible();
});

test('an Arabic article compared with its edited copy marks whole Arabic words, in right-to-left panes', async ({ startApp }) => {
  const { masthead, page } = await startApp();
  const headline = 'الكرملين يؤكد استعداده لتطبيع العلاقات مع جورجيا';
  await masthead.newArticle();
  await masthead.headline.fill(headline);
  await masthead.region('Publish details').getByLabel('Language').selectOption({ label: 'Arabic' });
  await masthead.body.click();
  await page.keyboard.type('قال المتحدث باسم الكرملين إن روسيا منفتحةٌ على تطبيع العلاقات مع جورجيا.');
  await masthead.expectSaved();

  // The copy gets the same headline back and two words changed, one with its diacritic.
  await masthead.button('Duplicate article').click();
  await expect(masthead.headline).toHaveValue(`${headline} (copy)`);
  await masthead.headline.fill(headline);
  await caretToEnd(masthead.body);
  for (let i = 0; i < 'جورجيا.'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('تبليسي.');
  await masthead.expectSaved();
  await saveVersion(page, 'Copy edited');

  const review = await compareVersion(page, 'Copy edited');
  await expect(review.changes).toContainText('No differences');
  await review.leftPicker.selectOption({ label: headline });
  await expect(review.left).toContainText(`Article: ${headline}`);
  await expect(review.left).toHaveAttribute('dir', 'rtl');
  await expect(review.left).toHaveAttribute('lang', 'ar');
  await expect(review.right).toHaveAttribute('dir', 'rtl');
  await expect(review.left.locator('del')).toHaveText(['جورجيا']);
  await expect(review.right.locator('ins')).toHaveText(['تبليسي']);
  await expect(review.change('Paragraph 1')).toBeVisible();
  // Neither side's words are cut inside a word: each mark is one whole text run.
  expect(await review.right.locator('ins').evaluate((ins) => ins.childNodes.length)).toBe(1);

  // The Arabic interface mirrors the chrome; Left stays on the left.
  const settings = await masthead.openSettings();
  await settings.getByLabel('Language').selectOption('ar');
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();
  const arabicLeft = page.getByRole('region', { name: 'المسودة اليسرى', exact: true });
  await expect(arabicLeft.locator('del')).toHaveText(['جورجيا']);
  await expect(page.getByRole('region', { name: 'التغييرات', exact: true })).toContainText('الفقرة 1');
  await page.screenshot({ path: `${SHOTS}/review-compare-ar.png` });
});

test.describe('a CMS conflict', () => {
  let site: WordPressSite;
  const { wp, postsWithSlug, editOnSite } = wordpressRest(() => site);

  test.beforeAll(async () => {
    site = await startWordPress();
  });

  test.afterAll(async () => {
    await site?.stop();
  });

  test('reviewed here ends with one post holding the site’s headline and the local body edit', async ({ startApp }) => {
    const { masthead, page } = await startApp();
    const targets = new TargetsSettings(await masthead.openSettings());
    await targets.addConnectedWordPress({ siteUrl: site.url, username: site.admin.username, applicationPassword: site.admin.applicationPassword });
    await targets.dialog.getByRole('button', { name: 'Close', exact: true }).click();
    const target = new URL(site.url).host;

    const headline = 'Port strike ends';
    await masthead.newArticle();
    await masthead.headline.fill(headline);
    await masthead.body.click();
    await page.keyboard.type('Dockworkers returned to work on Monday.');
    await masthead.expectSaved();
    const cmsSlug = await masthead.region('Publish details').getByLabel('CMS slug').inputValue();
    await masthead.button('Send to CMS').click();
    const outbox = new OutboxRegion(page);
    await expect(outbox.job(headline, target)).toContainText('Sent');
    const [post] = await postsWithSlug(cmsSlug);

    // The site's editor changes the headline while the body is edited here: the send stops.
    const siteHeadline = 'Port strike ends after three weeks';
    await editOnSite(post!.id, { title: siteHeadline }, post!.modified_gmt);
    await typeAtEnd(masthead, ' Forty ships wait to dock.');
    await masthead.expectSaved();
    await masthead.button('Send to CMS').click();
    // The first send's job stays listed as Sent beside the conflicted one.
    const job = outbox.job(headline, target).filter({ hasText: 'Conflict' });
    await expect(job).toHaveCount(1);

    // Review changes: the site's copy on the left, the article on the right.
    await job.getByRole('button', { name: 'Review changes', exact: true }).click();
    const review = new ReviewView(page);
    await expect(review.left).toContainText(`CMS copy on ${target}`);
    await expect(review.right).toContainText('Current article');
    // The site holds its own CMS slug; the article's follows the headline (no value of its own).
    await expect(review.left.locator('del')).toHaveText(['after three weeks', 'port-strike-ends']);
    await expect(review.right.locator('ins')).toHaveText(['Forty ships wait to dock.']);
    await expect(review.change('Headline')).toContainText('after three weeks');
    await page.screenshot({ path: `${SHOTS}/review-cms-conflict-en.png` });
    await review.change('Headline').getByRole('button', { name: 'Take left', exact: true }).click();
    await expect(review.change('Headline')).toHaveCount(0);
    await review.button('Resolve and send').click();
    await expect(review.changes).toBeHidden();

    await expect(masthead.headline).toHaveValue(siteHeadline);
    await expect(outbox.region.getByRole('listitem').filter({ hasText: 'Conflict' })).toHaveCount(0);
    await expect(outbox.job(siteHeadline, target)).toContainText('Sent');
    const merged = await wp<WpPost>(`/wp/v2/posts/${post!.id}?context=edit`);
    expect(merged.title.raw).toBe(siteHeadline);
    expect(merged.content.raw).toContain('Dockworkers returned to work on Monday. Forty ships wait to dock.');
    const holding = await wp<WpPost[]>(`/wp/v2/posts?search=${encodeURIComponent('Forty ships')}&status=any&context=edit`);
    expect(holding.map((p) => p.id)).toEqual([post!.id]);
  });
});
