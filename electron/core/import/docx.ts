import { Unzip, UnzipInflate, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { defaultTreeAdapter as tree, html, type DefaultTreeAdapterTypes as T } from 'parse5';
import { ApiFailure } from '../errors.js';
import { megabyteLimit, quotedFileName } from '../fs/describe-file.js';
import { inspectPhoto } from '../media/add-media.js';
import { attribute, descendants, elements, parseHtmlDocument, takeFirstH1, textOf, type HtmlDocument } from './html-document.js';

/**
 * Word's own styles that carry meaning for an article, on top of mammoth's defaults (headings,
 * lists, bold, italic, links): the document title is the headline, quote styles are block quotes,
 * and a caption paragraph is kept apart so it can join the picture above it.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='caption'] => p.caption:fresh",
  // Comments come out marked, so that they can be taken out and counted (takeOutComments).
  'comment-reference => sup',
];
/** A first paragraph this short that does not end a sentence is a headline typed without a heading style. */
const MAX_PLAIN_HEADLINE_CHARS = 200;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/**
 * What a .docx may unpack to. A Word file of a long feature with its photos is a few megabytes
 * unpacked; a small file that unpacks to gigabytes (a zip bomb) is refused before it is read.
 */
const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
const MAX_ENTRIES = 5000;
/** Inflated a chunk of the file at a time, so an entry is stopped at most one chunk past the bound. */
const UNPACK_CHUNK = 64 * 1024;

export interface ConvertedDocx {
  headline: string;
  doc: HtmlDocument;
  warnings: string[];
}

/**
 * A Word .docx as HTML, its words as the document reads with every tracked change accepted
 * (insertions kept, deletions gone: mammoth's reading). Footnotes and endnotes stay, as numbered
 * paragraphs at the end, their marks `[1]` in the text; comments are notes on the copy, not copy:
 * they are left out and counted in a warning; headers and footers are page furniture and are not
 * read. Pictures travel inside it as data: URIs, checked by content like any photo; those in other
 * formats (EMF, TIFF…) or too large are left out and counted in a warning. mammoth never follows
 * links to files outside the document, and reads only what unpackDocx measured.
 */
export async function convertDocx(name: string, bytes: Uint8Array): Promise<ConvertedDocx> {
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) throw unreadable(name);
  const unpacked = unpackDocx(name, bytes);
  const left = { unsupported: 0, tooLarge: 0 };
  const convertImage = mammoth.images.imgElement(async (image) => {
    const data = await image.readAsBuffer();
    try {
      const photo = await inspectPhoto(name, data);
      return { src: `data:${photo.mime};base64,${data.toString('base64')}` };
    } catch (err) {
      if (!(err instanceof ApiFailure)) throw err;
      if (err.code === 'TOO_LARGE') left.tooLarge++;
      else left.unsupported++;
      return { src: '' };
    }
  });
  let result;
  try {
    result = await mammoth.convertToHtml({ buffer: Buffer.from(unpacked) }, { styleMap: STYLE_MAP, convertImage, externalFileAccess: false });
  } catch {
    // mammoth's own messages ("Can't find end of central directory") mean nothing to an editor.
    throw unreadable(name);
  }
  const doc = parseHtmlDocument(result.value);
  const comments = takeOutComments(doc);
  notesToParagraphs(doc);
  dropImagesLeftOut(doc);
  joinCaptionsToPictures(doc);
  const headline = takeFirstH1(doc) || takeShortFirstParagraph(doc);
  const warnings = [];
  if (left.unsupported) warnings.push(`${count(left.unsupported, 'picture')} in a format other than JPEG, PNG, WebP or GIF left out`);
  if (left.tooLarge) warnings.push(`${count(left.tooLarge, 'picture')} over the photo size limit left out`);
  if (comments) warnings.push(`${count(comments, 'comment')} left out: comments are notes on the copy, not part of it`);
  return { headline, doc, warnings };
}

function unreadable(name: string): ApiFailure {
  return new ApiFailure(
    'UNSUPPORTED_MEDIA',
    `${quotedFileName(name)} could not be read as a Word document: it may be damaged, or not a .docx file. Open it in Word, save it as .docx and import it again.`,
  );
}

