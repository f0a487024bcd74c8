import { $generateDOMFromNodes } from '@lexical/html';
import {
  $applyNodeReplacement,
  $getEditor,
  DecoratorNode,
  getRegisteredNodeOrThrow,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import type { SerializedCaption, SerializedPhotoNode } from '../../../electron/common/lexical-nodes.js';
import {
  MEDIA_FILE_NAME,
  PHOTO_FILE_ATTRIBUTE,
  PHOTO_HEIGHT_ATTRIBUTE,
  PHOTO_LIMITS,
  PHOTO_WIDTH_ATTRIBUTE,
} from '../../../electron/common/rules/photo.js';
import { captionFromElement } from './caption-dom';
import { createCaptionEditor } from './caption-editor';
import { emptyCaption } from './caption-json';

/**
 * A photo in the article body (the Lexical playground's ImageNode pattern): the file in the
 * bundle's media/ folder, its pixel size, a caption held in a nested editor (paragraphs with bold,
 * italic and links), the credit, the alt text, and whether it is the article's lead photo. The
 * JSON is exactly SerializedPhotoNode in electron/common/lexical-nodes.ts, which the exporters read;
 * the attribute names and limits are the photo contract's (electron/common/rules/photo.ts).
 *
 * This is the data class only, without React (Ghost's kg-default-nodes): paste cleaning and the
 * headless import editor use it as it is. The body editor in the window registers its view,
 * PhotoViewNode (PhotoViewNode.tsx), in its place, with the same type and JSON. The node never
 * holds a path or URL: the view builds the address from the article's folder with api.mediaUrl, so
 * a renamed article or another machine shows the same photo.
 */

export interface PhotoPayload {
  file: string;
  width?: number | null;
  height?: number | null;
  caption?: SerializedCaption;
  credit?: string;
  altText?: string;
  isLead?: boolean;
}

const positiveInt = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;

function dimension(img: Element, attribute: string): number | null {
  return positiveInt(Number(img.getAttribute(attribute)));
}

function $photoFromImage(img: Element, caption: SerializedCaption | undefined): PhotoNode | null {
  const file = img.getAttribute(PHOTO_FILE_ATTRIBUTE) ?? '';
  if (!MEDIA_FILE_NAME.test(file)) return null;
  return $createPhotoNode({
    file,
    width: dimension(img, PHOTO_WIDTH_ATTRIBUTE),
    height: dimension(img, PHOTO_HEIGHT_ATTRIBUTE),
    altText: (img.getAttribute('alt') ?? '').trim().slice(0, PHOTO_LIMITS.altText),
    ...(caption ? { caption } : {}),
  });
}

function $convertImage(domNode: HTMLElement): DOMConversionOutput {
  return { node: $photoFromImage(domNode, undefined) };
}

function $convertFigure(domNode: HTMLElement): DOMConversionOutput {
  const img = domNode.querySelector(`img[${PHOTO_FILE_ATTRIBUTE}]`);
  const figcaption = domNode.querySelector('figcaption');
  const node = img ? $photoFromImage(img, figcaption ? captionFromElement(figcaption) : undefined) : null;
  // The figure's children (the img, the figcaption's text) are the photo: none of them becomes a
  // node of its own.
  return { node, after: () => [] };
}

const hasFile = (element: Element): boolean => MEDIA_FILE_NAME.test(element.getAttribute(PHOTO_FILE_ATTRIBUTE) ?? '');

export class PhotoNode extends DecoratorNode<unknown> {
  __file: string;
  __width: number | null;
  __height: number | null;
  /** Shared by every version of this node in the history: the caption has its own editor state. */
  __caption: LexicalEditor;
  __credit: string;
  __altText: string;
  __isLead: boolean;

  static override getType(): string {
    return 'photo';
  }

  /** `this` is the class the editor registered: this one, or the view's. */
  static override clone(node: PhotoNode): PhotoNode {
    return new this(
      {
        file: node.__file,
        width: node.__width,
        height: node.__height,
        credit: node.__credit,
        altText: node.__altText,
        isLead: node.__isLead,
      },
      node.__caption,
      node.__key,
    );
  }

  static override importJSON(json: SerializedPhotoNode): PhotoNode {
    // The caption goes through sanitizeCaption (in createCaptionEditor): JSON can also arrive from
    // Lexical's clipboard format, which any web page can write.
    return $createPhotoNode({
      file: typeof json.file === 'string' ? json.file : '',
      width: positiveInt(json.width),
      height: positiveInt(json.height),
      caption: json.caption,
      credit: typeof json.credit === 'string' ? json.credit.slice(0, PHOTO_LIMITS.credit) : '',
      altText: typeof json.altText === 'string' ? json.altText.slice(0, PHOTO_LIMITS.altText) : '',
      isLead: json.isLead === true,
    });
  }

  static override importDOM(): DOMConversionMap {
    return {
      figure: (element: HTMLElement) => (element.querySelector(`img[${PHOTO_FILE_ATTRIBUTE}]`) ? { conversion: $convertFigure, priority: 2 } : null),
      img: (element: HTMLElement) => (hasFile(element) ? { conversion: $convertImage, priority: 2 } : null),
    };
  }

  constructor(payload: PhotoPayload, caption?: LexicalEditor, key?: NodeKey) {
    super(key);
    this.__file = payload.file;
    this.__width = payload.width ?? null;
    this.__height = payload.height ?? null;
    this.__caption = caption ?? createCaptionEditor(payload.caption ?? emptyCaption());
    this.__credit = payload.credit ?? '';
    this.__altText = payload.altText ?? '';
    this.__isLead = payload.isLead ?? false;
  }

  override exportJSON(): SerializedPhotoNode {
    return {
      type: 'photo',
      version: 1,
      file: this.__file,
      width: this.__width,
      height: this.__height,
      caption: this.__caption.getEditorState().toJSON() as unknown as SerializedCaption,
      credit: this.__credit,
      altText: this.__altText,
      isLead: this.__isLead,
    };
  }

  /**
   * For copying out of Masthead as HTML: a figure with the alt text, caption and credit. The
   * image has no src: the loopback address carries the host's token, a bundle path means nothing
   * to another program, and an <img> with a src starts loading the moment it is created. Copies
   * between Masthead editors use Lexical's JSON, which keeps the photo itself.
   */
  override exportDOM(): DOMExportOutput {
    const figure = document.createElement('figure');
    const img = document.createElement('img');
    img.setAttribute('alt', this.__altText);
    if (this.__width) img.setAttribute('width', String(this.__width));
    if (this.__height) img.setAttribute('height', String(this.__height));
    figure.append(img);
    const figcaption = document.createElement('figcaption');
    const captionEditor = this.__caption;
    captionEditor.read(() => $generateDOMFromNodes(figcaption, null, captionEditor));
    if (this.__credit) {
      const credit = document.createElement('small');
      credit.textContent = this.__credit;
      figcaption.append(' ', credit);
    }
    if (figcaption.textContent?.trim()) figure.append(figcaption);
    return { element: figure };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const div = document.createElement('div');
    const className = config.theme.photo;
    div.className = typeof className === 'string' ? className : 'body-photo';
    return div;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  getFile(): string {
    return this.getLatest().__file;
  }

  getCaptionEditor(): LexicalEditor {
    return this.getLatest().__caption;
  }

  getCredit(): string {
    return this.getLatest().__credit;
  }

  getAltText(): string {
    return this.getLatest().__altText;
  }

  isLead(): boolean {
    return this.getLatest().__isLead;
  }

  setFile(file: string, width: number | null, height: number | null): this {
    const writable = this.getWritable();
    writable.__file = file;
    writable.__width = width;
    writable.__height = height;
    return writable;
  }

  setCredit(credit: string): this {
    const writable = this.getWritable();
    writable.__credit = credit.slice(0, PHOTO_LIMITS.credit);
    return writable;
  }

  setAltText(altText: string): this {
    const writable = this.getWritable();
    writable.__altText = altText.slice(0, PHOTO_LIMITS.altText);
    return writable;
  }

  setLead(isLead: boolean): this {
    const writable = this.getWritable();
    writable.__isLead = isLead;
    return writable;
  }

  /** A headless editor draws nothing; in the window PhotoViewNode draws the photo. */
  override decorate(): unknown {
    return null;
  }
}

/** A photo of the class the active editor registered for photos (the view's in the window, this one headless). */
export function $createPhotoNode(payload: PhotoPayload): PhotoNode {
  const Registered = getRegisteredNodeOrThrow($getEditor(), PhotoNode.getType()).klass as typeof PhotoNode;
  return $applyNodeReplacement(new Registered(payload));
}

export function $isPhotoNode(node: LexicalNode | null | undefined): node is PhotoNode {
  return node instanceof PhotoNode;
}
