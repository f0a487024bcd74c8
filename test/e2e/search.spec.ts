import { mkdir } from 'node:fs/promises';
import { articleWith, generateLibrary, writeArticleBundle } from '../../bench/library.js';
import { expect, test, type RunningApp } from './fixtures.js';

/**
 * Search and filters over a generated library of 2,000 articles (bench/library.ts), written
 * before the app starts, so the index is built in the background on the first open.
 */

const SHOTS = '/tmp/shots';

/** A hospital story in Arabic whose text carries the word with its diacritics. */
const TARGET = articleWith(
  {
    headline: 'افتتاح جناح جديد للأطفال في مستشفى المدينة',
    language: 'ar',
    section: 'Health',
    status: 'edited',
    publishAt: '2025-05-20T09:00:00.000Z',
    paragraphs: ['قالت وزارة الصحة إن الجناح الجديد سيخفف الضغط عن الْمُسْتَشْفَيَاتِ الحكومية في العاصمة خلال الشتاء.'],
  },
  101,
);
/** The same word in another section and status, so the filters have something to narrow. */
const OTHER = articleWith(
  {
    headline: 'البرلمان يناقش ميزانية الصحة',
    language: 'ar',
    section: 'Politics',
    status: 'draft',
    paragraphs: ['طالب نواب بزيادة مخصصات المستشفيات في الأقاليم.'],
  },
  102,
);

const searchBox = (app: RunningApp, name = 'Search articles') => app.page.getByRole('searchbox', { name });

async function openFilters(app: RunningApp): Promise<void> {
  await app.page.getByText('Filters', { exact: true }).click();
}

test('finds an Arabic article typed without diacritics in 2,000, filters it, opens it, and finds an outside edit by its new word', async ({
  library,
  startApp,
}) => {
  test.setTimeout(120_000);
  await generateLibrary(library, 2000, 6);
  await writeArticleBundle(library, 'مستشفى-المدينة', TARGET);
  await writeArticleBundle(library, 'ميزانية-الصحة', OTHER);
  await mkdir(SHOTS, { recursive: true });

  const app = await startApp();
  const { page, masthead } = app;
  await expect(masthead.articles.getByRole('listitem').first()).toBeVisible();
  // Virtualized: a handful of rows are in the page, each knowing its place among all of them.
  expect(await masthead.articles.getByRole('listitem').count()).toBeLessThan(100);
  await expect(masthead.articles.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '2002');

  // Typed without diacritics, and without the article's ال: both forms match.
  await searchBox(app).fill('مستشفيات');
  const target = masthead.article(TARGET.headline);
  const other = masthead.article(OTHER.headline);
  await expect(target).toBeVisible();
  await expect(other).toBeVisible();
  const highlighted = target.getByText('الْمُسْتَشْفَيَاتِ', { exact: true });
  expect(await highlighted.evaluate((element) => element.tagName)).toBe('MARK');

  await openFilters(app);
  await page.getByLabel('Section', { exact: true }).selectOption('Health');
  await expect(other).toHaveCount(0);
  await page.getByLabel('Status', { exact: true }).selectOption('draft');
  await expect(target).toHaveCount(0);
  await expect(page.getByText('No articles match.')).toBeVisible();
  await page.getByLabel('Status', { exact: true }).selectOption('edited');
  await expect(target).toBeVisible();
  await expect(masthead.articles.getByRole('listitem')).toHaveCount(1);
  await page.getByLabel('Sort by').selectOption('headline');
  await page.screenshot({ path: `${SHOTS}/search-en.png` });

  await masthead.open(TARGET.headline);

  // Another program rewrites an article that is not open; its new word is found.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await writeArticleBundle(library, 'ميزانية-الصحة', {
    ...OTHER,
    updatedAt: '2025-06-02T10:00:00.000Z',
    body: articleWith({ headline: OTHER.headline, language: 'ar', paragraphs: ['أعلن المجلس عن برنامج زنجبيلستان للتدريب.'] }).body,
  });
  await searchBox(app).fill('زنجبيلستان');
  await expect(other).toBeVisible();
  await expect(masthead.articles.getByRole('listitem')).toHaveCount(1);

  // The same in the Arabic interface.
  const settings = await masthead.openSettings();
  await settings.getByLabel('Language').selectOption('ar');
  await page.keyboard.press('Escape');
  const arabicBox = searchBox(app, 'البحث في المقالات');
  await arabicBox.fill('مستشفيات');
  // The filters stay open from before.
  // An article is open: its Publish details have a Section field too.
  await page.getByRole('complementary', { name: 'المكتبة' }).getByLabel('القسم', { exact: true }).selectOption('Health');
  const arabicList = page.getByRole('list', { name: 'المقالات' });
  await expect(arabicList.getByRole('listitem', { name: TARGET.headline, exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/search-ar.png` });
});