function tooLarge(name: string): ApiFailure {
  return new ApiFailure(
    'TOO_LARGE',
    `${quotedFileName(name)} unpacks to more than ${megabyteLimit(MAX_UNPACKED_BYTES)} or more than ${MAX_ENTRIES} parts, more than a Word document of an article holds; it was not read.`,
  );
}

/**
 * The parts of a .docx, inflated here with a running count of the bytes they unpack to (what the
 * zip's headers claim is not trusted), and packed again, stored, for mammoth.
 */
function unpackDocx(name: string, bytes: Uint8Array): Uint8Array {
  const parts: Record<string, Uint8Array> = {};
  let unpackedBytes = 0;
  let entries = 0;
  let problem: ApiFailure | null = null;
  const unzip = new Unzip((file) => {
    if (problem) return;
    if (++entries > MAX_ENTRIES) {
      problem = tooLarge(name);
      return;
    }
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (problem) return;
      if (error) {
        problem = unreadable(name);
        return;
      }
      unpackedBytes += chunk.length;
      if (unpackedBytes > MAX_UNPACKED_BYTES) {
        problem = tooLarge(name);
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final && !file.name.endsWith('/')) parts[file.name] = Buffer.concat(chunks);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < bytes.length && !problem; offset += UNPACK_CHUNK) {
      unzip.push(bytes.subarray(offset, offset + UNPACK_CHUNK), offset + UNPACK_CHUNK >= bytes.length);
    }
  } catch {
    throw unreadable(name);
  }
  if (problem) throw problem;
  for (const part of TEXT_PARTS) {
    const xml = parts[part];
    if (xml) parts[part] = Buffer.from(withComplexScriptEmphasis(Buffer.from(xml).toString('utf8')), 'utf8');
  }
  return zipSync(parts, { level: 0 });
}

/** The parts holding the document's words. */
const TEXT_PARTS = ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml'];
/** A run's properties, up to the first close (a tracked formatting change nests an older rPr). */
const RUN_PROPERTIES = /<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<\/w:rPr>/g;
const ON = '(?:\\s+w:val="(?:true|1|on)")?\\s*\\/>';
const RIGHT_TO_LEFT_RUN = new RegExp(`<w:rtl${ON}`);
const COMPLEX = { b: new RegExp(`<w:bCs${ON}`), i: new RegExp(`<w:iCs${ON}`) };

/**
 * In a right-to-left run (Arabic) Word shows bold and italic from the complex-script properties,
 * `<w:bCs/>` and `<w:iCs/>`, and LibreOffice writes only those for Arabic; mammoth reads `<w:b/>`
 * and `<w:i/>` alone. Such a run gets the plain property too, placed before its complex twin as
 * the schema orders them.
 */
function withComplexScriptEmphasis(xml: string): string {
  return xml.replace(RUN_PROPERTIES, (properties) => {
    if (!RIGHT_TO_LEFT_RUN.test(properties)) return properties;
    let out = properties;
    for (const [plain, complex] of Object.entries(COMPLEX)) {
      if (!new RegExp(`<w:${plain}[\\s/>]`).test(out)) out = out.replace(complex, (twin) => `<w:${plain}/>${twin}`);
    }
    return out;
  });
}

/** mammoth marks a comment `<sup><a href="#comment-0">` and lists them all in a `<dl>` at the end. */
function takeOutComments(doc: HtmlDocument): number {
  const all = descendants(doc.body);
  for (const mark of all.filter((el) => el.tagName === 'sup' && elements(el).some((a) => (attribute(a, 'href') ?? '').startsWith('#comment-')))) {
    tree.detachNode(mark);
  }
  let comments = 0;
  for (const list of all.filter((el) => el.tagName === 'dl' && elements(el).some((dt) => (attribute(dt, 'id') ?? '').startsWith('comment-')))) {
    comments += elements(list).filter((el) => el.tagName === 'dt').length;
    tree.detachNode(list);
  }
  return comments;
}

const NOTE_ID = /^(footnote|endnote)-/;

/**
 * mammoth's notes, `<sup><a href="#footnote-2">[1]</a></sup>` in the text and an `<ol>` of
 * `<li id="footnote-2"><p>… <a href="#footnote-ref-2">↑</a></p></li>` at the end, become the mark
 * `[1]` in the text and one paragraph per note, `[1] …`, where the list was.
 */
