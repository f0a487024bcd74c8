import DOMPurify, { type Config } from 'dompurify';
import { MEDIA_FILE_NAME, PHOTO_FILE_ATTRIBUTE, PHOTO_HEIGHT_ATTRIBUTE, PHOTO_WIDTH_ATTRIBUTE } from '../../../electron/common/rules/photo.js';
import { parseImageDataUrl, type ImageDataUrl } from '../photos/photo-files';
import { isAllowedLinkUrl } from '../url-scheme';
import { prepareOfficeHtml } from './office-html';

/**
 * Paste is hostile (README, Features › Paste and import). Every piece of HTML that enters an article, pasted, dropped or
 * imported from a file, goes through cleanHtml:
 *
 * 1. parse it into an inert document (DOMParser: no script runs, nothing loads) and turn what
 *    Word and Google Docs mean by styles and classes into plain tags (office-html.ts);
 * 2. DOMPurify with an allow-list of the tags the article schema can hold, no attributes but
 *    href/src/alt/dir, links only to http, https and mailto;
 * 3. reshape what is left so each tag maps onto one schema node (block nesting, photos at the
 *    top level), and sort the images: data:image photos are kept to be added to the article,
 *    images from the web are left out (their bytes cannot be fetched offline).
 *
 * Then Lexical's $generateNodesFromDOM makes nodes from it, limited to the registered node
 * classes, and the schema guard's transforms settle the rest (heading levels, link schemes again).
 */

const ALLOWED_TAGS = [
  'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'strike', 'del',
  'a', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption', 'img', 'span', 'div',
];

const PURIFY_CONFIG: Config & { RETURN_DOM: true } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href', 'src', 'alt', 'dir'],
  FORBID_TAGS: [
    'style', 'script', 'iframe', 'frame', 'frameset', 'form', 'input', 'textarea', 'select', 'option', 'button',
    'svg', 'math', 'object', 'embed', 'applet', 'template', 'noscript', 'base', 'meta', 'link',
  ],
  FORBID_ATTR: ['style', 'class', 'id'],
  // Text inside these is never article text (a form's labels, a textarea's raw markup).
  ADD_FORBID_CONTENTS: ['textarea', 'select', 'option', 'button', 'object', 'embed', 'applet', 'form', 'frameset', 'canvas'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // href and src: the web and email only. (DOMPurify lets data: through on <img src> alone; those
  // are sorted below, and only data:image photos survive.)
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  RETURN_DOM: true,
};

/**
 * For the CMS copy of an article (Take CMS version): its photos name files the article already
 * holds in the photo-file attribute, which is kept then, and only for those files (sortImages).
 */
const PURIFY_CONFIG_WITH_MEDIA: Config & { RETURN_DOM: true } = {
  ...PURIFY_CONFIG,
  ALLOWED_ATTR: [...(PURIFY_CONFIG.ALLOWED_ATTR ?? []), PHOTO_FILE_ATTRIBUTE],
  // A file name, not an address: not held to the link schemes.
  ADD_URI_SAFE_ATTR: [PHOTO_FILE_ATTRIBUTE],
};

/** Our own instance, so no other code's hooks or settings apply to it. */
let purifier: ReturnType<typeof DOMPurify> | null = null;
function purify(html: string, withMedia: boolean): HTMLElement {
  purifier ??= DOMPurify(window);
  // RETURN_DOM: the body element of DOMPurify's own inert document, never serialised and re-parsed.
  return purifier.sanitize(html, withMedia ? PURIFY_CONFIG_WITH_MEDIA : PURIFY_CONFIG) as HTMLElement;
}

export interface PastedPhoto {
  element: HTMLImageElement;
  image: ImageDataUrl;
}

export interface CleanedHtml {
  /** The clean content (its children are the blocks). */
  body: HTMLElement;
  /** Photos whose bytes came with the HTML: add them to the article, then call markPhotoAdded. */
  photos: PastedPhoto[];
  /** `<img>` from the web (http/https): left out, the user is told to insert them by hand. */
  webImages: number;
  /** Other images left out: unsupported types (SVG, TIFF), file: paths, broken sources. */
  otherImages: number;
  /** The HTML showed a reader words and the clean content holds none: the user must be told. */
  lostAllWords: boolean;
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'FIGURE', 'DIV', 'FIGCAPTION']);
const TEXT_BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

