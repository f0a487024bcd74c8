import mammoth from 'mammoth';
import { defaultTreeAdapter as tree, html, type DefaultTreeAdapterTypes as T } from 'parse5';
import { ApiFailure } from '../errors.js';
import { quotedFileName } from '../fs/describe-file.js';
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
];
/** A first paragraph this short that does not end a sentence is a headline typed without a heading style. */
const MAX_PLAIN_HEADLINE_CHARS = 200;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export interface ConvertedDocx {
  headline: string;
  doc: HtmlDocument;
  warnings: string[];
}

/**
 * A Word .docx as HTML. Pictures travel inside it as data: URIs, checked by content like any
 * photo; those in other formats (EMF, TIFF…) or too large are left out and counted in a warning.
 * mammoth never follows links to files outside the document.
 */
export async function convertDocx(name: string, bytes: Uint8Array): Promise<ConvertedDocx> {
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) throw unreadable(name);
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
    result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP, convertImage, externalFileAccess: false });
  } catch {
    // mammoth's own messages ("Can't find end of central directory") mean nothing to an editor.
    throw unreadable(name);
  }
  const doc = parseHtmlDocument(result.value);
  dropImagesLeftOut(doc);
  joinCaptionsToPictures(doc);
  const headline = takeFirstH1(doc) || takeShortFirstParagraph(doc);
  const warnings = [];
  if (left.unsupported) warnings.push(`${count(left.unsupported, 'picture')} in a format other than JPEG, PNG, WebP or GIF left out`);
  if (left.tooLarge) warnings.push(`${count(left.tooLarge, 'picture')} over the photo size limit left out`);
  return { headline, doc, warnings };
}

function unreadable(name: string): ApiFailure {
  return new ApiFailure(
    'UNSUPPORTED_MEDIA',
    `${quotedFileName(name)} could not be read as a Word document: it may be damaged, or not a .docx file. Open it in Word, save it as .docx and import it again.`,
  );
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