function notesToParagraphs(doc: HtmlDocument): void {
  const marks = new Map<string, string>();
  for (const sup of descendants(doc.body).filter((el) => el.tagName === 'sup')) {
    const link = elements(sup).find((a) => a.tagName === 'a' && NOTE_ID.test((attribute(a, 'href') ?? '').slice(1)));
    if (!link || !sup.parentNode) continue;
    const mark = textOf(link);
    marks.set(attribute(link, 'href')!.slice(1), mark);
    tree.insertTextBefore(sup.parentNode, mark, sup);
    tree.detachNode(sup);
  }
  for (const list of descendants(doc.body).filter((el) => el.tagName === 'ol')) {
    const items = elements(list);
    if (items.length === 0 || !items.every((li) => li.tagName === 'li' && NOTE_ID.test(attribute(li, 'id') ?? ''))) continue;
    for (const item of items) {
      for (const back of descendants(item).filter((a) => a.tagName === 'a' && NOTE_ID.test((attribute(a, 'href') ?? '').slice(1)))) tree.detachNode(back);
      // A note's paragraphs keep their links and emphasis; the first starts with the mark.
      let paragraphs = elements(item).filter((el) => el.tagName === 'p');
      if (paragraphs.length === 0) {
        const paragraph = tree.createElement('p', html.NS.HTML, []);
        for (const child of [...item.childNodes]) {
          tree.detachNode(child);
          tree.appendChild(paragraph, child);
        }
        paragraphs = [paragraph];
      }
      const first = paragraphs[0]!;
      const mark = marks.get(attribute(item, 'id')!);
      if (mark) {
        if (first.childNodes[0]) tree.insertTextBefore(first, `${mark} `, first.childNodes[0]);
        else tree.insertText(first, mark);
      }
      for (const paragraph of paragraphs) {
        tree.detachNode(paragraph);
        tree.insertBefore(list.parentNode!, paragraph, list);
      }
    }
    tree.detachNode(list);
  }
}

function count(n: number, noun: string): string {
  return n === 1 ? `1 ${noun}` : `${n} ${noun}s`;
}

/** Pictures the converter refused have no address; their paragraph goes too when nothing else is in it. */
function dropImagesLeftOut(doc: HtmlDocument): void {
  for (const img of descendants(doc.body).filter((el) => el.tagName === 'img' && !attribute(el, 'src'))) {
    const parent = img.parentNode;
    tree.detachNode(img);
    if (parent && tree.isElementNode(parent) && parent.tagName === 'p' && textOf(parent) === '' && elements(parent).length === 0) {
      tree.detachNode(parent);
    }
  }
}

/** A paragraph holding only a picture, followed by a Caption paragraph, becomes `<figure><img><figcaption>`. */
function joinCaptionsToPictures(doc: HtmlDocument): void {
  for (const caption of descendants(doc.body).filter((el) => el.tagName === 'p' && attribute(el, 'class') === 'caption')) {
    const parent = caption.parentNode;
    if (!parent) continue;
    const siblings = elements(parent);
    const before = siblings[siblings.indexOf(caption) - 1];
    const img = before ? onlyPicture(before) : null;
    if (!before || !img) continue;
    const figure = tree.createElement('figure', html.NS.HTML, []);
    const figcaption = tree.createElement('figcaption', html.NS.HTML, []);
    for (const child of [...caption.childNodes]) {
      tree.detachNode(child);
      tree.appendChild(figcaption, child);
    }
    tree.insertBefore(parent, figure, before);
    tree.detachNode(before);
    tree.detachNode(caption);
    tree.detachNode(img);
    tree.appendChild(figure, img);
    tree.appendChild(figure, figcaption);
  }
}

function onlyPicture(paragraph: T.Element): T.Element | null {
  const children = elements(paragraph);
  return paragraph.tagName === 'p' && children.length === 1 && children[0]!.tagName === 'img' && textOf(paragraph) === ''
    ? children[0]!
    : null;
}

function takeShortFirstParagraph(doc: HtmlDocument): string {
  const first = elements(doc.body)[0];
  if (!first || first.tagName !== 'p' || descendants(first).some((el) => el.tagName === 'img')) return '';
  const text = textOf(first);
  if (!text || text.length > MAX_PLAIN_HEADLINE_CHARS || /[.!?؟…:]$/u.test(text)) return '';
  tree.detachNode(first);
  return text;
}
