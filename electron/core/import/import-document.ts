import path from 'node:path';
import type { Contributor } from '../../common/article.js';
import type { ImportedDocument } from '../../common/ipc.js';
import { MAX_IMPORT_BYTES } from '../../common/rules/limits.js';
import { ApiFailure } from '../errors.js';
import { megabyteLimit, megabytes, quotedFileName } from '../fs/describe-file.js';
import { convertDocx } from './docx.js';
import { bodyHtml, parseHtmlDocument, takeFirstH1, textOf } from './html-document.js';
import { detectLanguage } from './language.js';
import { markdownToHtml } from './markdown.js';
import { decodeTextFile } from './text-file.js';
import { parseWireCopy } from './wire-copy.js';

/** The article's schema caps the headline; a runaway first line must not make the import fail. */
const MAX_HEADLINE = 1000;

type Format = 'docx' | 'html' | 'markdown' | 'text';
const FORMATS: Readonly<Record<string, Format>> = {
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
};

/** What a converter found, before the language is told from it. */
interface Converted {
  headline: string;
  html: string;
  /** The visible text of the body, to tell its language. */
  text: string;
  byline?: Contributor[];
  published?: { publishAt: string; timeZone: string } | null;
  warnings?: string[];
}

/**
 * Converts a Word, HTML, Markdown or plain text file into HTML for the renderer's paste pipeline,
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
  const format = FORMATS[path.extname(name).toLowerCase()];
  if (!format) throw unsupportedFormat(name);
  if (bytes.byteLength === 0) throw new ApiFailure('UNSUPPORTED_MEDIA', `${quotedFileName(name)} is empty: there is nothing to import.`);

  const converted = await convert(format, name, bytes);
  const headline = converted.headline.slice(0, MAX_HEADLINE);
  if (!headline && !converted.text && !converted.html.includes('<img')) throw new ApiFailure('UNSUPPORTED_MEDIA', `${quotedFileName(name)} has no text to import.`);
  return {
    headline,
    html: converted.html,
    language: detectLanguage(`${headline}\n${converted.text}`),
    byline: converted.byline ?? [],
    publishAt: converted.published?.publishAt ?? null,
    timeZone: converted.published?.timeZone ?? null,
    warnings: converted.warnings ?? [],
  };
}

function unsupportedFormat(name: string): ApiFailure {
  const hint =
    path.extname(name).toLowerCase() === '.doc'
      ? 'it is an older Word file: open it in Word, save it as .docx and import it again.'
      : 'Masthead imports Word (.docx), HTML, Markdown and plain text (.txt) files.';
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
    case 'text':
      return convertWireCopy(decodeTextFile(name, bytes));
  }
}

function convertWireCopy(text: string): Converted {
  const copy = parseWireCopy(text);
  if (!copy) return { headline: '', html: '', text: '' };
  const warnings = copy.photo
    ? [`The text names a lead photo but holds no picture; its caption was not imported: "${copy.photo.caption}"`]
    : [];
  return {
    headline: copy.headline,
    html: copy.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
    text: copy.paragraphs.join('\n'),
    byline: copy.byline.map((name) => ({ name: name.slice(0, 200), role: 'writer', affiliation: '' })),
    published: copy.published,
    warnings,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
