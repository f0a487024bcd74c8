/**
 * What Word and Google Docs put on the clipboard, made plain before sanitising. Both carry their
 * meaning in things the sanitiser removes (inline styles, classes, comments), so this runs first,
 * on an inert DOMParser document (no scripts run and nothing loads there):
 *
 * - Google Docs wraps the whole fragment in `<b style="font-weight:normal" id="docs-internal-guid…">`
 *   and marks bold and italic with `<span style="font-weight:700">`, `font-style:italic`.
 * - Word writes lists as `<p class=MsoListParagraph style="mso-list:l0 level1 lfo1">` with the
 *   bullet itself as text in a `<span style="mso-list:Ignore">`, wrapped in conditional comments,
 *   plus `<o:p>` elements, smart tags (`<st1:City>` around a word), `<style>` blocks and XML islands.
 * - LibreOffice's XHTML says bold and italic with classes (`.T1 { font-weight:bold }`), writes each
 *   list item's bullet as text, and numbered headings come as `<ol><li><h1>` from its HTML.
 */

const INLINE_STYLED = new Set(['SPAN', 'FONT', 'A', 'B', 'STRONG', 'I', 'EM', 'U', 'S', 'STRIKE', 'DEL', 'INS', 'SUP', 'SUB']);
const BOLD_TAGS = new Set(['B', 'STRONG']);
const ITALIC_TAGS = new Set(['I', 'EM']);

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

function removeComments(doc: Document): void {
  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

/**
 * Elements whose content is never article text, removed with it: styles and scripts, the head's
 * metadata, Office's XML islands (document properties, latent styles).
 */
const NON_CONTENT = new Set(['style', 'script', 'template', 'xml', 'meta', 'link', 'base', 'title']);

/**
 * Unknown elements give their words: Office's own namespaces (`o:p` spacers, `w:sdt` content
 * controls, `st1:place` smart tags around a word) and, above all, `<o:SmartTagType>`, which Word
 * writes in the head and the HTML parser moves into the body, where it wraps everything after it.
 * Removing such an element with its content empties the paste.
 */
function removeNonContent(doc: Document): void {
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    const name = element.localName.toLowerCase();
    if (NON_CONTENT.has(name)) element.remove();
    else if (name.includes(':')) unwrap(element);
  }
}

/** The properties stylesToTags reads. */
const MEANINGFUL_PROPERTIES = ['font-weight', 'font-style', 'text-decoration', 'text-decoration-line'];
/** A page's style sheets can be long; the ones that mean bold and italic are short. */
const MAX_STYLE_RULES = 2000;

/**
 * Class rules of the HTML's `<style>` blocks that make text bold, italic, underlined or struck
 * through are copied onto the inline styles of the elements they apply to, so that stylesToTags
 * sees them; an element's own inline style wins. (Parsed by a constructed style sheet: nothing is
 * applied to any page, and `@import` is ignored.)
 */
function inlineClassStyles(doc: Document): void {
  let rules = 0;
  for (const styleElement of Array.from(doc.querySelectorAll('style'))) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styleElement.textContent ?? '');
    for (const rule of Array.from(sheet.cssRules)) {
      if (++rules > MAX_STYLE_RULES) return;
      if (!(rule instanceof CSSStyleRule)) continue;
      const declared = MEANINGFUL_PROPERTIES.filter((property) => rule.style.getPropertyValue(property));
      if (declared.length === 0) continue;
      let matches: Element[];
      try {
        matches = Array.from(doc.body.querySelectorAll(rule.selectorText));
      } catch {
        // A selector the parser keeps but querySelectorAll refuses (a pseudo-element).
        continue;
      }
      for (const element of matches) {
        if (!(element instanceof HTMLElement) || !INLINE_STYLED.has(element.tagName)) continue;
        for (const property of declared) {
          if (!element.style.getPropertyValue(property)) element.style.setProperty(property, rule.style.getPropertyValue(property));
        }
      }
    }
  }
}

