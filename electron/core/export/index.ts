import type { Article } from '../../common/article.js';
import type { ExportFormat, ExportedFile } from '../../common/ipc.js';
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
 * One article in one format, as a file to save. Photos are referenced as `media/<file>`: the
 * bundle's media folder goes alongside the exported file.
 */
export function exportArticle(article: Article, folder: string, format: ExportFormat): ExportedFile {
  const spec = FORMATS[format];
  return { fileName: `${folder}.${spec.extension}`, mime: spec.mime, content: spec.write(article) };
}