function rename(element: Element, tag: string): HTMLElement {
  const replacement = element.ownerDocument.createElement(tag);
  replacement.append(...Array.from(element.childNodes));
  const dir = element.getAttribute('dir');
  if (dir) replacement.setAttribute('dir', dir);
  element.replaceWith(replacement);
  return replacement;
}

const hasBlockChild = (element: Element): boolean => Array.from(element.children).some((child) => BLOCKS.has(child.tagName));

/** Moves `element` out to the top level, just after the top-level block that held it. */
function hoistToTop(body: HTMLElement, element: Element): void {
  let top: Element = element;
  while (top.parentElement && top.parentElement !== body) top = top.parentElement;
  if (top !== element) top.after(element);
}

/**
 * Shapes the sanitised tree so every tag maps onto one schema node: a div holding blocks is
 * unwrapped, one holding text is a paragraph; photos stand at the top level; a quote or list item
 * holds text, not paragraphs; strike and del are `<s>`; a link without an address is its text.
 */
function normalize(body: HTMLElement): void {
  for (const tag of ['strike', 'del']) for (const element of Array.from(body.querySelectorAll(tag))) rename(element, 's');
  for (const link of Array.from(body.querySelectorAll('a'))) {
    const href = link.getAttribute('href');
    if (!href || !isAllowedLinkUrl(href)) unwrap(link);
  }
  // Deepest first.
  for (const div of Array.from(body.querySelectorAll('div')).reverse()) {
    if (hasBlockChild(div)) unwrap(div);
    else rename(div, 'p');
  }
  // A figure with no photo in it is just its caption's words.
  for (const figure of Array.from(body.querySelectorAll('figure'))) {
    if (!figure.querySelector(`img[${PHOTO_FILE_ATTRIBUTE}], img[data-pending-photo]`)) {
      for (const img of Array.from(figure.querySelectorAll('img'))) img.remove();
      const caption = figure.querySelector('figcaption');
      if (caption) rename(caption, 'p');
      unwrap(figure);
    }
  }
  for (const caption of Array.from(body.querySelectorAll('figcaption'))) {
    if (!caption.closest('figure')) rename(caption, 'p');
  }
  // A photo outside a figure gets one, and every figure stands on its own at the top level.
  for (const img of Array.from(body.querySelectorAll('img'))) {
    if (!img.closest('figure')) {
      const figure = body.ownerDocument.createElement('figure');
      img.replaceWith(figure);
      figure.append(img);
    }
  }
  for (const figure of Array.from(body.querySelectorAll('figure'))) hoistToTop(body, figure);
  // Quotes hold text: each paragraph inside one becomes a quote of its own; lists inside move out.
  for (const quote of Array.from(body.querySelectorAll('blockquote')).reverse()) {
    for (const list of Array.from(quote.querySelectorAll(':scope > ul, :scope > ol'))) quote.after(list);
    const parts = Array.from(quote.children).filter((child) => TEXT_BLOCKS.has(child.tagName) || child.tagName === 'BLOCKQUOTE');
    if (parts.length > 0) {
      for (const part of parts) {
        const single = body.ownerDocument.createElement('blockquote');
        single.append(...Array.from(part.childNodes));
        part.replaceWith(single);
      }
      unwrap(quote);
    }
  }
  // List items hold text and nested lists; paragraphs and headings inside them give their text.
  for (const item of Array.from(body.querySelectorAll('li'))) {
    const blocks = Array.from(item.children).filter((child) => TEXT_BLOCKS.has(child.tagName) || child.tagName === 'BLOCKQUOTE');
    blocks.forEach((block, index) => {
      if (index > 0) block.before(body.ownerDocument.createElement('br'));
      unwrap(block);
    });
  }
  // Headings and paragraphs never hold blocks (the HTML parser allows a list in a heading).
  for (const block of Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6, p')).reverse()) {
    for (const inner of Array.from(block.children).filter((child) => BLOCKS.has(child.tagName)).reverse()) block.after(inner);
  }
  // A list holds list items.
  for (const list of Array.from(body.querySelectorAll('ul, ol'))) {
    for (const child of Array.from(list.childNodes)) {
      if (child.nodeType === Node.ELEMENT_NODE && ['LI', 'UL', 'OL'].includes((child as Element).tagName)) continue;
      if (child.nodeType === Node.TEXT_NODE && !child.textContent?.trim()) continue;
      const li = body.ownerDocument.createElement('li');
      child.replaceWith(li);
      li.append(child);
    }
  }
}

