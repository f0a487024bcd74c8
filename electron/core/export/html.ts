import type { Article } from '../../common/article.js';
import type { ArticleBody } from '../../common/lexical-nodes.js';
import { blockDirection, languageDirection, type TextDirection } from '../../common/rules/direction.js';
import { articleParts } from './article-parts.js';
import { attrs, escapeText } from './escape.js';
import { convertBody, leadPhotoOf, mediaPath, walker, type Converters, type ExportPhoto, type Walk } from './walker.js';

/**
 * HTML: a clean standalone article page. Every block carries its own direction (`dir`), and a
 * run of the other direction inside a block is a `<span dir>` (an isolate, by HTML's own style
 * sheet; WordPress keeps `span` where it drops `bdi`). Photos are figures with their caption and
 * credit, every piece of text is escaped, and links are written only with http, https and mailto
 * addresses (any other link becomes its text).
 */

/** A photo's caption and credit as a figcaption in the caption's direction, or '' when it has neither. */
function figcaptionHtml(photo: ExportPhoto, walk: Walk): string {
  const lines = walk.captionLines(photo);
  const credit = photo.credit.trim();
  const dir = lines[0]?.dir ?? blockDirection(null, credit, walk.articleDirection);
  const caption = lines.map((line) => (line.dir === dir ? line.text : isolateHtml(line.text, line.dir))).join('<br>');
  const creditHtml = credit ? `<span class="credit">${walk.text(credit, dir)}</span>` : '';
  if (!caption && !creditHtml) return '';
  return `<figcaption dir="${dir}">${[caption, creditHtml].filter(Boolean).join(' ')}</figcaption>`;
}

/** A photo as a figure, its file in the media folder. */
function figureHtml(photo: ExportPhoto, walk: Walk): string {
  const img = photo.file
    ? `<img${attrs({ src: mediaPath(photo.file), alt: photo.altText.trim(), width: photo.width, height: photo.height })}${photo.altText.trim() ? '' : ' alt=""'}>`
    : '';
  const figcaption = figcaptionHtml(photo, walk);
  if (!img && !figcaption) return '';
  return `<figure${attrs({ class: photo.isLead ? 'lead' : null })}>${img}${figcaption}</figure>\n`;
}

export function isolateHtml(inner: string, dir: TextDirection): string {
  return `<span dir="${dir}">${inner}</span>`;
}

/** The body's converters; ninjs uses them too for its `text/html` body. */
export const htmlConverters: Converters = {
  paragraph: (node, walk, dir) => `<p dir="${dir}">${walk.inline(node.children, dir)}</p>\n`,
  heading: (node, walk, dir) => `<${node.tag} dir="${dir}">${walk.inline(node.children, dir)}</${node.tag}>\n`,
  quote: (node, walk, dir) => `<blockquote dir="${dir}"><p>${walk.inline(node.children, dir)}</p></blockquote>\n`,
  list: (node, walk, dir) => {
    const tag = node.listType === 'number' ? 'ol' : 'ul';
    const start = node.listType === 'number' && node.start !== undefined && node.start !== 1 ? node.start : null;
    return `<${tag}${attrs({ start, dir })}>\n${walk.listItems(node, dir).join('')}</${tag}>\n`;
  },
  listitem: (_node, { inline, nested }, _walk, dir) => `<li dir="${dir}">${inline}${nested.length ? `\n${nested.join('')}` : ''}</li>\n`,
  photo: (photo, walk) => figureHtml(photo, walk),
  isolate: isolateHtml,
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

/** The body alone, as HTML blocks (no page around it), every photo where it stands. */
export function bodyHtml(article: Article): string {
  return convertBody(article.body, htmlConverters, languageDirection(article.language));
}

/** The body without the photo marked as lead, which the page shows at the top instead. */
export function bodyWithoutLead(body: ArticleBody): ArticleBody {
  return { ...body, root: { ...body.root, children: body.root.children.filter((block) => !(block.type === 'photo' && block.isLead)) } };
}

/**
 * Arabic has no italic: slanting it is a Latin habit that breaks the joined letters. In a right
 * to left block, emphasis and quotes stay upright, and emphasis is marked by a rule over the words instead, as the editor shows it.
 * A list item in the other direction keeps its marker inside the list's margin.
 */
const STYLE = `body{margin:0;padding:2rem 1rem;font:1.125rem/1.6 Georgia,"Times New Roman",serif;color:#1a1a1a;background:#fff}
article{max-width:42rem;margin:0 auto}
h1{font-size:2.25rem;line-height:1.2;margin:0 0 .5rem}
.dek{font-size:1.25rem;color:#444;margin:0 0 1rem}
.byline,.dateline{font:.95rem/1.4 system-ui,sans-serif;color:#555;margin:.25rem 0}
figure{margin:1.5rem 0}
img{max-width:100%;height:auto}
figcaption{font:.9rem/1.4 system-ui,sans-serif;color:#555;margin-top:.5rem}
.credit{color:#777}
blockquote{margin:1.5rem 0;padding-inline-start:1rem;border-inline-start:3px solid #ccc}
:is(em,i,cite,blockquote,q):dir(rtl){font-style:normal}
:is(em,i):dir(rtl){text-decoration:overline 1px}
:is(ul,ol):dir(rtl)>li:dir(ltr),:is(ul,ol):dir(ltr)>li:dir(rtl){list-style-position:inside}`;

/** A header line (dek, byline, dateline) as a paragraph in its own direction. */
function headerLine(walk: Walk, className: string, text: string): string {
  const dir = blockDirection(null, text, walk.articleDirection);
  return `<p class="${className}" dir="${dir}">${walk.text(text, dir)}</p>`;
}

export function exportHtml(article: Article): string {
  const parts = articleParts(article);
  const lang = article.language;
  const dir = languageDirection(lang);
  const walk = walker(htmlConverters, dir);
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

  const headline = article.headline.trim();
  const headlineDir = blockDirection(null, headline, dir);
  const header: string[] = [`<h1 dir="${headlineDir}">${walk.text(headline, headlineDir)}</h1>`];
  if (article.dek.trim()) header.push(headerLine(walk, 'dek', article.dek.trim()));
  if (parts.byline.by) header.push(headerLine(walk, 'byline', parts.byline.by));
  if (parts.byline.translatedBy) header.push(headerLine(walk, 'byline byline--translators', parts.byline.translatedBy));
  const place = article.dateline.trim();
  if (place || article.publishAt) {
    const time = article.publishAt
      ? `<time${attrs({ datetime: article.publishAt })}>${escapeText(parts.publishedText ?? article.publishAt)}</time>`
      : '';
    // The date is in the article's language: the line is too, the place isolated within it.
    const placeHtml = place ? `<span class="dateline__place">${walk.text(place, dir)}</span>` : '';
    header.push(`<p class="dateline" dir="${dir}">${[placeHtml, time].filter(Boolean).join(' — ')}</p>`);
  }

  // The lead photo once, at the top, wherever it stands in the body.
  const leadFigure = lead.photo ? figureHtml(lead.photo, walk) : '';
  const body = convertBody(bodyWithoutLead(article.body), htmlConverters, dir);
  const sources = article.sources.length ? `<footer><p class="sources">${walk.text(article.sources.join(', '), dir)}</p></footer>\n` : '';

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
${leadFigure}${body}${sources}</article>
</body>
</html>
`;
}
