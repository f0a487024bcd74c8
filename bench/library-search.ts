import { chromium, type Browser } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SearchRequest } from '../electron/common/search.js';
import { ArticleService } from '../electron/core/articles/article-service.js';
import { LibraryStore } from '../electron/core/library/library-store.js';
import { INDEX_FILE } from '../electron/core/search/index-file.js';
import { SearchIndex } from '../electron/core/search/search-index.js';
import { VersionStore } from '../electron/core/versions/version-store.js';
import { seeded } from './drafts.js';
import { CHROMIUM_ARGS, chromiumPath, mastheadHost } from './editor.js';
import { generateLibrary, writeArticleBundle } from './library.js';
import { figure, percentile, type Figure } from './report.js';

/**
 * A library of 10,000 generated articles (English and Arabic, photos, varied metadata, fixed
 * seed). The first screen of its list in the real window (first opening, and reopening); the main
 * process's memory with it open; listing it with a fresh store (and again on reopening, from the
 * list cache) against a plain Node loop reading the same files; 100 searches for words of real
 * headlines against ripgrep over the same files as text.
 */
const ARTICLES = 10_000;
const QUERIES = 100;
const SAVES = 30;

/**
 * Milliseconds of one save as the window makes it (ArticleService.save, then the article's own
 * row read again with library:list {folders}), median of SAVES saves of the same article.
 */
async function saveRoundTrips(library: LibraryStore, folder: string): Promise<number> {
  const articles = new ArticleService(library, new VersionStore({ author: 'bench' }));
  let { article } = await library.open(folder);
  const times: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const edited = { ...article, headline: `${article.headline.replace(/ \(\d+\)$/, '')} (${i})` };
    const start = performance.now();
    const saved = await articles.save(folder, edited, article.updatedAt);
    const [row] = await library.list({ folders: [folder] });
    times.push(performance.now() - start);
    if (row?.headline !== edited.headline) throw new Error(`the row of "${folder}" does not show its save`);
    article = { ...edited, updatedAt: saved.updatedAt };
  }
  return percentile(times.sort((a, b) => a - b), 50);
}

async function plainList(dir: string): Promise<number> {
  let read = 0;
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.article')) continue;
    JSON.parse(await readFile(path.join(dir, name, 'article.json'), 'utf8'));
    read++;
  }
  return read;
}

/**
 * Milliseconds from opening the library (as the main process does at start) to the first row of
 * the "Articles" list painted in the window; then lets the whole list and the index finish and
 * closes, which leaves the caches a reopening finds.
 */
async function firstScreen(browser: Browser, dir: string): Promise<number> {
  const start = performance.timeOrigin + performance.now();
  const { server, workspace } = await mastheadHost(dir);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    // The page notes when the frame with the first row was painted (a task queued from that
    // frame's requestAnimationFrame runs after the paint), in the same clock as `start`: waiting
    // for the row from here would add the time Playwright takes to look again.
    await page.addInitScript(`window.__firstRowPainted = new Promise((resolve) => {
      const look = () => {
        if (document.querySelector('ul[aria-label="Articles"] li')) setTimeout(() => resolve(performance.timeOrigin + performance.now()), 0);
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    })`);
    await page.goto(server.url);
    const shown = ((await page.evaluate('window.__firstRowPainted')) as number) - start;
    await workspace.library.list();
    await workspace.search.idle();
    return shown;
  } finally {
    await page.close();
    await server.close();
    await workspace.closeLibrary();
  }
}

