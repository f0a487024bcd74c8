import path from 'node:path';
import type { Article, Contributor } from '../../common/article.js';
import type { LibrarySuggestions } from '../../common/ipc.js';
import { readArticleFile } from './article-files.js';
import type { BundlePaths } from './bundle-paths.js';
import { ARTICLE_FILE } from './layout.js';
import { mapLimit } from './map-limit.js';

/** Enough for quick entry; a library with more distinct tags than this is offered its most used. */
const MAX_PER_LIST = 1000;

interface Count<T> {
  value: T;
  uses: number;
  lastUsed: number;
}

/**
 * Counts how many articles use each name. Names differing only in case or spacing are one name;
 * the spelling (and a contributor's role and affiliation) from the most recently updated article wins.
 */
class Tally<T> {
  private readonly byKey = new Map<string, Count<T>>();

  add(article: Article, items: Iterable<T>, name: (item: T) => string): void {
    const when = Date.parse(article.updatedAt) || 0;
    const seen = new Set<string>();
    for (const item of items) {
      const key = nameKey(name(item));
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const count = this.byKey.get(key);
      if (!count) this.byKey.set(key, { value: item, uses: 1, lastUsed: when });
      else {
        count.uses++;
        if (when >= count.lastUsed) Object.assign(count, { value: item, lastUsed: when });
      }
    }
  }

  /** Most used first, then most recently used, then alphabetical. */
  ranked(name: (item: T) => string): T[] {
    return [...this.byKey.values()]
      .sort((a, b) => b.uses - a.uses || b.lastUsed - a.lastUsed || name(a.value).localeCompare(name(b.value)))
      .slice(0, MAX_PER_LIST)
      .map((count) => count.value);
  }
}

function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

const tidy = (name: string): string => name.normalize('NFC').trim().replace(/\s+/gu, ' ');
const itself = (name: string): string => name;

/** The contributors, sections, tags and sources the library's articles use, for quick entry. */
export function collectSuggestions(articles: Iterable<Article>): LibrarySuggestions {
  const contributors = new Tally<Contributor>();
  const sections = new Tally<string>();
  const tags = new Tally<string>();
  const sources = new Tally<string>();
  for (const article of articles) {
    contributors.add(
      article,
      article.byline.map((c) => ({ name: tidy(c.name), role: c.role, affiliation: tidy(c.affiliation) })),
      (c) => c.name,
    );
    sections.add(article, article.section ? [tidy(article.section)] : [], itself);
    tags.add(article, article.tags.map(tidy), itself);
    sources.add(article, article.sources.map(tidy), itself);
  }
  return {
    contributors: contributors.ranked((c) => c.name),
    sections: sections.ranked(itself),
    tags: tags.ranked(itself),
    sources: sources.ranked(itself),
  };
}

const READ_CONCURRENCY = 16;

/** Contributors, sections, tags and sources the library's articles use, most used first (damaged articles are skipped). */
export async function librarySuggestions(paths: BundlePaths): Promise<LibrarySuggestions> {
  const articles = await mapLimit(await paths.folders(), READ_CONCURRENCY, async (folder) => {
    const dir = await paths.ifPresent(folder);
    const state = dir ? await readArticleFile(path.join(dir, ARTICLE_FILE)) : null;
    return state?.kind === 'ok' ? state.value : null;
  });
  return collectSuggestions(articles.filter((a): a is Article => a !== null));
}
