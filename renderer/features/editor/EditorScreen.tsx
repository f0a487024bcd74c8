import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { $getRoot, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleBody } from '../../../electron/common/lexical-nodes.js';
import { api } from '../../api';
import { ArticleComposer } from '../../editor/ArticleComposer';
import { BodyEditor } from '../../editor/BodyEditor';
import { FormattingToolbarPlugin } from '../../editor/plugins/FormattingToolbarPlugin';
import { directionOf } from '../../i18n/language';
import { Button } from '../../ui/Button';
import { cleanMeta, metaOf, type ArticleMeta } from '../panels/article-meta';
import { photoFilesOf, runChecklist, type Check } from '../panels/checklist';
import { useMissingFiles } from '../panels/use-missing-files';
import { buttonNamed, controlsLabelled, jumpTo, reveal, uiLabels } from '../panels/jump';
import { LengthGuide } from '../../editor/copyfit/LengthGuide';
import { LENGTH_TARGETS } from '../../editor/copyfit/length-guide';
import { useSections, useSuggestions, useTakenCmsSlugs } from '../library/use-library';
import { SidePanels, usePanelsOpen } from '../panels/SidePanels';
import { useSessionSnapshot } from '../workspace/use-session-snapshot';
import { ArticleDetails } from './ArticleDetails';
import type { ArticleSession } from './article-session';
import { HeadlineField } from './HeadlineField';
import { HeadlineLanguageHint } from './HeadlineLanguageHint';
import { statsOf, type TextStats } from './text-stats';
import './editor-screen.css';

interface EditorScreenProps {
  session: ArticleSession;
  /** A new article: put the caret in the headline. */
  focusHeadline: boolean;
  onStats(stats: TextStats): void;
  onRename(): void;
  onDuplicate(): void;
  onDelete(): void;
  onExport(): void;
  onSendToCms(): void;
  onCheckCms(): void;
  onVersions(): void;
  onSaveVersion(): void;
  onOpenBeside(): void;
}

const NOTHING_COUNTED: TextStats = { words: 0, characters: 0, charactersNoSpaces: 0 };

/** How long the checklist waits after typing stops before it reads the body again. */
const CHECKLIST_DELAY_MS = 250;

/**
 * The open article: toolbar and article actions; the manuscript (headline, printed-style preview,
 * body) beside a column of panels (Ready to publish, Byline, Publish details) that scrolls on its
 * own. Mounted once per opened article (the parent keys it), so its initial state is the loaded
 * article. Headline, body and the panels' fields (`meta`) together are the draft the session saves.
 */
