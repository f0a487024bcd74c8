import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { LexicalNestedComposer } from '@lexical/react/LexicalNestedComposer';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getRoot,
  CLICK_COMMAND,
  COMMAND_PRIORITY_LOW,
  SKIP_DOM_SELECTION_TAG,
  stopLexicalPropagation,
  type EditorState,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Button } from '../../ui/Button';
import { LengthGuide } from '../copyfit/LengthGuide';
import { LENGTH_TARGETS } from '../copyfit/length-guide';
import { addPhotoFile } from '../photos/add-photo';
import { photoWork } from '../photos/photos-in-flight';
import { PHOTO_ACCEPT } from '../photos/photo-files';
import { useArticleMedia, useBodyEditing, useLatestFolder } from '../article-media';
import { isAllowedLinkUrl } from '../url-scheme';
import { BlockDirectionPlugin } from '../plugins/BlockDirectionPlugin';
import { CaptionGuardPlugin } from '../plugins/SchemaGuardPlugin';
import { SmartQuotesPlugin } from '../plugins/SmartQuotesPlugin';
import { PastePlugin } from '../plugins/PastePlugin';
import { CAPTION_THEME } from './caption-editor';
import { $isPhotoNode, type PhotoNode } from './PhotoNode';


interface PhotoViewProps {
  nodeKey: NodeKey;
  file: string;
  width: number | null;
  height: number | null;
  caption: LexicalEditor;
  credit: string;
  altText: string;
  isLead: boolean;
}

/**
 * Events in the photo's own controls (credit and alt text fields, buttons) belong to them, not
 * to the body editor around them: without this, Backspace in the credit field would delete the
 * selected photo and Enter on a button would start a new paragraph. A native listener on the
 * controls runs before the body's (which sits on the body's root element, further up).
 */
const OWN_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'paste', 'cut', 'copy', 'drop', 'dragover', 'dragstart', 'click'];

function useOwnEvents<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const stop = (event: Event): void => stopLexicalPropagation(event);
    for (const name of OWN_EVENTS) element.addEventListener(name, stop);
    return () => {
      for (const name of OWN_EVENTS) element.removeEventListener(name, stop);
    };
  }, []);
  return ref;
}

/**
 * A text field bound to the node: typing updates the node through editor.update (an undo step
 * and an autosave like any edit), and an Undo updates the field. The field keeps its own copy
 * while typing so the caret never jumps.
 */
