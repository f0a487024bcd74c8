import type { Article } from '../../common/article.js';
import type { ExportFormat, ExportedFile } from '../../common/ipc.js';
import { effectiveSlug } from '../../common/rules/slug.js';
import { exportHtml } from './html.js';
import { exportMarkdown } from './markdown.js';
import { exportNinjs } from './ninjs.js';
import { exportNitf } from './nitf.js';

export { exportHtml, bodyHtml } from './html.js';
export { exportMarkdown } from './markdown.js';
export { exportNinjs } from './ninjs.js';
export { exportNitf } from './nitf.js';

const FORMATS: Record<ExportFormat, { extension: string; mime: string; write(article: Article): string }> = {
  html: { extension: 'html', mime: 'text/html', write: exportHtml },
  markdown: { extension: 'md', mime: 'text/markdown', write: exportMarkdown },
  ninjs: { extension: 'json', mime: 'application/json', write: exportNinjs },
  nitf: { extension: 'xml', mime: 'application/xml', write: exportNitf },
};

/**
 * The name an article's files go out under: its CMS slug (`effectiveSlug`, the one the CMS gets).
 * An article with neither headline nor slug has no words to name it by: it is named by its id
 * ("article-0b9c3a58"), never "untitled", so two such articles dropped in one folder do not
 * overwrite each other.
 */
export function exportBaseName(article: Pick<Article, 'id' | 'cmsSlug' | 'headline'>): string {
  const source = article.cmsSlug?.trim() || article.headline;
  if (!/[\p{L}\p{N}]/u.test(source)) return `article-${article.id.slice(0, 8)}`;
  return effectiveSlug(article.cmsSlug, article.headline);
}

/**
 * One article in one format, as a file to save. Photos are referenced as `media/<file>`: the
 * bundle's media folder goes alongside the exported file.
 */
export function exportArticle(article: Article, format: ExportFormat): ExportedFile {
  const spec = FORMATS[format];
  return { fileName: `${exportBaseName(article)}.${spec.extension}`, mime: spec.mime, content: spec.write(article) };
}
