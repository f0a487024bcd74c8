import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Article } from '../electron/common/article.js';
import { plainDraft } from './drafts.js';
import { bareHost, CHROMIUM_ARGS, chromiumPath, mastheadHost, openInMasthead } from './editor.js';
import { generateLibrary, writeArticleBundle } from './library.js';
import { figure, percentile, roundsFigure, type Figure } from './report.js';

/**
 * Typing in the real editor (the built renderer served by the browser host in Debian's Chromium)
 * against a bare Lexical rich-text editor of the same version in the same browser, caret in the
 * middle of a 10,000-word article. Latency is keydown (or beforeinput) to the next painted frame
 * (a task queued from the frame's requestAnimationFrame runs after the paint).
 *
 * One measurement swings from run to run on a busy machine, so both pages stay open and type in
 * alternating rounds (Masthead, bare, Masthead, bare…), after a warm-up that lets start-up work
 * settle; a figure is the median of the per-round ratios, with their spread.
 */

const ROUNDS = 5;
const KEYS = 200;
const WARM_UP_KEYS = 30;
const PACE_MS = 50;
/** Big library: bursts of keys with pauses just over the autosave delay, so a save runs while the next burst is typed. */
const BURST_KEYS = 40;
const BURST_PAUSE_MS = 1100;
const LIBRARY_ARTICLES = 10_000;
/** A main-thread task longer than this is felt while typing. */
const LONG_TASK_BUDGET_MS = 100;

/**
 * Installed before any page script: times each key from its first event to the frame after it,
 * and keeps the duration of every long task (over 50 ms) on the page's main thread.
 */
const LATENCY_PROBE = `
  window.__latencies = [];
  window.__longTasks = [];
  let pending = false;
  const start = () => {
    if (pending) return;
    pending = true;
    const t0 = performance.now();
    requestAnimationFrame(() => setTimeout(() => { window.__latencies.push(performance.now() - t0); pending = false; }, 0));
  };
  document.addEventListener('keydown', start, true);
  document.addEventListener('beforeinput', start, true);
  new PerformanceObserver((list) => { for (const task of list.getEntries()) window.__longTasks.push(task.duration); }).observe({ type: 'longtask' });
`;

interface Typed {
  p95: number;
  median: number;
  max: number;
  longestTask: number;
}

const keysOf = (language: 'en' | 'ar') => (language === 'ar' ? 'بتثجحخدذرز سشصضطظعغفق ' : 'abcdefghij klmnopqrst ');

/** Clicks into the middle paragraph of the editor labelled `editor`. */
async function caretInMiddle(page: Page, editor: string): Promise<void> {
  const paragraphs = page.getByRole('textbox', { name: editor }).locator('p');
  const middle = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
  await middle.scrollIntoViewIfNeeded();
  await middle.click();
}

/** Types `keys` keys, a pause of `pauseMs` after every `burst` of them; returns what the probe saw meanwhile. */
async function typeKeys(page: Page, language: 'en' | 'ar', keys: number, burst = keys, pauseMs = 0): Promise<Typed> {
  const text = keysOf(language);
  await page.evaluate('window.__latencies = []; window.__longTasks = []');
  for (let i = 0; i < keys; i++) {
    // type() presses a key the US layout has, and inserts other characters (Arabic) as text input.
    await page.keyboard.type(text[i % text.length]!);
    await page.waitForTimeout((i + 1) % burst === 0 && i + 1 < keys ? pauseMs : PACE_MS);
  }
  const times = ((await page.evaluate('window.__latencies')) as number[]).sort((a, b) => a - b);
  if (times.length < keys * 0.9) throw new Error(`only ${times.length} of ${keys} keys were timed`);
  const longTasks = (await page.evaluate('window.__longTasks')) as number[];
  return { median: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)!, longestTask: Math.max(0, ...longTasks) };
}

/** Waits until Masthead's status bar says the article is saved (the bare editor has nothing to save). */
async function settled(page: Page, masthead: boolean): Promise<void> {
  if (masthead) await page.locator('.status-bar__save--saved').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
}

interface Side {
  page: Page;
  editor: string;
  masthead: boolean;
}

/**
 * Warms both sides up, then types the same keys in `ours` and `theirs` in turn, `ROUNDS` times
 * each; returns each round's result per side.
 */
async function alternate(ours: Side, theirs: Side, language: 'en' | 'ar', type: (page: Page) => Promise<Typed>): Promise<{ ours: Typed[]; theirs: Typed[] }> {
  for (const side of [ours, theirs]) {
    await caretInMiddle(side.page, side.editor);
    await typeKeys(side.page, language, WARM_UP_KEYS);
    await settled(side.page, side.masthead);
  }
  const rounds = { ours: [] as Typed[], theirs: [] as Typed[] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [side, results] of [
      [ours, rounds.ours],
      [theirs, rounds.theirs],
    ] as const) {
      await side.page.bringToFront();
      await caretInMiddle(side.page, side.editor);
      results.push(await type(side.page));
      await settled(side.page, side.masthead);
    }
  }
  return rounds;
}