function NodeField({
  label,
  hint,
  value,
  multiline = false,
  dir,
  onChange,
}: {
  label: string;
  hint?: string;
  value: string;
  multiline?: boolean;
  dir?: 'auto';
  onChange(value: string): void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const change = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>): void => {
    setDraft(event.target.value);
    onChange(event.target.value);
  };
  const common = {
    id,
    value: draft,
    onChange: change,
    dir,
    spellCheck: true,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
  return (
    <div className="photo__field">
      <label className="photo__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? <textarea {...common} rows={2} maxLength={2000} /> : <input type="text" {...common} maxLength={500} />}
      {hint && (
        <span id={`${id}-hint`} className="photo__hint">
          {hint}
        </span>
      )}
    </div>
  );
}

export default function PhotoView({ nodeKey, file, width, height, caption, credit, altText, isLead }: PhotoViewProps) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const { folder, report } = useArticleMedia();
  const latestFolder = useLatestFolder();
  const { history, dir, arabicQuotes, onEdit } = useBodyEditing();
  const captionGuideId = useId();
  const [captionText, setCaptionText] = useState(() => caption.getEditorState().read(() => $getRoot().getTextContent()));
  const captionEdited = (state: EditorState) => {
    setCaptionText(state.read(() => $getRoot().getTextContent()));
    onEdit();
  };
  const [isSelected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  const [replacing, setReplacing] = useState(false);
  // The file is not in this article's media/ folder (copied from another article, removed by hand).
  const [missing, setMissing] = useState(false);
  useEffect(() => setMissing(false), [file, folder]);
  const imageRef = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const controls = useOwnEvents<HTMLDivElement>();

  useEffect(
    () =>
      mergeRegister(
        // A click on the picture selects the photo (Backspace or Delete then removes it).
        editor.registerCommand(
          CLICK_COMMAND,
          (event) => {
            if (!(event.target instanceof Node) || !imageRef.current?.contains(event.target)) return false;
            if (!event.shiftKey) clearSelection();
            setSelected(true);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, clearSelection, setSelected],
  );

  const updateNode = (change: (node: PhotoNode) => void): void =>
    editor.update(
      () => {
        const node = $getNodeByKey(nodeKey);
        if ($isPhotoNode(node)) change(node);
      },
      // Typing in a field keeps the caret there: the body must not take the DOM selection back.
      { tag: SKIP_DOM_SELECTION_TAG },
    );

  const toggleLead = (): void =>
    updateNode((node) => {
      const next = !node.isLead();
      // One lead photo in the body. The article-level lead photo (article.leadPhoto, a photo that
      // is not in the body) belongs to the metadata panel and is left as it is: the body's lead
      // takes precedence wherever the two are read.
      if (next) for (const other of $getRoot().getChildren()) if ($isPhotoNode(other) && other.isLead()) other.setLead(false);
      node.setLead(next);
    });

  const remove = (): void =>
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if (!$isPhotoNode(node)) return;
      const neighbour = node.getPreviousSibling() ?? node.getNextSibling();
      node.remove();
      if (neighbour) neighbour.selectEnd();
    });

  const replace = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    setReplacing(true);
    await photoWork(
      addPhotoFile(t, latestFolder(), chosen).then((result) => {
        setReplacing(false);
        if (!result.ok) report('error', result.message);
        // Caption, credit, alt text and the lead mark stay: the new file takes the old one's place.
        else updateNode((node) => node.setFile(result.media.file, result.media.width, result.media.height));
      }),
    );
  };

  const src = folder ? api.mediaUrl(folder, file) : '';
  const classes = ['photo', isSelected ? 'photo--selected' : '', isLead ? 'photo--lead' : ''].filter(Boolean).join(' ');

  return (
    <figure className={classes} aria-label={t('photo.label')}>
      <div ref={imageRef} className="photo__image">
        {src && !missing && (
          <img
            src={src}
            alt={altText}
            width={width ?? undefined}
            height={height ?? undefined}
            draggable={false}
            onError={() => setMissing(true)}
          />
        )}
        {missing && (
          <p className="photo__missing" role="img" aria-label={altText || t('photo.label')}>
            {t('photo.missing')}
          </p>
        )}
        {isLead && (
          <span className="photo__badge" aria-hidden="true">
            {t('photo.leadBadge')}
          </span>
        )}
      </div>
      <figcaption className="photo__caption">
        <LexicalNestedComposer initialEditor={caption} initialTheme={CAPTION_THEME}>
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="photo__caption-editable"
                aria-label={t('photo.caption')}
                aria-describedby={captionGuideId}
                aria-placeholder={t('photo.captionPlaceholder')}
                placeholder={<div className="photo__caption-placeholder">{t('photo.captionPlaceholder')}</div>}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
          <HistoryPlugin externalHistoryState={history} />
          <LinkPlugin validateUrl={isAllowedLinkUrl} />
          <CaptionGuardPlugin />
          <BlockDirectionPlugin dir={dir} />
          <SmartQuotesPlugin dir={dir} arabicQuotes={arabicQuotes} />
          <PastePlugin photos={false} />
          <OnChangePlugin ignoreSelectionChange onChange={captionEdited} />
        </LexicalNestedComposer>
        <LengthGuide id={captionGuideId} value={captionText} target={LENGTH_TARGETS.caption} label={t('photo.caption')} />
      </figcaption>
      <div ref={controls} className="photo__controls">
        <div className="photo__fields">
          <NodeField
            label={t('photo.credit')}
            value={credit}
            dir="auto"
            onChange={(value) => updateNode((node) => node.setCredit(value))}
          />
          <NodeField
            label={t('photo.altText')}
            hint={t('photo.altTextHint')}
            value={altText}
            multiline
            dir="auto"
            onChange={(value) => updateNode((node) => node.setAltText(value))}
          />
        </div>
        <div className="photo__actions" role="group" aria-label={t('photo.actions')}>
          <Button className="photo__lead" aria-pressed={isLead} onClick={toggleLead}>
            {t('photo.setLead')}
          </Button>
          <Button onClick={() => fileInput.current?.click()} disabled={replacing}>
            {t('photo.replace')}
          </Button>
          <Button variant="quiet" onClick={remove}>
            {t('photo.remove')}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept={PHOTO_ACCEPT}
            hidden
            aria-label={t('photo.replaceFile')}
            onChange={(event) => void replace(event)}
          />
        </div>
      </div>
    </figure>
  );
}