function isBoldWeight(weight: string): boolean {
  if (weight === 'bold' || weight === 'bolder') return true;
  const n = Number(weight);
  return Number.isFinite(n) && n >= 600;
}

function isNormalWeight(weight: string): boolean {
  if (weight === 'normal' || weight === 'lighter') return true;
  const n = Number(weight);
  return Number.isFinite(n) && n > 0 && n < 600;
}

function wrapChildren(element: Element, tag: string): void {
  const wrapper = element.ownerDocument.createElement(tag);
  wrapper.append(...Array.from(element.childNodes));
  element.append(wrapper);
}

/**
 * Inline styles to the tags they mean, before the sanitiser drops the styles: bold and italic
 * spans become strong and em; a `<b>` or `<i>` styled back to normal (Google Docs' wrapper) is
 * unwrapped so it does not make everything bold.
 */
function stylesToTags(doc: Document): void {
  const styled = Array.from(doc.body.querySelectorAll<HTMLElement>('[style]')).filter((el) => INLINE_STYLED.has(el.tagName));
  // Deepest first, so unwrapping an outer element never detaches one still to be visited.
  for (const element of styled.reverse()) {
    const style = element.style;
    const weight = style.fontWeight.trim().toLowerCase();
    const fontStyle = style.fontStyle.trim().toLowerCase();
    const decoration = `${style.textDecorationLine} ${style.textDecoration}`.toLowerCase();
    if (BOLD_TAGS.has(element.tagName) && isNormalWeight(weight)) {
      unwrap(element);
      continue;
    }
    if (ITALIC_TAGS.has(element.tagName) && fontStyle === 'normal') {
      unwrap(element);
      continue;
    }
    if (!BOLD_TAGS.has(element.tagName) && isBoldWeight(weight)) wrapChildren(element, 'strong');
    if (!ITALIC_TAGS.has(element.tagName) && (fontStyle === 'italic' || fontStyle === 'oblique')) wrapChildren(element, 'em');
    // Links are underlined by their look, not by the author: an underline inside a link is dropped.
    if (decoration.includes('underline') && element.tagName !== 'A' && !element.closest('a')) wrapChildren(element, 'u');
    if (decoration.includes('line-through')) wrapChildren(element, 's');
  }
  // An underline around nothing but a link is the link's look (LibreOffice writes `<u><a>`).
  for (const underline of Array.from(doc.body.querySelectorAll('u'))) {
    const only = underline.children.length === 1 && underline.firstElementChild?.tagName === 'A' && underline.textContent === underline.firstElementChild.textContent;
    if (only) unwrap(underline);
  }
  // Google Docs' fragment wrapper, whatever its style says.
  for (const wrapper of Array.from(doc.body.querySelectorAll('b[id^="docs-internal-guid"]'))) unwrap(wrapper);
}

const WORD_LIST_STYLE = /mso-list\s*:\s*(l\d+)(?:\s+level(\d+))?/i;
const WORD_MARKER_STYLE = /mso-list\s*:\s*ignore/i;
const ORDERED_MARKER = /^\(?(?:\d+|[a-z]|[ivxlcdm]+)[.)]/i;

interface WordListItem {
  paragraph: HTMLElement;
  level: number;
  ordered: boolean;
}

function wordListItem(element: Element): WordListItem | null {
  if (element.tagName !== 'P' && !/^H[1-6]$/.test(element.tagName)) return null;
  const match = WORD_LIST_STYLE.exec(element.getAttribute('style') ?? '');
  const markers = Array.from(element.querySelectorAll('span')).filter((span) => WORD_MARKER_STYLE.test(span.getAttribute('style') ?? ''));
  const isList = match !== null || (/^MsoListParagraph/i.test(element.getAttribute('class') ?? '') && markers.length > 0);
  if (!isList) return null;
  const marker = markers.map((span) => span.textContent ?? '').join('').replace(/[\s\u00a0]+/g, '');
  // The bullet or number is typed text in Word's HTML; the list gives its own.
  for (const span of markers) span.remove();
  return { paragraph: element as HTMLElement, level: Math.max(1, Number(match?.[2] ?? 1)), ordered: ORDERED_MARKER.test(marker) };
}