function sortImages(body: HTMLElement, keepPhotos: boolean, mediaFiles: ReadonlySet<string>): Pick<CleanedHtml, 'photos' | 'webImages' | 'otherImages'> {
  const photos: PastedPhoto[] = [];
  let webImages = 0;
  let otherImages = 0;
  for (const element of Array.from(body.querySelectorAll(`[${PHOTO_FILE_ATTRIBUTE}]:not(img)`))) element.removeAttribute(PHOTO_FILE_ATTRIBUTE);
  for (const img of Array.from(body.querySelectorAll('img'))) {
    const file = img.getAttribute(PHOTO_FILE_ATTRIBUTE);
    if (file !== null) {
      if (MEDIA_FILE_NAME.test(file) && mediaFiles.has(file)) {
        // One of the article's own photos: it stays a photo, its address is the file's name.
        img.removeAttribute('src');
        continue;
      }
      img.removeAttribute(PHOTO_FILE_ATTRIBUTE);
    }
    const src = img.getAttribute('src') ?? '';
    const image = keepPhotos ? parseImageDataUrl(src) : null;
    if (image) {
      // The bytes stay only in `photos`; the element waits for markPhotoAdded.
      img.removeAttribute('src');
      img.setAttribute('data-pending-photo', '');
      photos.push({ element: img, image });
    } else {
      if (/^https?:/i.test(src.trim())) webImages++;
      else otherImages++;
      img.remove();
    }
  }
  return { photos, webImages, otherImages };
}

export interface CleanOptions {
  /** false for the caption editor, which holds no photos. */
  keepPhotos: boolean;
  /**
   * Files in the article's media/ folder that `<img>` may name in the photo-file attribute (the
   * CMS copy of the article). Empty or absent for a paste or an import: no such photo is taken.
   */
  mediaFiles?: ReadonlySet<string>;
}

/** A letter or a digit: text that has one is a word a reader sees. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** Text inside these never shows on the page it was copied from. */
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TITLE', 'XML']);

function hasWords(root: Element): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const text = walker.currentNode;
    if (!WORD_CHARACTER.test(text.textContent ?? '')) continue;
    let parent = text.parentElement;
    while (parent && parent !== root && !UNSEEN.has(parent.tagName.toUpperCase())) parent = parent.parentElement;
    if (parent === root) return true;
  }
  return false;
}

export function cleanHtml(html: string, { keepPhotos, mediaFiles = new Set() }: CleanOptions): CleanedHtml {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const hadWords = hasWords(parsed.body);
  prepareOfficeHtml(parsed);
  const body = purify(parsed.body.innerHTML, mediaFiles.size > 0);
  const images = sortImages(body, keepPhotos, mediaFiles);
  normalize(body);
  return { body, ...images, lostAllWords: hadWords && !hasWords(body) };
}

/** The photo's bytes are in the article now: the element becomes a photo when nodes are made. */
export function markPhotoAdded(photo: PastedPhoto, added: { file: string; width: number | null; height: number | null }): void {
  const img = photo.element;
  img.removeAttribute('data-pending-photo');
  img.setAttribute(PHOTO_FILE_ATTRIBUTE, added.file);
  if (added.width) img.setAttribute(PHOTO_WIDTH_ATTRIBUTE, String(added.width));
  if (added.height) img.setAttribute(PHOTO_HEIGHT_ATTRIBUTE, String(added.height));
}

/** A photo that could not be added is left out, caption and all. */
export function dropPhoto(photo: PastedPhoto): void {
  const figure = photo.element.closest('figure');
  if (figure) figure.remove();
  else photo.element.remove();
}

/** Removes photos still pending (not added): nothing half-made reaches the editor. */
export function dropPendingPhotos(cleaned: CleanedHtml): void {
  for (const photo of cleaned.photos) if (photo.element.hasAttribute('data-pending-photo')) dropPhoto(photo);
}
