import type { Article } from '../../common/article.js';
import { articleParts, basicIsoStamp, urgencyOf } from './article-parts.js';
import { blockDirection, languageDirection, type TextDirection } from '../../common/rules/direction.js';
import { attrs, escapeText } from './escape.js';
import { convertBody, leadPhotoOf, mediaPath, mimeOfFile, walker, type Converters, type ExportPhoto, type Walk } from './walker.js';

/**
 * NITF 3.6 (News Industry Text Format) XML, elements in the order the NITF schema requires:
 *
 *   nitf: head, body
 *   head: title, meta*, tobject?, iim?, docdata, pubdata*, revision-history*
 *   docdata: doc-id, urgency, date.issue, date.release (the embargo), key-list (tags)
 *   body: body.head, body.content, body.end
 *   body.head: hedline (hl1, hl2 for the dek), note, rights, byline, distributor, dateline,
 *              abstract (the excerpt), series
 *   body.content: p, hl2 (every subheading), bq/block, ul/ol with li, media (image) with
 *                 media-reference (source, alternate-text), media-caption, media-producer (credit)
 *
 * NITF's only inline style is <em>: italic is <em>, bold <em class="bold"> (NITF has no <strong>
 * or <b>); NITF has no underline or strikethrough, so those words stay plain.
 *
 * Direction: NITF has no attribute for it, but every NITF element takes attributes of another
 * namespace, and the W3C's Internationalization Tag Set (ITS 2.0) is the standard one for
 * direction in any XML: each block (p, hl2, bq, ul/ol, li, media-caption) carries `its:dir`, a run
 * of the other direction inside it is an `<its:span dir>`, and the root carries xml:lang, its:dir
 * and the its:version ITS asks for. Checked against the official NITF 3.6 schema with xmllint.
 */

const ITS_NAMESPACE = 'http://www.w3.org/2005/11/its';

export const NITF_NAMESPACE = 'http://iptc.org/std/NITF/2006-10-18/';
export const NITF_VERSION = '-//IPTC//DTD NITF 3.6//EN';

/** Child order of the containers the exporter writes, from the NITF 3.6 schema. */
export const NITF_ORDER = {
  nitf: ['head', 'body'],
  head: ['title', 'meta', 'tobject', 'iim', 'docdata', 'pubdata', 'revision-history'],
  body: ['body.head', 'body.content', 'body.end'],
  'body.head': ['hedline', 'note', 'rights', 'byline', 'distributor', 'dateline', 'abstract', 'series'],
  hedline: ['hl1', 'hl2'],
  media: ['media-metadata', 'media-reference', 'media-object', 'media-caption', 'media-producer'],
} as const;

const itsDir = (dir: TextDirection) => ` its:dir="${dir}"`;
const isolate = (inner: string, dir: TextDirection) => `<its:span dir="${dir}">${inner}</its:span>`;

function media(photo: ExportPhoto, walk: Walk): string {
  const lines = walk.captionLines(photo);
  const captionDir = lines[0]?.dir ?? walk.articleDirection;
  const caption = lines.map((line) => (line.dir === captionDir ? line.text : isolate(line.text, line.dir))).join('<br/>');
  const credit = photo.credit.trim();
  const reference = `<media-reference${attrs({
    source: photo.file ? mediaPath(photo.file) : null,
    'mime-type': photo.file ? mimeOfFile(photo.file) : null,
    'alternate-text': photo.altText.trim(),
    width: photo.width,
    height: photo.height,
    'source-credit': credit,
  })}/>`;
  return [
    `<media${attrs({ 'media-type': 'image', class: photo.isLead ? 'lead' : null })}>`,
    reference,
    caption ? `<media-caption${itsDir(captionDir)}>${caption}</media-caption>` : '',
    credit ? `<media-producer>${escapeText(credit)}</media-producer>` : '',
    '</media>\n',
  ].join('');
}

