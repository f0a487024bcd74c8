import { caretFromPoint } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import type { TFunction } from 'i18next';
import {
  $addUpdateTag,
  $createRangeSelection,
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isTextNode,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  DROP_COMMAND,
  PASTE_COMMAND,
  PASTE_TAG,
  type BaseSelection,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { photoWork } from '../photos/photos-in-flight';
import { PHOTO_MIME_TYPES } from '../../../electron/common/rules/photo.js';
import { useArticleMedia, useLatestFolder } from '../article-media';
import { cleanHtml } from '../paste/clean-html';
import { $insertCleanHtml, $selectionFor, addPastedPhotos, reportLeftOut, type Report } from '../paste/insert-html';
import { INSERT_PHOTO_FILES_COMMAND } from './PhotoPlugin';

/**
 * Paste and drop of HTML (from Word, Google Docs, web pages, other apps) go through the cleaning
 * pipeline in paste/clean-html.ts instead of Lexical's own HTML import: high priority, before rich
 * text's handler. Image files on the clipboard become photos. Lexical's own clipboard format from
 * this editor is left to Lexical (its nodes are ours, and the schema guard checks them again).
 *
 * Used by the body (photos allowed) and by each caption editor (no photos: text, bold, italic, links).
 */
const LEXICAL_MIME = 'application/x-lexical-editor';

function isImageFile(file: File): boolean {
  return (PHOTO_MIME_TYPES as readonly string[]).includes(file.type) || file.type.startsWith('image/');
}

/** A paste aimed at a text field inside a photo (credit, alt text) is that field's business. */
function isFieldTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA');
}

interface PasteContext {
  editor: LexicalEditor;
  t: TFunction;
  report: Report;
  folder(): string;
  photos: boolean;
}

/** Cleans `html` and inserts it; when it carries photos, they are added to the article first. */
function pasteHtml(context: PasteContext, html: string, saved: BaseSelection | null): void {
  const { editor, t, report, photos } = context;
  const cleaned = cleanHtml(html, { keepPhotos: photos });
  reportLeftOut(cleaned, t, report);
  if (cleaned.photos.length === 0) {
    $addUpdateTag(PASTE_TAG);
    $insertCleanHtml(editor, cleaned, $selectionFor(saved));
    return;
  }
  void photoWork(
    addPastedPhotos(cleaned, context.folder(), t, report).then(() => {
      editor.update(() => $insertCleanHtml(editor, cleaned, $selectionFor(saved)), { tag: PASTE_TAG });
    }),
  );
}

/** Where a drop lands, as Lexical's rich-text drop handler finds it. */
function $selectionAtPoint(editor: LexicalEditor, event: DragEvent): BaseSelection | null {
  const range = caretFromPoint(event.clientX, event.clientY, editor.getRootElement());
  if (!range) return $getSelection();
  const node = $getNearestNodeFromDOMNode(range.node);
  if (!node) return $getSelection();
  const selection = $createRangeSelection();
  if ($isTextNode(node)) {
    selection.anchor.set(node.getKey(), range.offset, 'text');
    selection.focus.set(node.getKey(), range.offset, 'text');
  } else {
    const parent = node.getParentOrThrow();
    const offset = node.getIndexWithinParent() + 1;
    selection.anchor.set(parent.getKey(), offset, 'element');
    selection.focus.set(parent.getKey(), offset, 'element');
  }
  $setSelection(selection);
  return selection;
}

export function PastePlugin({ photos }: { photos: boolean }): null {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const { report } = useArticleMedia();
  const folder = useLatestFolder();

  useEffect(() => {
    const context: PasteContext = { editor, t, report, folder, photos };
    return mergeRegister(
      editor.registerCommand(
        PASTE_COMMAND,
        (event, fromEditor) => {
          // Commands from a caption editor reach the body's listeners too: each editor cleans its own.
          if (fromEditor !== editor || !(event instanceof ClipboardEvent) || isFieldTarget(event.target)) return false;
          const data = event.clipboardData;
          if (!data) return false;
          const files = Array.from(data.files);
          const hasText = data.types.includes('text/plain') || data.types.includes('text/html');
          if (files.length > 0 && (files.some(isImageFile) || !hasText)) {
            event.preventDefault();
            if (photos) editor.dispatchCommand(INSERT_PHOTO_FILES_COMMAND, files);
            return true;
          }
          if (data.types.includes(LEXICAL_MIME)) return false;
          const html = data.getData('text/html');
          if (!html.trim()) return false;
          event.preventDefault();
          pasteHtml(context, html, $getSelection()?.clone() ?? null);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        DROP_COMMAND,
        (event, fromEditor) => {
          if (fromEditor !== editor) return false;
          const data = event.dataTransfer;
          // Files go to rich text's drop handler, which passes them on to PhotoPlugin.
          if (!data || data.types.includes('Files') || data.types.includes(LEXICAL_MIME)) return false;
          const html = data.getData('text/html');
          if (!html.trim()) return false;
          event.preventDefault();
          pasteHtml(context, html, $selectionAtPoint(editor, event)?.clone() ?? null);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor, t, report, folder, photos]);

  return null;
}