async function mastheadPage(browser: Browser, url: string, article: Article): Promise<Page> {
  // bypassCSP: the probe's page-side code is evaluated from strings; the app's CSP forbids eval.
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  await page.addInitScript(LATENCY_PROBE);
  await page.goto(url);
  await openInMasthead(page, article);
  return page;
}

async function barePage(browser: Browser, url: string, article: Article): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  await page.addInitScript(LATENCY_PROBE);
  await page.addInitScript(`window.__BENCH_STATE__ = ${JSON.stringify(JSON.stringify(article.body))}; window.__BENCH_DIR__ = '${article.language === 'ar' ? 'rtl' : 'ltr'}';`);
  await page.goto(url);
  await page.getByRole('textbox', { name: 'Bare editor' }).waitFor();
  return page;
}

/** Masthead against the bare editor, English and Arabic: typing.median, .p95, .max (and typing.ar.*). */
async function againstBare(browser: Browser): Promise<Figure[]> {
  const library = await mkdtemp(path.join(os.tmpdir(), 'masthead-bench-typing-'));
  const articles = { en: plainDraft(10_000, 'en', 11), ar: plainDraft(10_000, 'ar', 12) };
  for (const article of Object.values(articles)) await writeArticleBundle(library, `${article.language}-long`, article);
  const { server, workspace } = await mastheadHost(library);
  const bare = await bareHost();
  try {
    await workspace.search.idle();
    const figures: Figure[] = [];
    for (const language of ['en', 'ar'] as const) {
      const article = articles[language];
      const ours = { page: await mastheadPage(browser, server.url, article), editor: 'Article body', masthead: true };
      const theirs = { page: await barePage(browser, bare.url, article), editor: 'Bare editor', masthead: false };
      const rounds = await alternate(ours, theirs, language, (page) => typeKeys(page, language, KEYS));
      await ours.page.close();
      await theirs.page.close();
      const suffix = language === 'en' ? '' : '.ar';
      const reference = `bare Lexical editor, same Chromium, ${ROUNDS} alternating rounds`;
      for (const stat of ['median', 'p95', 'max'] as const) {
        figures.push(roundsFigure(`typing${suffix}.${stat}`, rounds.ours.map((r) => r[stat]), rounds.theirs.map((r) => r[stat]), reference));
      }
    }
    return figures;
  } finally {
    await bare.close();
    await server.close();
    await workspace.closeLibrary();
    await rm(library, { recursive: true, force: true });
  }
}

/**
 * The same article in a library of 10,000 generated articles and alone in a library, typed in
 * bursts with autosave pauses: typing.bigLibrary.p95, and the longest main-thread task while typing
 * in the big library against the 100 ms budget.
 */
async function bigLibrary(browser: Browser): Promise<Figure[]> {
  const big = await mkdtemp(path.join(os.tmpdir(), 'masthead-bench-typing-big-'));
  const alone = await mkdtemp(path.join(os.tmpdir(), 'masthead-bench-typing-alone-'));
  // Changed after every generated article, so it is the first row of the list.
  const article = { ...plainDraft(10_000, 'en', 11), updatedAt: new Date().toISOString() };
  await generateLibrary(big, LIBRARY_ARTICLES, 7);
  await writeArticleBundle(big, 'en-long', article);
  await writeArticleBundle(alone, 'en-long', article);
  const hosts = [await mastheadHost(big), await mastheadHost(alone)];
  try {
    for (const { workspace } of hosts) {
      await workspace.library.list();
      await workspace.search.idle();
    }
    const [ours, theirs] = await Promise.all(
      hosts.map(async ({ server }) => ({ page: await mastheadPage(browser, server.url, article), editor: 'Article body', masthead: true })),
    );
    const rounds = await alternate(ours!, theirs!, 'en', (page) => typeKeys(page, 'en', KEYS, BURST_KEYS, BURST_PAUSE_MS));
    const alone10k = `the same article alone in a library, ${ROUNDS} alternating rounds`;
    return [
      roundsFigure('typing.bigLibrary.p95', rounds.ours.map((r) => r.p95), rounds.theirs.map((r) => r.p95), alone10k),
      figure('typing.bigLibrary.longestTask', Math.max(...rounds.ours.map((r) => r.longestTask)), LONG_TASK_BUDGET_MS, 'the 100 ms budget for a main-thread task'),
    ];
  } finally {
    for (const { server, workspace } of hosts) {
      await server.close();
      await workspace.closeLibrary();
    }
    await rm(big, { recursive: true, force: true });
    await rm(alone, { recursive: true, force: true });
  }
}

export async function typingFigures(): Promise<Figure[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    return [...(await againstBare(browser)), ...(await bigLibrary(browser))];
  } finally {
    await browser.close();
  }
}
