import type { Article } from '../../common/article.js';
import { articleParts } from './article-parts.js';
import { attrs, escapeText } from './escape.js';
import { convertBody, directionOf, leadPhotoOf, mediaPath, walker, type Converters, type ExportPhoto, type Walk } from './walker.js';

/**
 * HTML: a clean standalone article page. Each block keeps its own direction (`dir`), photos are
 * figures with their caption and credit, every piece of text is escaped, and links are written
 * only with http, https and mailto addresses (any other link becomes its text).
 */

/** A photo as a figure; `srcOf` gives the address of its file (the media folder, or where a CMS keeps it). */
export function figureHtml(photo: ExportPhoto, walk: Walk, srcOf: (file: string) => string = mediaPath): string {
  const img = photo.file
    ? `<img${attrs({ src: srcOf(photo.file), alt: photo.altText.trim(), width: photo.width, height: photo.height })}${photo.altText.trim() ? '' : ' alt=""'}>`
    : '';
  const caption = photo.caption.map((p) => walk.inline(p.children).trim()).filter(Boolean).join('<br>');
  const credit = photo.credit.trim() ? `<span class="credit">${escapeText(photo.credit.trim())}</span>` : '';
  const figcaption = caption || credit ? `<figcaption>${[caption, credit].filter(Boolean).join(' ')}</figcaption>` : '';
  if (!img && !figcaption) return '';
  return `<figure${attrs({ class: photo.isLead ? 'lead' : null })}>${img}${figcaption}</figure>\n`;
}

/** The body's converters; ninjs uses them too for its `text/html` body. */
export const htmlConverters: Converters = {
  paragraph: (node, walk) => `<p${attrs({ dir: directionOf(node) })}>${walk.inline(node.children)}</p>\n`,
  heading: (node, walk) => `<${node.tag}${attrs({ dir: directionOf(node) })}>${walk.inline(node.children)}</${node.tag}>\n`,
  quote: (node, walk) => `<blockquote${attrs({ dir: directionOf(node) })}><p>${walk.inline(node.children)}</p></blockquote>\n`,
  list: (node, walk) => {
    const tag = node.listType === 'number' ? 'ol' : 'ul';
    const start = node.listType === 'number' && node.start !== undefined && node.start !== 1 ? node.start : null;
    return `<${tag}${attrs({ start, dir: directionOf(node as { direction?: 'ltr' | 'rtl' | null }) })}>\n${walk.listItems(node).join('')}</${tag}>\n`;
  },
  listitem: (_node, { inline, nested }) => `<li>${inline}${nested.length ? `\n${nested.join('')}` : ''}</li>\n`,
  photo: (photo, walk) => figureHtml(photo, walk),
  link: (node, url, walk) => {
    const text = walk.inline(node.children);
    if (!url) return text;
    return `<a${attrs({ href: url, title: node.title ?? null })}>${text}</a>`;
  },
  text: (node, marks) => {
    let out = escapeText(node.text);
    if (marks.underline) out = `<u>${out}</u>`;
    if (marks.strikethrough) out = `<s>${out}</s>`;
    if (marks.italic) out = `<em>${out}</em>`;
    if (marks.bold) out = `<strong>${out}</strong>`;
    return out;
  },
  linebreak: () => '<br>',
  tab: () => '\t',
};

/** The body alone, as HTML blocks (no page around it). */
export function bodyHtml(article: Article): string {
  return convertBody(article.body, htmlConverters);
}

const STYLE = `body{margin:0;padding:2rem 1rem;font:1.125rem/1.6 Georgia,"Times New Roman",serif;color:#1a1a1a;background:#fff}
article{max-width:42rem;margin:0 auto}
h1{font-size:2.25rem;line-height:1.2;margin:0 0 .5rem}
.dek{font-size:1.25rem;color:#444;margin:0 0 1rem}
.byline,.dateline{font:.95rem/1.4 system-ui,sans-serif;color:#555;margin:.25rem 0}
figure{margin:1.5rem 0}
img{max-width:100%;height:auto}
figcaption{font:.9rem/1.4 system-ui,sans-serif;color:#555;margin-top:.5rem}
.credit{color:#777}
blockquote{margin:1.5rem 0;padding-inline-start:1rem;border-inline-start:3px solid #ccc}`;

export function exportHtml(article: Article): string {
  const parts = articleParts(article);
  const lang = article.language;
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const lead = leadPhotoOf(article.body, article.leadPhoto);
  const title = article.seoTitle.trim() || article.headline.trim();
  const description = article.metaDescription.trim() || article.excerpt.trim();

  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    description ? `<meta${attrs({ name: 'description', content: description })}>` : '',
    article.tags.length ? `<meta${attrs({ name: 'keywords', content: article.tags.join(', ') })}>` : '',
    article.section ? `<meta${attrs({ property: 'article:section', content: article.section })}>` : '',
    `<style>\n${STYLE}\n</style>`,
  ].filter(Boolean);

  const header: string[] = [`<h1>${escapeText(article.headline.trim())}</h1>`];
  if (article.dek.trim()) header.push(`<p class="dek">${escapeText(article.dek.trim())}</p>`);
  if (parts.byline.by) header.push(`<p class="byline">${escapeText(parts.byline.by)}</p>`);
  if (parts.byline.translatedBy) header.push(`<p class="byline byline--translators">${escapeText(parts.byline.translatedBy)}</p>`);
  const place = article.dateline.trim();
  if (place || article.publishAt) {
    const time = article.publishAt
      ? `<time${attrs({ datetime: article.publishAt })}>${escapeText(parts.publishedText ?? article.publishAt)}</time>`
      : '';
    const placeHtml = place ? `<span class="dateline__place">${escapeText(place)}</span>` : '';
    header.push(`<p class="dateline">${[placeHtml, time].filter(Boolean).join(' — ')}</p>`);
  }

  const leadFigure = lead.photo && !lead.inBody ? figureHtml(lead.photo, walker(htmlConverters)) : '';
  const sources = article.sources.length ? `<footer><p class="sources">${escapeText(article.sources.join(', '))}</p></footer>\n` : '';

  return `<!doctype html>
<html${attrs({ lang, dir })}>
<head>
${head.join('\n')}
</head>
<body>
<article${attrs({ lang, dir })}>
<header>
${header.join('\n')}
</header>
${leadFigure}${bodyHtml(article)}${sources}</article>
</body>
</html>
`;
}
