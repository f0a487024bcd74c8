import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import { $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_LOW,
  createCommand,
  DRAGOVER_COMMAND,
  type BaseSelection,
} from 'lexical';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { addPhotoFile } from '../photos/add-photo';
import { photoWork } from '../photos/photos-in-flight';
import { useArticleMedia, useLatestFolder } from '../article-media';
import { $createPhotoNode, type PhotoNode } from '../nodes/PhotoNode';
import { $selectionFor } from '../paste/insert-html';

/**
 * Photos from files: the toolbar's Insert photo, files dropped on the body, image files pasted.
 * Each file is checked, copied into the article's media/ folder (media:add), then inserted as a
 * block where the caret was when the files arrived. A refused file inserts nothing and says why.
 */
export const INSERT_PHOTO_FILES_COMMAND = createCommand<File[]>('INSERT_PHOTO_FILES_COMMAND');

const hasFiles = (event: DragEvent): boolean => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * On an empty paragraph the photo takes its place (splitting it would leave empty paragraphs
 * around the photo, which the checklist flags); a paragraph follows a photo that ends the body,
 * so there is somewhere to go on typing.
 */
function $insertPhotoAtCaret(photo: PhotoNode): void {
  const selection = $getSelection();
  const block = $isRangeSelection(selection) ? selection.anchor.getNode().getTopLevelElement() : null;
  if ($isParagraphNode(block) && block.getTextContentSize() === 0 && block.getChildrenSize() === 0) {
    block.replace(photo);
    if (photo.getNextSibling() === null) photo.insertAfter($createParagraphNode());
    return;
  }
  $insertNodeToNearestRoot(photo);
}

export function PhotoPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const { report } = useArticleMedia();
  const folder = useLatestFolder();

  useEffect(() => {
    const insertFiles = (files: File[]): boolean => {
      if (files.length === 0) return false;
      // Command listeners run inside an update: this is the caret at the moment the files arrived.
      const saved: BaseSelection | null = $getSelection()?.clone() ?? null;
      void photoWork(
        (async () => {
          // Several files go in one after another, in the order chosen.
          const last: { photo: PhotoNode | null } = { photo: null };
          for (const file of files) {
            const result = await addPhotoFile(t, folder(), file);
            if (!result.ok) {
              report('error', result.message);
              continue;
            }
            const { file: name, width, height } = result.media;
            editor.update(() => {
              const photo = $createPhotoNode({ file: name, width, height });
              const previous = last.photo;
              if (previous?.isAttached()) previous.getLatest().insertAfter(photo);
              else {
                $selectionFor(saved);
                $insertPhotoAtCaret(photo);
              }
              last.photo = photo;
            });
          }
        })(),
      );
      return true;
    };

    return mergeRegister(
      editor.registerCommand(INSERT_PHOTO_FILES_COMMAND, insertFiles, COMMAND_PRIORITY_LOW),
      // Dropped files (and pasted files with no text), after rich text has put the caret at the drop point.
      editor.registerCommand(DRAG_DROP_PASTE, insertFiles, COMMAND_PRIORITY_LOW),
      // Files dragged over the body: say a drop is welcome (the browser would otherwise open the file).
      editor.registerCommand(
        DRAGOVER_COMMAND,
        (event) => {
          if (!hasFiles(event)) return false;
          event.preventDefault();
          if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor, t, report, folder]);

  return null;
}
