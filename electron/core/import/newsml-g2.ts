import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Contributor, Priority } from '../../common/article.js';
import { ApiFailure } from '../errors.js';
import { quotedFileName } from '../fs/describe-file.js';
import { addSource, agencyCredit, chromeKind, readDateline } from './wire-chrome.js';
import { bylineContributors, creditContributors, splitLines, readStory } from './wire-copy.js';
import { escapeHtml } from './escape-html.js';

/**
 * An IPTC NewsML-G2 news item (https://iptc.org/std/NewsML-G2/), the XML the big agencies
 * deliver: `<newsItem>` alone, or a `<newsMessage>` carrying several items, of which the first
 * text item is imported (an import makes one article; the others are named in a note).
 * fast-xml-parser reads the XML; a file with a DOCTYPE or entity declaration is refused before
 * it is parsed, so neither external entities nor entity expansion (billion laughs) can happen.
 *
 * From `contentMeta`: headline, `by` (or the `creator`s), dateline, slugline (a tag, as are the
 * subjects' names), language, urgency (the priority), creditline and infoSource (sources); from `rightsInfo` the
 * copyright holder (the source, when there is no creditline) and notice (a note: the article has
 * no rights field). The body is the `inlineXML` XHTML (or NITF) body, or else `inlineData` text.
 */
export interface NewsItem {
  headline: string;
  html: string;
  text: string;
  language: 'ar' | 'en' | null;
  byline: Contributor[];
  dateline: string;
  sources: string[];
  tags: string[];
  priority: Priority | null;
  notes: string[];
}

/** What fast-xml-parser's preserveOrder mode gives: one key naming the element, its attributes under ':@'. */
type XmlNode = Record<string, unknown>;

const NAR_NS = 'http://iptc.org/std/nar/2006-10-01/';
const DECLARATION = /<!(?:DOCTYPE|ENTITY)/i;
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
});

/** Whether a text is NewsML-G2, by its namespace (an .xml file of another kind is refused). */
function isNewsMlG2(xml: string): boolean {
  return xml.includes(NAR_NS) && /<(?:\w+:)?(?:newsItem|newsMessage)\b/.test(xml);
}

export function parseNewsMlG2(name: string, xml: string): NewsItem {
  if (DECLARATION.test(xml)) {
    throw new ApiFailure('UNSUPPORTED_MEDIA', `${quotedFileName(name)} declares a DOCTYPE or entities, which news XML never needs; Masthead does not read such files.`);
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new ApiFailure('UNSUPPORTED_MEDIA', `${quotedFileName(name)} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`);
  }
  if (!isNewsMlG2(xml)) {
    throw new ApiFailure('UNSUPPORTED_MEDIA', `${quotedFileName(name)} is not a NewsML-G2 news item: Masthead imports XML only in that format.`);
  }
  const root = parser.parse(xml) as XmlNode[];
  const items = descendants(root, 'newsItem');
  const textItems = items.filter(isTextItem);
  const item = textItems[0];
  if (!item) throw new ApiFailure('UNSUPPORTED_MEDIA', `${quotedFileName(name)} holds no NewsML-G2 text item to import.`);
  const read = readItem(item);
  if (items.length > 1) {
    const others = items.length - 1;
    read.notes.push(`The file holds ${items.length} news items; only the first text item was imported (${others} left out)`);
  }
  return read;
}

