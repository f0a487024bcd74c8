import type { Article } from '../../common/article.js';
import { bylineNames, urgencyOf } from './article-parts.js';
import { stripInvalidChars } from './escape.js';
import { bodyHtml } from './html.js';
import { effectiveSlug } from '../../common/rules/slug.js';
import { captionText, leadPhotoOf, mediaPath, mimeOfFile, photoFromNode, type ExportPhoto } from './walker.js';
import { bodyPlainText, countCharacters, countWords } from '../../common/rules/text.js';
import { MEDIA_FILE_NAME } from '../../common/rules/photo.js';

/**
 * IPTC ninjs 3.1 (News in JSON), with the property names of the 3.x schema (camelCase:
 * versionCreated, pubStatus, contentType…). Validated in the unit tests against the official
 * JSON Schema kept in test/fixtures/ninjs/.
 *
 * - uri `urn:masthead:<article id>`; photos `urn:masthead:<article id>:media:<file>`.
 * - headlines: role main (headline) and subheadline (dek); descriptions: summary (excerpt) and
 *   seo (meta description).
 * - bodies: role main, text/html: the same body HTML as the HTML export (every block with its
 *   `dir`, runs of the other direction in `<span dir>`), photos at media/<file>; the separate lead
 *   photo is only the featureimage association, a lead photo in the body stays where it stands.
 * - slugline: the CMS slug (`effectiveSlug`, as the CMS gets it).
 * - by: the names printed after "By" ("Nada Mustafa and Omar Hassan"), without the "By" or the
 *   affiliations; people: every contributor, photographers and editors too, with their role as `rel`.
 * - subjects: the section (rel "section") and tags (rel "keyword"); ninjs 3 has no keywords field.
 * - associations: the lead photo ("featureimage") and the body photos ("picture1", …) as picture
 *   items: descriptions with role caption and alt, credit in `by`, the file in altIds (role
 *   "filename", relative path: the media folder goes alongside the exported file) and a rendition
 *   with its type and size (a rendition's href must be an absolute URI, which a relative file is
 *   not, so it has none).
 */

type Json = Record<string, unknown>;

/** Strips characters no JSON consumer should see (the same set XML forbids), recursively. */
function clean<T>(value: T): T {
  if (typeof value === 'string') return stripInvalidChars(value) as T;
  if (Array.isArray(value)) return value.map(clean) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)])) as T;
  }
  return value;
}

function pictureItem(article: Article, photo: ExportPhoto, name: string): Json {
  const caption = captionText(photo);
  const alt = photo.altText.trim();
  const credit = photo.credit.trim();
  const descriptions: Json[] = [];
  if (caption) descriptions.push({ role: 'caption', contentType: 'text/plain', value: caption });
  if (alt) descriptions.push({ role: 'alt', contentType: 'text/plain', value: alt });
  const item: Json = {
    name,
    rel: photo.isLead ? 'featureimage' : 'picture',
    uri: `urn:masthead:${article.id}:media:${photo.file ?? (photo.isLead ? 'lead' : name)}`,
    type: 'picture',
    language: article.language,
  };
  if (credit) item.by = credit;
  if (descriptions.length) item.descriptions = descriptions;
  if (photo.file && MEDIA_FILE_NAME.test(photo.file)) {
    item.altIds = [{ role: 'filename', value: mediaPath(photo.file) }];
    const rendition: Json = { name: 'original' };
    const mime = mimeOfFile(photo.file);
    if (mime) rendition.contentType = mime;
    if (photo.width) rendition.width = photo.width;
    if (photo.height) rendition.height = photo.height;
    item.renditions = [rendition];
  }
  return item;
}

function pubStatusOf(article: Article): 'usable' | 'withheld' {
  return article.status === 'published' ? 'usable' : 'withheld';
}

export function exportNinjs(article: Article): string {
  const text = bodyPlainText(article.body);
  const headlines: Json[] = [{ role: 'main', contentType: 'text/plain', value: article.headline.trim() }];
  if (article.dek.trim()) headlines.push({ role: 'subheadline', contentType: 'text/plain', value: article.dek.trim() });

  const descriptions: Json[] = [];
  if (article.excerpt.trim()) descriptions.push({ role: 'summary', contentType: 'text/plain', value: article.excerpt.trim() });
  if (article.metaDescription.trim()) descriptions.push({ role: 'seo', contentType: 'text/plain', value: article.metaDescription.trim() });

  const doc: Json = {
    uri: `urn:masthead:${article.id}`,
    type: 'text',
    representationType: 'full',
    language: article.language,
    firstCreated: article.createdAt,
    versionCreated: article.updatedAt,
    contentCreated: article.createdAt,
    pubStatus: pubStatusOf(article),
    urgency: urgencyOf(article.priority),
    headlines,
    bodies: [
      {
        role: 'main',
        contentType: 'text/html',
        value: bodyHtml(article),
        wordCount: countWords(text),
        charCount: countCharacters(text),
      },
    ],
  };
  if (article.embargoUntil) doc.embargoedUntil = article.embargoUntil;
  if (article.seoTitle.trim()) doc.title = article.seoTitle.trim();
  doc.slugline = effectiveSlug(article.cmsSlug, article.headline);
  if (article.dateline.trim()) doc.located = article.dateline.trim();
  if (descriptions.length) doc.descriptions = descriptions;

  const by = bylineNames(article);
  if (by) doc.by = by;
  const people = article.byline
    .filter((c) => c.name.trim())
    .map((c) => ({ name: c.name.trim(), rel: c.role }));
  if (people.length) doc.people = people;

  const subjects: Json[] = [];
  if (article.section) subjects.push({ name: article.section, rel: 'section' });
  for (const tag of article.tags) subjects.push({ name: tag, rel: 'keyword' });
  if (subjects.length) doc.subjects = subjects;

  if (article.sources.length) doc.infoSources = article.sources.map((name) => ({ name, role: 'source' }));

  const associations: Json[] = [];
  const lead = leadPhotoOf(article.body, article.leadPhoto);
  if (lead.photo && !lead.inBody) associations.push(pictureItem(article, lead.photo, 'featureimage'));
  let n = 0;
  for (const block of article.body.root.children) {
    if (block.type !== 'photo') continue;
    associations.push(pictureItem(article, photoFromNode(block), block.isLead ? 'featureimage' : `picture${++n}`));
  }
  if (associations.length) doc.associations = associations;

  return `${JSON.stringify(clean(doc), null, 2)}\n`;
}
