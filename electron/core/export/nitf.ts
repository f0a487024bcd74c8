import type { Article } from '../../common/article.js';
import { articleParts, basicIsoStamp, urgencyOf } from './article-parts.js';
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
 * Bold is <strong>, italic <em>; NITF has no underline or strikethrough, so those words stay
 * plain. NITF has no per-block direction; the root carries xml:lang.
 */

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

function media(photo: ExportPhoto, walk: Walk): string {
  const caption = photo.caption.map((p) => walk.inline(p.children).trim()).filter(Boolean).join('<br/>');
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
    caption ? `<media-caption>${caption}</media-caption>` : '',
    credit ? `<media-producer>${escapeText(credit)}</media-producer>` : '',
    '</media>\n',
  ].join('');
}

export const nitfConverters: Converters = {
  paragraph: (node, walk) => `<p>${walk.inline(node.children)}</p>\n`,
  heading: (node, walk) => `<hl2>${walk.inline(node.children)}</hl2>\n`,
  quote: (node, walk) => `<bq><block><p>${walk.inline(node.children)}</p></block></bq>\n`,
  list: (node, walk) => {
    const tag = node.listType === 'number' ? 'ol' : 'ul';
    return `<${tag}>\n${walk.listItems(node).join('')}</${tag}>\n`;
  },
  listitem: (_node, { inline, nested }) => `<li>${inline}${nested.length ? `\n${nested.join('')}` : ''}</li>\n`,
  photo: media,
  link: (node, url, walk) => {
    const text = walk.inline(node.children);
    return url ? `<a${attrs({ href: url, title: node.title ?? null })}>${text}</a>` : text;
  },
  text: (node, marks) => {
    let out = escapeText(node.text);
    if (marks.italic) out = `<em>${out}</em>`;
    if (marks.bold) out = `<strong>${out}</strong>`;
    return out;
  },
  linebreak: () => '<br/>',
  tab: () => '\t',
};

export function exportNitf(article: Article): string {
  const parts = articleParts(article);
  const headline = article.headline.trim();
  const issued = basicIsoStamp(article.publishAt ?? article.updatedAt);
  const release = article.embargoUntil ? basicIsoStamp(article.embargoUntil) : null;

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
    `<hedline><hl1>${escapeText(headline)}</hl1>${article.dek.trim() ? `<hl2>${escapeText(article.dek.trim())}</hl2>` : ''}</hedline>`,
  ];
  for (const line of [parts.byline.by, parts.byline.translatedBy]) if (line) bodyHead.push(`<byline>${escapeText(line)}</byline>`);
  if (article.dateline.trim() || article.publishAt) {
    const place = article.dateline.trim() ? `<location>${escapeText(article.dateline.trim())}</location>` : '';
    const date = article.publishAt
      ? `<story.date${attrs({ norm: basicIsoStamp(article.publishAt) })}>${escapeText(parts.publishedText ?? article.publishAt)}</story.date>`
      : '';
    bodyHead.push(`<dateline>${[place, date].filter(Boolean).join(' ')}</dateline>`);
  }
  if (article.excerpt.trim()) bodyHead.push(`<abstract><p>${escapeText(article.excerpt.trim())}</p></abstract>`);

  const lead = leadPhotoOf(article.body, article.leadPhoto);
  const leadMedia = lead.photo && !lead.inBody ? media(lead.photo, walker(nitfConverters)) : '';
  const sources = article.sources.length ? `<tagline>${escapeText(article.sources.join(', '))}</tagline>` : '';

  return `<?xml version="1.0" encoding="UTF-8"?>
<nitf${attrs({ xmlns: NITF_NAMESPACE, version: NITF_VERSION, 'xml:lang': article.language })}>
<head>
${head.join('\n')}
</head>
<body>
<body.head>
${bodyHead.join('\n')}
</body.head>
<body.content>
${leadMedia}${convertBody(article.body, nitfConverters)}</body.content>
<body.end>${sources}</body.end>
</body>
</nitf>
`;
}
