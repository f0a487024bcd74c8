import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import type { TFunction } from 'i18next';
import {
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  type BaseSelection,
  type LexicalEditor,
} from 'lexical';
import { addPhotoData } from '../photos/add-photo';
import { dropPendingPhotos, dropPhoto, markPhotoAdded, type CleanedHtml } from './clean-html';

export type Report = (kind: 'error' | 'info', text: string) => void;

/**
 * Tells the user what a paste left out: images from the web, images of other kinds, and every
 * word of a paste that had words (an error: it stays until dismissed, and it is announced).
 */
export function reportLeftOut(cleaned: CleanedHtml, t: TFunction, report: Report): void {
  if (cleaned.lostAllWords) report('error', t('paste.wordsLeftOut'));
  if (cleaned.webImages > 0) report('info', t('paste.webImagesLeftOut'));
  if (cleaned.otherImages > 0) report('info', t('paste.otherImagesLeftOut'));
}

/**
 * Adds the photos that came with the HTML (data:image URLs) to the article's media/ folder, one
 * after another; a refused one is left out with a message naming why.
 */
export async function addPastedPhotos(cleaned: CleanedHtml, folder: string, t: TFunction, report: Report): Promise<void> {
  let index = 0;
  for (const photo of cleaned.photos) {
    index += 1;
    const result = await addPhotoData(t, folder, photo.image, index);
    if (result.ok) markPhotoAdded(photo, result.media);
    else {
      report('error', result.message);
      dropPhoto(photo);
    }
  }
}

/**
 * A selection taken when the paste or drop happened, if its nodes are still there; otherwise the
 * current one, or the end of the body. Photos are added asynchronously, and the user may have
 * typed meanwhile.
 */
export function $selectionFor(saved: BaseSelection | null): BaseSelection {
  if ($isRangeSelection(saved) && $getNodeByKey(saved.anchor.key) && $getNodeByKey(saved.focus.key)) {
    const restored = saved.clone();
    $setSelection(restored);
    return restored;
  }
  const current = $getSelection();
  if (current) return current;
  return $getRoot().selectEnd();
}

/** Inserts the cleaned HTML at `selection` as nodes of the registered classes only. */
export function $insertCleanHtml(editor: LexicalEditor, cleaned: CleanedHtml, selection: BaseSelection): void {
  dropPendingPhotos(cleaned);
  const nodes = $generateNodesFromDOM(editor, cleaned.body);
  if (nodes.length > 0) $insertGeneratedNodes(editor, nodes, selection);
}
