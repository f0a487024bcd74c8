import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Article } from '../electron/common/article.js';
import { createApi } from '../electron/core/api/index.js';
import { Workspace } from '../electron/core/app/workspace.js';
import { serializeArticle } from '../electron/core/library/serialize.js';
import { MemorySecretStore } from '../electron/core/send/secrets.js';
import { startHostServer, type HostServer } from '../electron/host/server.js';
import { VersionStore } from '../electron/core/versions/version-store.js';
import { editedDraft, plainDraft } from './drafts.js';
import { figure, percentile, type Figure } from './report.js';

/**
 * Opening an article and scrolling the compare view in the real window: the built renderer served
 * by the browser host in Debian's Chromium, against a bare Lexical rich-text editor of the same
 * version in the same browser (bench/typing.ts measures typing).
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

async function writeLibrary(dir: string, articles: Article[]): Promise<void> {
  for (const article of articles) {
    const bundle = path.join(dir, `${article.language}-long.article`);
    await mkdir(path.join(bundle, 'media'), { recursive: true });
    await writeFile(path.join(bundle, 'article.json'), serializeArticle(article));
    // The version the compare view scrolls against: the same article with 5% of its words different.
    await new VersionStore({ author: 'bench' }).take(bundle, editedDraft(article, 0.05, 31), 'manual', 'Earlier draft');
  }
}

/**
 * Scrolls a page's scroller (the first scrollable element inside `from`, or the document) by
 * 60 px a frame for 240 frames and returns the frame intervals in ms.
 */
const SCROLL_PROBE = (selector: string) => `new Promise((resolve) => {
  const start = document.querySelector(${JSON.stringify(selector)});
  let scroller = start;
  while (scroller && !(scroller.scrollHeight > scroller.clientHeight + 10 && /auto|scroll/.test(getComputedStyle(scroller).overflowY))) scroller = scroller.parentElement;
  scroller = scroller || document.scrollingElement;
  scroller.scrollTop = 0;
  const frames = [];
  let last = performance.now();
  const step = (now) => {
    frames.push(now - last);
    last = now;
    scroller.scrollTop += 60;
    if (frames.length < 240) requestAnimationFrame(step); else resolve(frames.slice(5));
  };
  requestAnimationFrame(step);
})`;

function frameStats(frames: number[]): { median: number; p95: number } {
  const sorted = [...frames].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/** The compare view with the article's earlier version on the left, scrolled through. */
async function scrollCompare(page: Page): Promise<{ median: number; p95: number }> {
  await page.getByRole('button', { name: 'Versions', exact: true }).click();
  await page.getByRole('listbox', { name: 'Versions' }).getByRole('option').first().click();
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.getByRole('region', { name: 'Left draft' }).waitFor();
  return frameStats((await page.evaluate(SCROLL_PROBE('section[aria-label="Left draft"]'))) as number[]);
}

export async function mastheadHost(library: string): Promise<{ server: HostServer; workspace: Workspace }> {
  const recent: string[] = [];
  const workspace = new Workspace({ lastLibrary: () => null, recentLibraries: () => recent, rememberLibrary: () => undefined }, null, () => undefined, new MemorySecretStore(), 'bench');
  await workspace.openLibrary(library, { mustExist: true });
  const dispatch = createApi(workspace, {
    app: { info: { version: 'bench', transport: 'browser', platform: process.platform }, closeReady: () => undefined, setSpellcheckLanguages: () => undefined },
    library: { chooseFolder: async () => null },
  });
  const server = await startHostServer({ rendererDir: path.join(ROOT, '.bench-build', 'renderer'), dispatch, media: (folder, file) => workspace.library.mediaFile(folder, file), port: 0 });
  return { server, workspace };
}

/** The bare editor's page, served like the renderer (the host's static server, no API behind it). */
export async function bareHost(): Promise<HostServer> {
  return startHostServer({
    rendererDir: path.join(ROOT, '.bench-build', 'bare-editor'),
    dispatch: async () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'no API here' } }),
    media: async () => null,
    port: 0,
  });
}

/** Milliseconds from a click on the article in the list to its last paragraph painted in the editor. */
export async function openInMasthead(page: Page, article: Article): Promise<number> {
  const last = article.body.root.children.at(-1)!;
  const lastText = 'children' in last ? (last.children as Array<{ text?: string }>).map((c) => c.text ?? '').join('') : '';
  const item = page.getByRole('list', { name: 'Articles', exact: true }).getByRole('listitem', { name: article.headline, exact: true });
  await item.waitFor();
  // Page-side code as strings: this file is compiled for Node, without the DOM's types.
  const started = (await page.evaluate('performance.now()')) as number;
  await item.click();
  await page.waitForFunction(`document.querySelector('[aria-label="Article body"]')?.textContent?.includes(${JSON.stringify(lastText.slice(-60))}) ?? false`, undefined, { polling: 'raf' });
  const painted = (await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)))')) as number;
  return painted - started;
}

export async function editorFigures(): Promise<Figure[]> {
  const library = await mkdtemp(path.join(os.tmpdir(), 'masthead-bench-editor-'));
  const article = plainDraft(10_000, 'en', 11);
  await writeLibrary(library, [article]);
  const { server, workspace } = await mastheadHost(library);
  const bare = await bareHost();
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    // bypassCSP: the probe's page-side code is evaluated from strings; the app's CSP forbids eval.
    const masthead = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
    await masthead.goto(server.url);
    const load = await openInMasthead(masthead, article);
    const compareScroll = await scrollCompare(masthead);
    await masthead.close();

    const reference = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await reference.addInitScript(`window.__BENCH_STATE__ = ${JSON.stringify(JSON.stringify(article.body))}; window.__BENCH_DIR__ = 'ltr';`);
    const loadStart = Date.now();
    await reference.goto(bare.url);
    await reference.getByRole('textbox', { name: 'Bare editor' }).waitFor();
    const bareLoad = Date.now() - loadStart;
    const bareScroll = frameStats((await reference.evaluate(SCROLL_PROBE('[aria-label="Bare editor"]'))) as number[]);
    await reference.close();

    // At 60 frames per second a frame lasts 16.7 ms.
    const scrolling = 'scrolling the bare editor with the same article';
    return [
      figure('open.load', load, bareLoad, 'bare Lexical page load with the same article'),
      figure('compare.scroll.frame.median', compareScroll.median, bareScroll.median, scrolling),
      figure('compare.scroll.frame.p95', compareScroll.p95, bareScroll.p95, scrolling),
    ];
  } finally {
    await browser?.close();
    await bare.close();
    await server.close();
    await workspace.closeLibrary();
    await rm(library, { recursive: true, force: true });
  }
}
