import { defaultTreeAdapter as tree, html, parse, serialize, type DefaultTreeAdapterTypes as T } from 'parse5';

/**
 * The structural edits import makes to HTML, on a real parser's tree (parse5, the WHATWG
 * algorithm browsers use) rather than on strings. Cleaning is not done here: the renderer's
 * paste pipeline is the one place that decides what may enter a document.
 */
export interface HtmlDocument {
  body: T.Element;
  /** The text of `<title>`, whitespace collapsed; '' when there is none. */
  title: string;
}

export function parseHtmlDocument(source: string): HtmlDocument {
  const document = parse(source);
  const root = elements(document).find((el) => el.tagName === 'html')!;
  const head = elements(root).find((el) => el.tagName === 'head');
  // A frameset page has no body, and nothing to import: an empty one says so.
  const body = elements(root).find((el) => el.tagName === 'body') ?? tree.createElement('body', html.NS.HTML, []);
  const title = head ? descendants(head).find((el) => el.tagName === 'title') : undefined;
  return { body, title: title ? textOf(title) : '' };
}

/** The body's content as HTML, without the `<body>` tag itself. */
export function bodyHtml(doc: HtmlDocument): string {
  return serialize(doc.body).trim();
}

/**
 * Removes the first `<h1>` and returns its text: on a page or in a Word file the top heading is
 * the headline, which the article keeps apart from its body. '' when there is no (non-empty) h1.
 */
export function takeFirstH1(doc: HtmlDocument): string {
  const h1 = descendants(doc.body).find((el) => el.tagName === 'h1' && textOf(el) !== '');
  if (!h1) return '';
  tree.detachNode(h1);
  return textOf(h1);
}

/** All text under `node`, whitespace collapsed as a browser shows it. */
export function textOf(node: T.ParentNode): string {
  return rawText(node).replace(/\s+/gu, ' ').trim();
}

/** Code and styling are not words a reader sees. */
const NOT_TEXT = new Set(['script', 'style', 'template']);
/** Elements that sit inside a line of text: `Kremlin<em>'s</em>` is one word, two paragraphs are not. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'em', 'font', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u',
]);

/*
 * The walks below keep their own stack instead of recursing: an imported page may nest
 * thousands of elements deep, or hold a hundred thousand in one wrapper.
 */

function rawText(node: T.ParentNode): string {
  const parts: string[] = [];
  const stack: Array<T.ChildNode | string> = [...node.childNodes].reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (typeof next === 'string') parts.push(next);
    else if (tree.isTextNode(next)) parts.push(next.value);
    else if (tree.isElementNode(next) && !NOT_TEXT.has(next.tagName)) {
      const gap = INLINE.has(next.tagName) ? '' : ' ';
      stack.push(gap);
      for (let i = next.childNodes.length - 1; i >= 0; i--) stack.push(next.childNodes[i]!);
      stack.push(gap);
    }
  }
  return parts.join('');
}

/** Element children of `node`. */
export function elements(node: T.ParentNode): T.Element[] {
  return node.childNodes.filter((child): child is T.Element => tree.isElementNode(child));
}

/** Every element under `node`, in document order. */
export function descendants(node: T.ParentNode): T.Element[] {
  const out: T.Element[] = [];
  const stack = elements(node).reverse();
  while (stack.length > 0) {
    const el = stack.pop()!;
    out.push(el);
    const children = elements(el);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

export function attribute(el: T.Element, name: string): string | undefined {
  return el.attrs.find((attr) => attr.name === name)?.value;
}
