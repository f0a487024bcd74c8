import path from 'node:path';
import type { ArticleLanguage, Contributor, Priority } from '../../common/article.js';
import type { ImportedDocument } from '../../common/ipc.js';
import { ARTICLE_LIMITS, MAX_IMPORT_BYTES } from '../../common/rules/limits.js';
import { ApiFailure } from '../errors.js';
import { megabyteLimit, megabytes, quotedFileName } from '../fs/describe-file.js';
import { convertDocx } from './docx.js';
import { escapeHtml } from './escape-html.js';
import { bodyHtml, parseHtmlDocument, takeFirstH1, textOf } from './html-document.js';
import { isIptc7901, parseIptc7901 } from './iptc-7901.js';
import { detectLanguage } from './language.js';
import { markdownToHtml } from './markdown.js';
import { decodeTextFile } from './text-file.js';
import { parseNewsMlG2 } from './newsml-g2.js';
import { parseWireCopy } from './wire-copy.js';

/** The article's schema caps the headline; a runaway first line must not make the import fail. */
const MAX_HEADLINE = 1000;

type Format = 'docx' | 'html' | 'markdown' | 'text' | 'newsml';
const FORMATS: Readonly<Record<string, Format>> = {
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
  '.xml': 'newsml',
};

/** What a converter found, before the language is told from it. */
interface Converted {
  headline: string;
  html: string;
  /** The visible text of the body, to tell its language. */
  text: string;
  byline?: Contributor[];
  published?: { publishAt: string; timeZone: string } | null;
  dateline?: string;
  sources?: string[];
  tags?: string[];
  priority?: Priority | null;
  /** The language the file declares (NewsML-G2); otherwise it is told from the letters. */
  language?: ArticleLanguage | null;
  warnings?: string[];
  /** An IPTC 7901 transmission, the one kind of file read without an extension. */
  fromTransmission?: boolean;
}

/**
 * Converts a Word, HTML, Markdown, plain text (wire copy or IPTC 7901) or NewsML-G2 file into HTML for the renderer's paste pipeline,
 * which cleans it exactly like a paste. Nothing is written: a file that cannot be read is refused
 * with a message naming it, and no article is made.
 */
export async function importDocument(name: string, bytes: Uint8Array): Promise<ImportedDocument> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ApiFailure(
      'TOO_LARGE',
      `${quotedFileName(name)} is ${megabytes(bytes.byteLength)}; files to import can be at most ${megabyteLimit(MAX_IMPORT_BYTES)}`,
    );
  }
  const extension = path.extname(name).toLowerCase();
  // Agencies deliver IPTC 7901 copy without an extension too: such a file is read if it is one.
  const format = FORMATS[extension] ?? (extension === '' ? 'text' : undefined);
  if (!format) throw unsupportedFormat(name);
  if (bytes.byteLength === 0) throw new ApiFailure('UNSUPPORTED_MEDIA', `${quotedFileName(name)} is empty: there is nothing to import.`);

  const converted = await convert(format, name, bytes);
  if (extension === '' && !converted.fromTransmission) throw unsupportedFormat(name);
  const headline = converted.headline.slice(0, MAX_HEADLINE);
  if (!headline && !converted.text && !converted.html.includes('<img')) throw new ApiFailure('UNSUPPORTED_MEDIA', `${quotedFileName(name)} has no text to import.`);
  return {
    headline,
    html: converted.html,
    language: converted.language ?? detectLanguage(`${headline}\n${converted.text}`),
    byline: converted.byline ?? [],
    publishAt: converted.published?.publishAt ?? null,
    timeZone: converted.published?.timeZone ?? null,
    dateline: (converted.dateline ?? '').slice(0, ARTICLE_LIMITS.dateline),
    sources: (converted.sources ?? []).map((s) => s.slice(0, ARTICLE_LIMITS.source)).slice(0, ARTICLE_LIMITS.sources),
    tags: (converted.tags ?? []).map((t) => t.slice(0, ARTICLE_LIMITS.tag)).slice(0, ARTICLE_LIMITS.tags),
    priority: converted.priority ?? null,
    warnings: converted.warnings ?? [],
  };
}

function unsupportedFormat(name: string): ApiFailure {
  const hint =
    path.extname(name).toLowerCase() === '.doc'
      ? 'it is an older Word file: open it in Word, save it as .docx and import it again.'
      : 'Masthead imports Word (.docx), HTML, Markdown, plain text (.txt), IPTC 7901 and NewsML-G2 (.xml) files.';
  return new ApiFailure('UNSUPPORTED_MEDIA', `${quotedFileName(name)} cannot be imported: ${hint}`);
}

async function convert(format: Format, name: string, bytes: Uint8Array): Promise<Converted> {
  switch (format) {
    case 'docx': {
      const { headline, doc, warnings } = await convertDocx(name, bytes);
      return { headline, html: bodyHtml(doc), text: textOf(doc.body), warnings };
    }
    case 'html': {
      // A saved web page: its top heading is the headline, or else its <title>.
      const doc = parseHtmlDocument(decodeTextFile(name, bytes));
      const headline = takeFirstH1(doc) || doc.title;
      return { headline, html: bodyHtml(doc), text: textOf(doc.body) };
    }
    case 'markdown': {
      const doc = parseHtmlDocument(markdownToHtml(decodeTextFile(name, bytes)));
      const headline = takeFirstH1(doc);
      return { headline, html: bodyHtml(doc), text: textOf(doc.body) };
    }
    case 'text': {
      const text = decodeTextFile(name, bytes);
      return isIptc7901(text) ? convertTransmission(text) : convertWireCopy(text);
    }
    case 'newsml': {
      const item = parseNewsMlG2(name, decodeTextFile(name, bytes));
      return { ...item, warnings: item.notes };
    }
  }
}

function paragraphsHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
}

function convertWireCopy(text: string): Converted {
  const copy = parseWireCopy(text);
  if (!copy) return { headline: '', html: '', text: '' };
  const warnings = copy.photo
    ? [`The text names a lead photo but holds no picture; its caption was not imported: "${copy.photo.caption}"`]
    : [];
  if (copy.leftOut.length > 0) warnings.push(`Lines that read as photo captions or labels were left out: ${copy.leftOut.map((line) => `"${line}"`).join(', ')}`);
  return {
    headline: copy.headline,
    html: paragraphsHtml(copy.paragraphs),
    text: copy.paragraphs.join('\n'),
    byline: copy.byline,
    published: copy.published,
    dateline: copy.dateline,
    sources: copy.sources,
    warnings,
  };
}

function convertTransmission(text: string): Converted & { fromTransmission: true } {
  const wire = parseIptc7901(text);
  const agency = wire.story.sources[0] ?? '';
  const byline = [...wire.byline, ...wire.story.credits].map((person) => ({ ...person, affiliation: person.affiliation || agency }));
  return {
    fromTransmission: true,
    headline: wire.headline,
    html: paragraphsHtml(wire.story.paragraphs),
    text: wire.story.paragraphs.join('\n'),
    byline,
    dateline: wire.story.dateline,
    sources: wire.story.sources,
    tags: wire.keyword ? [wire.keyword] : [],
    priority: wire.priority,
  };
}