function readItem(item: XmlNode): NewsItem {
  const meta = child(children(item), 'contentMeta');
  const metaNodes = meta ? children(meta) : [];
  const rights = child(children(item), 'rightsInfo');
  const itemMeta = child(children(item), 'itemMeta');
  const language = attr(child(metaNodes, 'language'), 'tag') ?? attr(item, 'lang') ?? null;
  const holder = rights ? nameOf(child(children(rights), 'copyrightHolder')) : '';
  const provider = nameOf(itemMeta ? child(children(itemMeta), 'provider') : undefined);
  const credit = textOf(child(metaNodes, 'creditline'));
  const agency = credit || holder || provider;

  const body = readBody(child(children(item), 'contentSet'));
  const headline = textOf(child(metaNodes, 'headline')) || body.h1;
  const by = textOf(child(metaNodes, 'by'));
  const people = by ? bylineContributors(by) : creators(metaNodes);
  const byline = [...people, ...body.credits.filter((c) => !people.some((p) => p.name === c.name))].map((person) => ({
    ...person,
    affiliation: person.affiliation || agency,
  }));
  const slug = textOf(child(metaNodes, 'slugline'));
  const subjects = elements(metaNodes, 'subject').map((subject) => textOf(child(children(subject), 'name'))).filter(Boolean);
  const sources: string[] = agency ? [agency] : [];
  // infoSource: where the item's information came from ("Associated Press" in another provider's item).
  for (const source of [...elements(metaNodes, 'infoSource').map(nameOf), ...body.sources]) if (source) addSource(sources, source);
  const notice = rights ? textOf(child(children(rights), 'copyrightNotice')) : '';
  return {
    headline,
    html: body.html,
    text: body.text,
    language: language?.toLowerCase().startsWith('ar') ? 'ar' : language ? 'en' : null,
    byline,
    dateline: textOf(child(metaNodes, 'dateline')) || body.dateline,
    sources: sources.slice(0, 20),
    tags: [...new Set([slug, ...subjects].filter(Boolean))].slice(0, 100),
    priority: urgencyPriority(textOf(child(metaNodes, 'urgency'))),
    notes: notice ? [`Rights: ${notice}`] : [],
  };
}

/** NewsML-G2 urgency runs from 1 (most urgent) to 9. */
function urgencyPriority(urgency: string): Priority | null {
  const level = Number(urgency);
  if (!Number.isInteger(level) || level < 1 || level > 9) return null;
  return level <= 2 ? 'breaking' : level <= 4 ? 'urgent' : 'normal';
}

function isTextItem(item: XmlNode): boolean {
  const itemMeta = child(children(item), 'itemMeta');
  const itemClass = attr(itemMeta ? child(children(itemMeta), 'itemClass') : undefined, 'qcode') ?? '';
  const content = child(children(item), 'contentSet');
  const hasText = content !== undefined && (child(children(content), 'inlineXML') ?? child(children(content), 'inlineData')) !== undefined;
  return hasText && (itemClass === '' || /:text$/.test(itemClass));
}

const CREATOR_ROLES: Readonly<Record<string, Contributor['role']>> = { editor: 'editor', photographer: 'photographer', translator: 'translator' };

function creators(meta: XmlNode[]): Contributor[] {
  return elements(meta, 'creator').flatMap((node) => {
    const name = nameOf(node);
    const role = (attr(node, 'role') ?? '').replace(/^.*:/, '').toLowerCase();
    return name ? [{ name: name.slice(0, 200), role: CREATOR_ROLES[role] ?? 'writer', affiliation: '' }] : [];
  });
}

interface Body {
  h1: string;
  html: string;
  text: string;
  dateline: string;
  sources: string[];
  credits: Contributor[];
}

function readBody(contentSet: XmlNode | undefined): Body {
  const nodes = contentSet ? children(contentSet) : [];
  const xml = elements(nodes, 'inlineXML').find((node) => descendants(children(node), 'body').length > 0);
  if (xml) return xhtmlBody(descendants(children(xml), 'body')[0]!);
  const data = child(nodes, 'inlineData');
  const story = readStory(splitLines(textOf(data, false)));
  return {
    h1: '',
    html: story.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
    text: story.paragraphs.join('\n'),
    dateline: story.dateline,
    sources: story.sources,
    credits: story.credits,
  };
}

const INLINE = new Set(['b', 'strong', 'i', 'em', 'u', 'sub', 'sup', 'q']);
/** Elements whose content is not the story: the document head, and NITF's heading and trailer blocks. */
const SKIPPED = new Set(['head', 'script', 'style', 'hedline', 'body.head', 'body.end']);

