import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SearchRequest } from '../electron/common/search.js';
import { LibraryStore } from '../electron/core/library/library-store.js';
import { SearchIndex } from '../electron/core/search/search-index.js';
import { seeded } from './drafts.js';
import { generateLibrary } from './library.js';
import { figure, type Figure } from './report.js';

/**
 * A library of 10,000 generated articles (English and Arabic, photos, varied metadata, fixed
 * seed). Listing it with a fresh store (and again on reopening, from the list cache) against a
 * plain Node loop reading the same files; 100
 * searches for words of real headlines against ripgrep over the same files as text.
 */
const ARTICLES = 10_000;
const QUERIES = 100;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
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

export async function libraryFigures(): Promise<Figure[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'masthead-bench-library-'));
  try {
    const generated = await generateLibrary(dir, ARTICLES, 7);

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

    const index = SearchIndex.start(library, { saveDelayMs: 60_000 });
    await index.idle();
    // What the main process holds with this library open, listed and indexed (this process also
    // holds the generator's list of headlines, a few MB).
    const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
    console.log(`Memory with ${ARTICLES.toLocaleString('en')} articles listed and indexed: ${rss} MB resident`);
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
    const rg: number[] = [];
    for (const word of words) {
      const t = performance.now();
      const result = spawnSync('rg', ['-l', '-i', '-F', '--glob', '*.json', word, dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      rg.push(performance.now() - t);
      if (result.error) throw new Error(`ripgrep could not run (apt-get install ripgrep): ${result.error.message}`);
    }
    await index.stop();
    await library.close();
    return [
      figure('library.list', list, plain, 'plain Node loop reading and parsing the same files'),
      figure('library.list.reopen', warm, plain, 'plain Node loop reading and parsing the same files'),
      figure('search.p50', percentile(ours, 50), percentile(rg, 50), 'ripgrep over the same files (rg -l -i -F)'),
      figure('search.p95', percentile(ours, 95), percentile(rg, 95), 'ripgrep over the same files (rg -l -i -F)'),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
