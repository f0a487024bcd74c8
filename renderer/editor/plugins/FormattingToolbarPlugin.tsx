import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type ElementNode,
  type TextFormatType,
} from 'lexical';
import { useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { afterPaint } from '../../ui/after-paint';
import { Toolbar, ToolbarSeparator } from '../../ui/Toolbar';
import { PHOTO_ACCEPT } from '../photos/photo-files';
import { BulletedListIcon, LinkIcon, NumberedListIcon, PhotoIcon, QuoteIcon, RedoIcon, UndoIcon } from '../toolbar-icons';
import { $readToolbarState, NO_SELECTION, sameToolbarState, type BlockKind } from '../toolbar-state';
import { OPEN_LINK_DIALOG_COMMAND } from './LinkDialogPlugin';
import { INSERT_PHOTO_FILES_COMMAND } from './PhotoPlugin';

const IS_APPLE = /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = IS_APPLE ? '⌘' : 'Ctrl+';
const SHORTCUTS = {
  bold: `${MOD}B`,
  italic: `${MOD}I`,
  underline: `${MOD}U`,
  link: `${MOD}K`,
  undo: `${MOD}Z`,
  redo: IS_APPLE ? '⇧⌘Z' : 'Ctrl+Y',
} as const;

interface ToolProps {
  label: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onPress(): void;
  children: ReactNode;
}

// Pressing a tool with the mouse must not take focus (and the caret) out of the body.
const keepEditorFocus = (event: MouseEvent): void => event.preventDefault();

function Tool({ label, shortcut, pressed, disabled, onPress, children }: ToolProps) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="tool"
      aria-label={label}
      title={shortcut ? t('toolbar.withShortcut', { name: label, keys: shortcut }) : label}
      aria-pressed={pressed}
      disabled={disabled}
      onMouseDown={keepEditorFocus}
      onClick={onPress}
    >
      {children}
    </button>
  );
}

/** The Formatting toolbar: inline styles, link, block types and history, pressed as the selection is. */
export function FormattingToolbarPlugin() {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState(NO_SELECTION);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const photoInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // Updates, selection moves included, re-read the state once their frame is painted (one read
    // for all the updates of a frame), so the toolbar is never on the keystroke path; unchanged
    // state keeps the old object so typing does not re-render the toolbar.
    let live = true;
    let pending = false;
    const refresh = (): void => {
      pending = false;
      if (!live) return;
      const next = editor.getEditorState().read($readToolbarState);
      setState((prev) => (sameToolbarState(prev, next) ? prev : next));
    };
    refresh();
    return mergeRegister(
      () => {
        live = false;
      },
      editor.registerUpdateListener(() => {
        if (pending) return;
        pending = true;
        afterPaint(refresh);
      }),
      editor.registerCommand(
        CAN_UNDO_COMMAND,
        (payload) => {
          setCanUndo(payload);
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        CAN_REDO_COMMAND,
        (payload) => {
          setCanRedo(payload);
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor]);

  const format = (type: TextFormatType) => () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);

  /** Turns the selected blocks into `kind`, or back into paragraphs when they already are. */
  const setBlock = (kind: BlockKind, create: () => ElementNode) => () =>
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) $setBlocksType(selection, state.block === kind ? $createParagraphNode : create);
    });

  const toggleList = (kind: 'bullet' | 'number') => () => {
    if (state.block === kind) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(kind === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
  };

  return (
    <Toolbar label={t('toolbar.label')} className="formatting-toolbar">
      <Tool label={t('toolbar.bold')} shortcut={SHORTCUTS.bold} pressed={state.bold} onPress={format('bold')}>
        <b className="tool__glyph">B</b>
      </Tool>
      <Tool label={t('toolbar.italic')} shortcut={SHORTCUTS.italic} pressed={state.italic} onPress={format('italic')}>
        <i className="tool__glyph tool__glyph--serif">I</i>
      </Tool>
      <Tool label={t('toolbar.underline')} shortcut={SHORTCUTS.underline} pressed={state.underline} onPress={format('underline')}>
        <u className="tool__glyph">U</u>
      </Tool>
      <Tool label={t('toolbar.strikethrough')} pressed={state.strikethrough} onPress={format('strikethrough')}>
        <s className="tool__glyph">S</s>
      </Tool>
      <Tool
        label={t('toolbar.link')}
        shortcut={SHORTCUTS.link}
        pressed={state.link}
        onPress={() => editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined)}
      >
        <LinkIcon />
      </Tool>
      <ToolbarSeparator />
      <Tool label={t('toolbar.heading2')} pressed={state.block === 'h2'} onPress={setBlock('h2', () => $createHeadingNode('h2'))}>
        <span className="tool__glyph">H2</span>
      </Tool>
      <Tool label={t('toolbar.heading3')} pressed={state.block === 'h3'} onPress={setBlock('h3', () => $createHeadingNode('h3'))}>
        <span className="tool__glyph">H3</span>
      </Tool>
      <Tool label={t('toolbar.bulletedList')} pressed={state.block === 'bullet'} onPress={toggleList('bullet')}>
        <BulletedListIcon />
      </Tool>
      <Tool label={t('toolbar.numberedList')} pressed={state.block === 'number'} onPress={toggleList('number')}>
        <NumberedListIcon />
      </Tool>
      <Tool label={t('toolbar.quote')} pressed={state.block === 'quote'} onPress={setBlock('quote', $createQuoteNode)}>
        <QuoteIcon />
      </Tool>
      <ToolbarSeparator />
      <Tool label={t('photo.insert')} onPress={() => photoInput.current?.click()}>
        <PhotoIcon />
      </Tool>
      {/* The file dialog's input: the button above opens it; files are checked by content anyway. */}
      <input
        ref={photoInput}
        type="file"
        accept={PHOTO_ACCEPT}
        multiple
        hidden
        aria-label={t('photo.fileInput')}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) editor.dispatchCommand(INSERT_PHOTO_FILES_COMMAND, files);
        }}
      />
      <ToolbarSeparator />
      <Tool label={t('toolbar.undo')} shortcut={SHORTCUTS.undo} disabled={!canUndo} onPress={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
        <UndoIcon />
      </Tool>
      <Tool label={t('toolbar.redo')} shortcut={SHORTCUTS.redo} disabled={!canRedo} onPress={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
        <RedoIcon />
      </Tool>
    </Toolbar>
  );
}