/** Resident memory (MB) of bench/main-process.js with the library open, listed and indexed; without a library, a bare Node process. */
function mainProcessMemory(dir?: string): { rss: number; heapUsed: number } {
  const script = path.join(import.meta.dirname, 'main-process.js');
  const result = spawnSync(process.execPath, [script, ...(dir ? [dir] : [])], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the main-process memory probe failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as { rss: number; heapUsed: number };
}

export async function libraryFigures(): Promise<Figure[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'masthead-bench-library-'));
  let browser: Browser | null = null;
  try {
    const generated = await generateLibrary(dir, ARTICLES, 7);
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const firstOpening = await firstScreen(browser, dir);
    const reopening = await firstScreen(browser, dir);
    await browser.close();
    browser = null;
    const memory = mainProcessMemory(dir);
    const bareNode = mainProcessMemory();
    console.log(`Main process with ${ARTICLES.toLocaleString('en')} articles listed and indexed: ${Math.round(memory.rss)} MB resident, ${Math.round(memory.heapUsed)} MB of JavaScript heap in use`);
    // The list and index measured from here on start without their caches.
    await rm(path.join(dir, '.masthead', 'list-cache.json'), { force: true });
    await rm(path.join(dir, '.masthead', INDEX_FILE), { force: true });

    let start = performance.now();
    const cold = await LibraryStore.open(dir, { sampleText: null, watch: false });
    const listed = await cold.list();
    const list = performance.now() - start;
    if (listed.length !== ARTICLES) throw new Error(`listed ${listed.length} of ${ARTICLES} articles`);
    await cold.close();
    // Opened again: the list cache answers for every file that did not change.
    start = performance.now();
    const library = await LibraryStore.open(dir, { sampleText: null, watch: false });
    await library.list();
    const warm = performance.now() - start;
    start = performance.now();
    await plainList(dir);
    const plain = performance.now() - start;

    // A save in the 10,000-article library against the same article's save alone in a library.
    const saved = generated[0]!;
    const bigSave = await saveRoundTrips(library, saved.folder);
    const alone = await mkdtemp(path.join(os.tmpdir(), 'masthead-bench-alone-'));
    let aloneSave: number;
    try {
      const { article } = await library.open(saved.folder);
      await writeArticleBundle(alone, saved.folder, article);
      const small = await LibraryStore.open(alone, { sampleText: null, watch: false });
      aloneSave = await saveRoundTrips(small, saved.folder);
      await small.close();
    } finally {
      await rm(alone, { recursive: true, force: true });
    }

    const index = SearchIndex.start(library, { saveDelayMs: 60_000 });
    await index.idle();
    const random = seeded(99);
    const words = Array.from({ length: QUERIES }, () => {
      const headline = generated[Math.floor(random() * generated.length)]!.headline;
      const candidates = headline.split(/\s+/).filter((w) => w.length > 3);
      return candidates[Math.floor(random() * candidates.length)] ?? headline.split(/\s+/)[0]!;
    });
    const ours: number[] = [];
    for (const word of words) {
      const request = SearchRequest.parse({ text: word });
      const t = performance.now();
      const results = await index.query(request);
      ours.push(performance.now() - t);
      if (results.total === 0) throw new Error(`no result for "${word}", which is in a headline`);
    }
    ours.sort((a, b) => a - b);
    const rg: number[] = [];
    for (const word of words) {
      const t = performance.now();
      const result = spawnSync('rg', ['-l', '-i', '-F', '--glob', '*.json', word, dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      rg.push(performance.now() - t);
      if (result.error) throw new Error(`ripgrep could not run (apt-get install ripgrep): ${result.error.message}`);
    }
    rg.sort((a, b) => a - b);
    await index.stop();
    await library.close();
    const plainLoop = 'plain Node loop reading and parsing the same files';
    return [
      figure('library.firstScreen', firstOpening, plain, plainLoop),
      figure('library.firstScreen.reopen', reopening, plain, plainLoop),
      figure('library.memory.rss', memory.rss, bareNode.rss, 'a bare Node process', 'MB'),
      figure('library.memory.heap', memory.heapUsed, bareNode.heapUsed, 'a bare Node process', 'MB'),
      figure('library.list', list, plain, 'plain Node loop reading and parsing the same files'),
      figure('library.list.reopen', warm, plain, 'plain Node loop reading and parsing the same files'),
      figure('library.save', bigSave, aloneSave, 'the same save alone in a library (save, then its row read again)'),
      figure('search.p50', percentile(ours, 50), percentile(rg, 50), 'ripgrep over the same files (rg -l -i -F)'),
      figure('search.p95', percentile(ours, 95), percentile(rg, 95), 'ripgrep over the same files (rg -l -i -F)'),
    ];
  } finally {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  }
}