export const nitfConverters: Converters = {
  paragraph: (node, walk, dir) => `<p${itsDir(dir)}>${walk.inline(node.children, dir)}</p>\n`,
  heading: (node, walk, dir) => `<hl2${itsDir(dir)}>${walk.inline(node.children, dir)}</hl2>\n`,
  quote: (node, walk, dir) => `<bq${itsDir(dir)}><block><p>${walk.inline(node.children, dir)}</p></block></bq>\n`,
  list: (node, walk, dir) => {
    const tag = node.listType === 'number' ? 'ol' : 'ul';
    return `<${tag}${itsDir(dir)}>\n${walk.listItems(node, dir).join('')}</${tag}>\n`;
  },
  listitem: (_node, { inline, nested }, _walk, dir) => `<li${itsDir(dir)}>${inline}${nested.length ? `\n${nested.join('')}` : ''}</li>\n`,
  photo: media,
  isolate,
  link: (node, url, walk) => {
    const text = walk.inline(node.children);
    return url ? `<a${attrs({ href: url, title: node.title ?? null })}>${text}</a>` : text;
  },
  text: (node, marks) => {
    let out = escapeText(node.text);
    if (marks.italic) out = `<em>${out}</em>`;
    if (marks.bold) out = `<em class="bold">${out}</em>`;
    return out;
  },
  linebreak: () => '<br/>',
  tab: () => '\t',
};

export function exportNitf(article: Article): string {
  const parts = articleParts(article);
  const dir = languageDirection(article.language);
  const headline = article.headline.trim();
  const issued = basicIsoStamp(article.publishAt ?? article.updatedAt);
  const release = article.embargoUntil ? basicIsoStamp(article.embargoUntil) : null;
  const walk = walker(nitfConverters, dir);
  /**
   * A headline, dek or byline in its own direction (the article's is the root's), runs isolated;
   * a byline holds no enriched text (names only as <person>), so its runs stay as written.
   */
  const headLine = (tag: string, text: string) => {
    const own = blockDirection(null, text, dir);
    return `<${tag}${own === dir ? '' : itsDir(own)}>${tag === 'byline' ? escapeText(text) : walk.text(text, own)}</${tag}>`;
  };

  const docdata = [
    `<doc-id${attrs({ 'id-string': `urn:masthead:${article.id}` })}/>`,
    `<urgency${attrs({ 'ed-urg': urgencyOf(article.priority) })}/>`,
    issued ? `<date.issue${attrs({ norm: issued })}/>` : '',
    release ? `<date.release${attrs({ norm: release })}/>` : '',
    article.tags.length ? `<key-list>${article.tags.map((tag) => `<keyword${attrs({ key: tag })}/>`).join('')}</key-list>` : '',
  ].filter(Boolean);

  const head = [
    `<title>${escapeText(article.seoTitle.trim() || headline)}</title>`,
    article.section ? `<meta${attrs({ name: 'section', content: article.section })}/>` : '',
    article.cmsSlug ? `<meta${attrs({ name: 'slug', content: article.cmsSlug })}/>` : '',
    `<docdata>${docdata.join('')}</docdata>`,
  ].filter(Boolean);

  const bodyHead: string[] = [
    `<hedline>${headLine('hl1', headline)}${article.dek.trim() ? headLine('hl2', article.dek.trim()) : ''}</hedline>`,
  ];
  for (const line of [parts.byline.by, parts.byline.translatedBy]) if (line) bodyHead.push(headLine('byline', line));
  if (article.dateline.trim() || article.publishAt) {
    const place = article.dateline.trim() ? `<location>${escapeText(article.dateline.trim())}</location>` : '';
    const date = article.publishAt
      ? `<story.date${attrs({ norm: basicIsoStamp(article.publishAt) })}>${escapeText(parts.publishedText ?? article.publishAt)}</story.date>`
      : '';
    bodyHead.push(`<dateline>${[place, date].filter(Boolean).join(' ')}</dateline>`);
  }
  if (article.excerpt.trim()) bodyHead.push(`<abstract><p>${escapeText(article.excerpt.trim())}</p></abstract>`);

  const lead = leadPhotoOf(article.body, article.leadPhoto);
  const leadMedia = lead.photo && !lead.inBody ? media(lead.photo, walk) : '';
  const sources = article.sources.length ? `<tagline>${escapeText(article.sources.join(', '))}</tagline>` : '';

  return `<?xml version="1.0" encoding="UTF-8"?>
<nitf${attrs({ xmlns: NITF_NAMESPACE, 'xmlns:its': ITS_NAMESPACE, version: NITF_VERSION, 'xml:lang': article.language, 'its:version': '2.0', 'its:dir': dir })}>
<head>
${head.join('\n')}
</head>
<body>
<body.head>
${bodyHead.join('\n')}
</body.head>
<body.content>
${leadMedia}${convertBody(article.body, nitfConverters, dir)}</body.content>
<body.end>${sources}</body.end>
</body>
</nitf>
`;
}
