import { AutoLinkNode, LinkNode } from '@lexical/link';
import { createEditor, type EditorThemeClasses, type LexicalEditor } from 'lexical';
import type { SerializedCaption } from '../../../electron/common/lexical-nodes.js';
import { sanitizeCaption } from './caption-json.js';

/**
 * The small editor inside each photo that holds its caption: paragraphs of text, bold, italic
 * and links; nothing else is registered, so nothing else can be typed or pasted into it.
 */
export const CAPTION_NAMESPACE = 'masthead-photo-caption';

export const CAPTION_THEME: EditorThemeClasses = {
  paragraph: 'caption-p',
  link: 'body-link',
  text: { bold: 'body-bold', italic: 'body-italic' },
};

export function createCaptionEditor(caption: unknown): LexicalEditor {
  const editor = createEditor({
    namespace: CAPTION_NAMESPACE,
    nodes: [LinkNode, AutoLinkNode],
    theme: CAPTION_THEME,
    onError: (error) => console.error('[masthead] caption editor error:', error),
  });
  setCaption(editor, sanitizeCaption(caption));
  return editor;
}

export function setCaption(editor: LexicalEditor, caption: SerializedCaption): void {
  editor.setEditorState(editor.parseEditorState(JSON.stringify(caption)));
}