export function EditorScreen({
  session,
  focusHeadline,
  onStats,
  onRename,
  onDuplicate,
  onDelete,
  onExport,
  onSendToCms,
  onCheckCms,
  onVersions,
  onSaveVersion,
  onOpenBeside,
}: EditorScreenProps) {
  const { t } = useTranslation();
  const [article] = useState(session.article);
  const [headline, setHeadline] = useState(article.headline);
  const [meta, setMeta] = useState<ArticleMeta>(() => metaOf(article));
  const [body, setBody] = useState<ArticleBody>(article.body);
  const headlineRef = useRef(headline);
  const metaRef = useRef(meta);
  const editorRef = useRef<LexicalEditor | null>(null);
  const headlineField = useRef<HTMLTextAreaElement>(null);
  const columnsRef = useRef<HTMLDivElement>(null);
  const snapshot = useSessionSnapshot(session);
  const id = useId();
  const ids = useMemo(() => ({ section: `${id}-section`, cmsSlug: `${id}-cms-slug`, addContributor: `${id}-add-contributor`, panels: `${id}-panels` }), [id]);
  const panels = usePanelsOpen(columnsRef);
  const { setOpen: setPanelsOpen } = panels;
  const closePanels = useCallback(() => setPanelsOpen(false), [setPanelsOpen]);

  const readBody = useCallback(
    // The registered nodes are exactly the schema's, so the editor's JSON is an ArticleBody.
    (): ArticleBody => (editorRef.current ? (editorRef.current.getEditorState().toJSON() as unknown as ArticleBody) : article.body),
    [article],
  );

  useEffect(
    () => session.attachDraft(() => ({ headline: headlineRef.current, body: readBody(), meta: cleanMeta(metaRef.current) })),
    [session, readBody],
  );

  const language = meta.language;
  const dir = directionOf(language);
  // The counts go straight to the status bar: a new count re-renders neither the manuscript nor
  // the panels. The body is counted once per report (after a pause in typing), the headline as it
  // changes.
  const counted = useRef({ headline: NOTHING_COUNTED, body: NOTHING_COUNTED, language });
  const reportStats = useCallback(() => {
    const { headline: inHeadline, body: inBody, language: countedIn } = counted.current;
    onStats({
      words: inHeadline.words + inBody.words,
      characters: inHeadline.characters + inBody.characters,
      charactersNoSpaces: inHeadline.charactersNoSpaces + inBody.charactersNoSpaces,
      language: countedIn,
    });
  }, [onStats]);
  const bodyCounted = useCallback(
    (blocks: string[]) => {
      counted.current.body = statsOf(blocks);
      reportStats();
    },
    [reportStats],
  );
  useEffect(() => {
    counted.current.headline = statsOf([headline]);
    counted.current.language = language;
    reportStats();
  }, [headline, language, reportStats]);

  // Electron's spellchecker follows the article's language (a no-op in the browser host).
  useEffect(() => {
    try {
      void Promise.resolve(api.app.setSpellcheckLanguages({ languages: [language] })).catch(() => undefined);
    } catch {
      // An older main process without the channel: spelling stays as it was.
    }
  }, [language]);

  const changeHeadline = useCallback(
    (value: string) => {
      headlineRef.current = value;
      setHeadline(value);
      session.edited();
    },
    [session],
  );

  const changeMeta = useCallback(
    (patch: Partial<ArticleMeta>) => {
      const next = { ...metaRef.current, ...patch };
      metaRef.current = next;
      setMeta(next);
      session.edited();
    },
    [session],
  );

  // The checklist reads the body a moment after typing stops, not on every keystroke.
  const bodyTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (bodyTimer.current && clearTimeout(bodyTimer.current)), []);
  const bodyEdited = useCallback(() => {
    session.edited();
    if (bodyTimer.current) clearTimeout(bodyTimer.current);
    bodyTimer.current = setTimeout(() => setBody(readBody()), CHECKLIST_DELAY_MS);
  }, [session, readBody]);

  const suggestions = useSuggestions();
  const { arabicQuotes } = useSections();
  const takenCmsSlugs = useTakenCmsSlugs(snapshot?.folder ?? session.folder);
  const photoFiles = useMemo(() => photoFilesOf(meta, body), [meta, body]);
  const missingFiles = useMissingFiles(snapshot?.folder ?? session.folder, photoFiles);
  const checks = useMemo(
    () => runChecklist({ headline, meta, body, takenCmsSlugs, missingFiles }),
    [headline, meta, body, takenCmsSlugs, missingFiles],
  );

  const focusBody = useCallback((where: 'start' | 'end' | null = null) => {
    const editor = editorRef.current;
    if (!editor) return;
    if (where) {
      editor.update(() => {
        if (where === 'end') $getRoot().selectEnd();
        else $getRoot().selectStart();
      });
    }
    editor.focus();
    const root = editor.getRootElement();
    if (root) reveal(root, where === 'end' ? 'end' : 'start');
  }, []);

  const jump = useCallback(
    (check: Check) => {
      const bodyRoot = editorRef.current?.getRootElement() ?? null;
      switch (check.id) {
        case 'headline':
          jumpTo(headlineField.current);
          return;
        case 'byline':
          jumpTo(document.getElementById(ids.addContributor));
          return;
        case 'section':
          jumpTo(document.getElementById(ids.section));
          return;
        case 'cmsSlug':
          jumpTo(document.getElementById(ids.cmsSlug));
          return;
        case 'photos': {
          if (check.passed) return;
          // The photo's own fields, in body order: one "Alt text" and one "Caption" per photo.
          const label = check.missing === 'altText' ? 'Alt text' : 'Caption';
          const fields = controlsLabelled(bodyRoot, uiLabels(label));
          if (!jumpTo(fields[check.photo] ?? fields[0])) focusBody();
          return;
        }
        case 'leadPhoto': {
          const header = columnsRef.current?.parentElement?.querySelector('.editor-header') ?? null;
          if (!jumpTo(buttonNamed(header, uiLabels('Insert photo')))) focusBody();
          return;
        }
        case 'emptyParagraphs':
          focusBody(check.passed ? null : check.where === 'end' ? 'end' : 'start');
          return;
        case 'links':
          focusBody();
          return;
      }
    },
    [ids, focusBody],
  );

  return (
    <ArticleComposer body={article.body} article={session}>
      <EditorRefPlugin editorRef={editorRef} />
      <div className="editor-header">
        <FormattingToolbarPlugin />
        <div className="article-actions" role="group" aria-label={t('editor.actions')}>
          <Button variant="quiet" onClick={onRename}>
            {t('editor.rename')}
          </Button>
          <Button variant="quiet" onClick={onDuplicate}>
            {t('editor.duplicate')}
          </Button>
          <Button variant="quiet" onClick={onDelete}>
            {t('editor.delete')}
          </Button>
          <Button variant="quiet" onClick={onExport}>
            {t('export.button')}
          </Button>
          <Button variant="quiet" onClick={onVersions}>
            {t('versions.button')}
          </Button>
          <Button variant="quiet" onClick={onSaveVersion}>
            {t('saveVersion.button')}
          </Button>
          <Button variant="quiet" onClick={onOpenBeside}>
            {t('split.button')}
          </Button>
          <Button variant="quiet" onClick={onCheckCms}>
            {t('cmsCheck.button')}
          </Button>
          <Button variant="quiet" onClick={onSendToCms}>
            {t('sendToCms.button')}
          </Button>
          <Button
            variant="quiet"
            className="panels-toggle"
            aria-expanded={panels.open}
            aria-controls={ids.panels}
            onClick={() => panels.setOpen(!panels.open)}
          >
            <span aria-hidden="true" className="panels-toggle__icon" />
            {t('panels.toggle')}
          </Button>
        </div>
      </div>
      <div ref={columnsRef} className={`editor-columns${panels.narrow ? ' editor-columns--narrow' : ''}`}>
        <div className="editor-scroll">
          <article className="manuscript" dir={dir} lang={language}>
            {session.fromBackup && <p className="manuscript__note">{t('editor.fromBackup')}</p>}
            <HeadlineField
              value={headline}
              onChange={changeHeadline}
              autoFocus={focusHeadline}
              dir={dir}
              lang={language}
              inputRef={headlineField}
              describedBy={`${id}-headline-guide`}
            />
            <HeadlineLanguageHint headline={headline} language={language} onSwitch={(next) => changeMeta({ language: next })} />
            <LengthGuide
              id={`${id}-headline-guide`}
              className="headline-guide"
              value={headline}
              target={LENGTH_TARGETS.headline}
              dir={dir}
            />
            <ArticleDetails meta={meta} />
            <BodyEditor dir={dir} lang={language} arabicQuotes={arabicQuotes} onEdit={bodyEdited} onBlocks={bodyCounted} />
          </article>
        </div>
        <SidePanels
          id={ids.panels}
          open={panels.open}
          narrow={panels.narrow}
          onClose={closePanels}
          meta={meta}
          headline={headline}
          suggestions={suggestions}
          checks={checks}
          onChange={changeMeta}
          onJump={jump}
          ids={ids}
        />
      </div>
    </ArticleComposer>
  );
}
