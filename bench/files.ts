import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { exportHtml, exportNinjs } from '../electron/core/export/index.js';
import { ArticleService } from '../electron/core/articles/article-service.js';
import { LibraryStore } from '../electron/core/library/library-store.js';
import { VersionStore } from '../electron/core/versions/version-store.js';
import { plainDraft } from './drafts.js';
import { figure, medianMs, type Figure } from './report.js';

/**
 * Saving a 10,000-word article (validate, serialize, keep the backup, write atomically with
 * fsync, the automatic version) against writing the same article with a plain JSON.stringify + writeFile; exporting
 * 1,000 articles to ninjs and HTML against JSON.stringify of the same articles.
 */
export async function fileFigures(): Promise<Figure[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'masthead-bench-files-'));
  try {
    const library = await LibraryStore.open(dir, { sampleText: null, watch: false });
    // Saved as the app saves: through the article service, with its automatic version.
    const service = new ArticleService(library, new VersionStore({ author: 'bench' }));
    const { folder, article: created } = await library.create('A long feature for the save benchmark');
    const long = { ...plainDraft(10_000, 'en', 21), id: created.id, createdAt: created.createdAt };
    let base = (await service.save(folder, long, created.updatedAt)).updatedAt;
    const saves: number[] = [];
    for (let i = 0; i < 15; i++) {
      const start = performance.now();
      base = (await service.save(folder, { ...long, headline: `${long.headline} ${i}` }, base)).updatedAt;
      saves.push(performance.now() - start);
    }
    await library.close();
    saves.sort((a, b) => a - b);
    const plainFile = path.join(dir, 'plain.json');
    const plainWrites: number[] = [];
    for (let i = 0; i < 15; i++) {
      const start = performance.now();
      await writeFile(plainFile, JSON.stringify({ ...long, headline: `${long.headline} ${i}` }));
      plainWrites.push(performance.now() - start);
    }
    plainWrites.sort((a, b) => a - b);

    const articles = Array.from({ length: 1000 }, (_, i) => plainDraft(600, i % 2 ? 'ar' : 'en', 100 + i));
    const ninjs = medianMs(() => articles.forEach((a) => exportNinjs(a)), 5, 1);
    const html = medianMs(() => articles.forEach((a) => exportHtml(a)), 5, 1);
    const json = medianMs(() => articles.forEach((a) => JSON.stringify(a)), 5, 1);
    return [
      figure('open.save', saves[7]!, plainWrites[7]!, 'JSON.stringify + writeFile, no fsync'),
      figure('export.ninjs', ninjs, json, 'JSON.stringify of the same 1,000 articles'),
      figure('export.html', html, json, 'JSON.stringify of the same 1,000 articles'),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