/** The XHTML (or NITF) body as HTML for the paste pipeline: structure and inline emphasis, links with their href. */
function xhtmlBody(body: XmlNode): Body {
  const out: Body = { h1: '', html: '', text: '', dateline: '', sources: [], credits: [] };
  const texts: string[] = [];
  const blocks: string[] = [];
  let lead: { index: number; text: string; kids: XmlNode[] } | null = null;
  const walk = (nodes: XmlNode[]): void => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === undefined || SKIPPED.has(tag)) continue;
      const kids = children(node);
      if (tag === 'h1' || tag === 'hl1') {
        out.h1 ||= textOf(node);
      } else if (tag === 'p' || tag === 'li' || /^h[2-6]$/.test(tag) || tag === 'hl2') {
        const text = textOf(node);
        if (tag === 'p' && dropped(text, out)) continue;
        const name = tag === 'hl2' ? 'h2' : tag;
        if (tag === 'p' && !lead) lead = { index: blocks.length, text, kids };
        blocks.push(`<${name}>${inline(kids).trim()}</${name}>`);
        texts.push(text);
      } else if (tag === 'ul' || tag === 'ol' || tag === 'blockquote') {
        blocks.push(`<${tag}>`);
        walk(kids);
        blocks.push(`</${tag}>`);
      } else {
        walk(kids);
      }
    }
  };
  walk(children(body));
  // The first paragraph's dateline ("CAIRO, April 15 (Reuters) -") is the item's dateline field,
  // taken off when it stands in the paragraph's plain text before any markup.
  const { index, text, kids } = lead ?? { index: -1, text: '', kids: [] };
  const dateline = readDateline(text);
  const first = kids[0];
  if (dateline && first && '#text' in first && String(first['#text']).trimStart().length >= text.length - dateline.rest.length) {
    const own = String(first['#text']).replace(/\s+/g, ' ').trimStart();
    const rest = [{ '#text': own.slice(text.length - dateline.rest.length) }, ...kids.slice(1)];
    blocks[index] = `<p>${inline(rest).trim()}</p>`;
    texts[texts.indexOf(text)] = dateline.rest;
    out.dateline = dateline.place;
    if (dateline.source) out.sources.push(dateline.source);
  }
  out.html = blocks.join('');
  out.text = texts.join('\n');
  return out;
}

/** A paragraph that is only an agency credit, a sign-off or a copyright line: its people and agency are kept, the line is not. */
function dropped(text: string, out: Body): boolean {
  const credits = creditContributors(text);
  const agency = agencyCredit(text);
  if (credits) out.credits.push(...credits);
  if (agency) addSource(out.sources, agency);
  return credits !== null || agency !== null || chromeKind(text) === 'chrome';
}

function inline(nodes: XmlNode[]): string {
  return nodes
    .map((node) => {
      // XML white space (the item's line breaks and indents) is one space, as a browser shows it.
      if ('#text' in node) return escapeHtml(String(node['#text']).replace(/\s+/g, ' '));
      const tag = tagOf(node);
      if (tag === undefined || SKIPPED.has(tag)) return '';
      const inner = inline(children(node));
      if (tag === 'br') return '<br>';
      if (tag === 'a') {
        const href = attr(node, 'href') ?? '';
        return /^(?:https?:|mailto:)/i.test(href) ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
      }
      return INLINE.has(tag) ? `<${tag}>${inner}</${tag}>` : inner;
    })
    .join('');
}

function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@' && !key.startsWith('#') && !key.startsWith('?'));
}

function children(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const value = tag === undefined ? undefined : node[tag];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function elements(nodes: XmlNode[], tag: string): XmlNode[] {
  return nodes.filter((node) => tagOf(node) === tag);
}

function child(nodes: XmlNode[], tag: string): XmlNode | undefined {
  return nodes.find((node) => tagOf(node) === tag);
}

function descendants(nodes: XmlNode[], tag: string): XmlNode[] {
  return nodes.flatMap((node) => (tagOf(node) === tag ? [node] : descendants(children(node), tag)));
}

function attr(node: XmlNode | undefined, name: string): string | undefined {
  const attrs = node?.[':@'] as Record<string, string> | undefined;
  return attrs?.[name];
}

/** The element's text; `squeeze` folds white space to single spaces. */
function textOf(node: XmlNode | undefined, squeeze = true): string {
  if (!node) return '';
  const raw = children(node)
    .map((kid) => ('#text' in kid ? String(kid['#text']) : textOf(kid, false)))
    .join('');
  return squeeze ? raw.replace(/\s+/g, ' ').trim() : raw;
}

/** A party's name: its `literal`, or its `<name>` child, or its text. */
function nameOf(node: XmlNode | undefined): string {
  if (!node) return '';
  return (attr(node, 'literal') ?? textOf(child(children(node), 'name'))) || textOf(node);
}