/** Word's list paragraphs to `<ul>`/`<ol>` with `<li>`, nested by their level. */
function wordListsToLists(doc: Document): void {
  const seen = new Set<Element>();
  for (const first of Array.from(doc.body.querySelectorAll('p, h1, h2, h3, h4, h5, h6'))) {
    if (seen.has(first)) continue;
    const firstItem = wordListItem(first);
    if (!firstItem) continue;
    // The run of list paragraphs that follow each other (blank text between them does not count).
    const run: WordListItem[] = [firstItem];
    seen.add(first);
    let next = first.nextSibling;
    while (next) {
      if (next.nodeType === Node.TEXT_NODE && !next.textContent?.trim()) {
        next = next.nextSibling;
        continue;
      }
      const item = next.nodeType === Node.ELEMENT_NODE ? wordListItem(next as Element) : null;
      if (!item) break;
      run.push(item);
      seen.add(next as Element);
      next = next.nextSibling;
    }

    const stack: Array<{ level: number; list: HTMLElement; lastItem: HTMLElement }> = [];
    const roots: HTMLElement[] = [];
    for (const item of run) {
      while (stack.length > 0 && stack[stack.length - 1]!.level > item.level) stack.pop();
      const li = doc.createElement('li');
      li.append(...Array.from(item.paragraph.childNodes));
      const current = stack[stack.length - 1];
      if (current && current.level === item.level) {
        current.list.append(li);
        current.lastItem = li;
        continue;
      }
      // A deeper level nests in the item before it; a first item starts a list of its own.
      const list = doc.createElement(item.ordered ? 'ol' : 'ul');
      list.append(li);
      if (current) current.lastItem.append(list);
      else roots.push(list);
      stack.push({ level: item.level, list, lastItem: li });
    }
    first.before(...roots);
    for (const item of run) item.paragraph.remove();
  }
}

/**
 * LibreOffice numbers headings with a list (`<ol><li><h1>`, a second level as `<ol><ol><li><h2>`):
 * a list item holding a heading and nothing else is that heading, and a list left without items goes.
 * Its XHTML writes each item's bullet or number as text, a span floated left that starts the
 * item's first paragraph: the list draws its own.
 */
function libreOfficeLists(doc: Document): void {
  for (const heading of Array.from(doc.body.querySelectorAll('li > h1, li > h2, li > h3, li > h4, li > h5, li > h6'))) {
    const item = heading.parentElement!;
    const alone = Array.from(item.childNodes).every((node) => node === heading || (node.nodeType === Node.TEXT_NODE && !node.textContent?.trim()));
    if (alone) item.replaceWith(heading);
  }
  for (const list of Array.from(doc.body.querySelectorAll('ul, ol')).reverse()) if (!list.querySelector('li')) unwrap(list);
  for (const label of Array.from(doc.body.querySelectorAll<HTMLElement>('li > p:first-child > span:first-child'))) {
    if (label.previousSibling === null && label.style.float === 'left') label.remove();
  }
}

/**
 * The article has no tables: each cell becomes a block of its own (a div, which the cleaning
 * turns into a paragraph), so cells pasted from a spreadsheet do not run together into one line.
 */
function tablesToBlocks(doc: Document): void {
  for (const cell of Array.from(doc.body.querySelectorAll('td, th, caption'))) {
    const div = doc.createElement('div');
    div.append(...Array.from(cell.childNodes));
    cell.replaceWith(div);
  }
  for (const part of Array.from(doc.body.querySelectorAll('table, thead, tbody, tfoot, tr, colgroup, col')).reverse()) unwrap(part);
}

/** Runs on the parsed clipboard document, before the sanitiser. */
export function prepareOfficeHtml(doc: Document): void {
  removeComments(doc);
  inlineClassStyles(doc);
  removeNonContent(doc);
  libreOfficeLists(doc);
  wordListsToLists(doc);
  stylesToTags(doc);
  tablesToBlocks(doc);
}
