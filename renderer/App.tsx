import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../electron/common/article.js';
import type { ApiError } from '../electron/common/ipc.js';
import { describeError } from './i18n/errors';
import { ChangedOnDiskDialog } from './features/editor/ChangedOnDiskDialog';
import { DamagedArticle } from './features/editor/DamagedArticle';
import { EditorScreen } from './features/editor/EditorScreen';
import { CreatingArticle, EmptyState } from './features/editor/EmptyState';
import { ExportDialog } from './features/export/ExportDialog';
import { RenameDialog } from './features/editor/RenameDialog';
import type { TextStats } from './features/editor/text-stats';
import { LibrarySidebar } from './features/library/LibrarySidebar';
import { library, useLibraryInfo, useLibraryModel, useLibraryRows } from './features/library/use-library';
import { NoticeArea } from './features/notices/NoticeArea';
import { useNotices } from './features/notices/use-notices';
import { SettingsDialog } from './features/settings/SettingsDialog';
import { StatusBar } from './features/status-bar/StatusBar';
import { TrashDialog } from './features/trash/TrashDialog';
import { ImportButton, ImportDialog, ImportMessage } from './features/import/ImportControl';
import { useArticleImport } from './features/import/use-article-import';
import { CmsCheckDialog } from './features/send/CmsCheckDialog';
import { Outbox } from './features/send/Outbox';
import { useOutbox } from './features/send/use-outbox';
import { useSendToCms } from './features/send/use-send-to-cms';
import { ReviewScreen } from './features/review/ReviewScreen';
import { SaveVersionDialog } from './features/review/SaveVersionDialog';
import { CURRENT } from './features/review/sources';
import type { ReviewPair } from './features/review/use-review';
import { VersionsDialog } from './features/review/VersionsDialog';
import { BesideEditor } from './features/split/BesideEditor';
import { OpenBesideDialog } from './features/split/OpenBesideDialog';
import { useBeside } from './features/split/use-beside';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { useAppEvents } from './features/workspace/use-app-events';
import { useSessionSnapshot } from './features/workspace/use-session-snapshot';
import { useWorkspace, type FailedAction } from './features/workspace/use-workspace';
import './App.css';

type OpenDialog = 'trash' | 'settings' | 'rename' | 'export' | 'check-cms' | 'versions' | 'save-version' | 'open-beside' | null;

/** The window: library sidebar, editor pane, status bar, and the dialogs over them. */
export function App() {
  const { t } = useTranslation();
  const notices = useNotices();
  const { show } = notices;
  const fail = useCallback(
    (action: FailedAction | 'list' | 'info', error: ApiError) => show({ kind: 'error', text: `${t(`failure.${action}`)} ${describeError(t, error)}` }),
    [show, t],
  );
  useLibraryModel(fail);
  const items = useLibraryRows();
  const info = useLibraryInfo();
  const onTrashed = useCallback((trashId: string) => show({ kind: 'trashed', trashId }), [show]);
  const workspace = useWorkspace({ onFailure: fail, onTrashed });
  // Split view: a second article edited beside the main one, saving on its own.
  const beside = useBeside({
    onSaved: (folders) => library.touched(folders),
    onOpenFailed: (error) => show({ kind: 'error', text: `${t('split.openFailed')} ${describeError(t, error)}` }),
  });
  const besideFolder = beside.current?.session.folder ?? null;
  const { view } = workspace;
  const session = view.kind === 'article' ? view.session : null;
  const snapshot = useSessionSnapshot(session);
  const [stats, setStats] = useState<TextStats | null>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const closeDialog = useCallback(() => setDialog(null), []);
  const showSettings = useCallback(() => setDialog('settings'), []);

  const outboxFailed = useCallback((error: ApiError) => show({ kind: 'error', text: t('outbox.actionFailed', { reason: describeError(t, error) }) }), [show, t]);
  const outbox = useOutbox(outboxFailed);
  const send = useSendToCms({
    outbox,
    onNoTargets: () => show({ kind: 'noTargets' }),
    onError: (text) => show({ kind: 'error', text }),
  });
  const sendToCms = (): void => {
    if (session) void send(session);
  };

  // The compare view takes the editor's place for the article it was opened on.
  const [review, setReview] = useState<{ folder: string; pair: ReviewPair } | null>(null);
  const reviewing = review !== null && session !== null && session.folder === review.folder;
  const openReview = async (pair: ReviewPair): Promise<void> => {
    if (!session) return;
    setDialog(null);
    // The current article is compared as saved: pending edits go to disk first.
    if (await session.flush()) setReview({ folder: session.folder, pair });
    else show({ kind: 'error', text: t('review.loadFailed', { reason: '' }).trim() });
  };
  /** A conflicted send: the article (opened if need be) against its copy on that site. */
  const reviewConflict = async (folder: string, targetId: string): Promise<void> => {
    if (session?.folder !== folder) await workspace.open(folder);
    setReview({ folder, pair: { left: { kind: 'cms', targetId }, right: CURRENT } });
  };

  useAppEvents({
    workspace,
    flushBeside: beside.flush,
    showTrash: () => setDialog('trash'),
    showRename: () => setDialog('rename'),
    showExport: () => setDialog('export'),
    showSettings,
    sendToCms,
    checkCms: () => setDialog('check-cms'),
  });

  const importer = useArticleImport({ open: workspace.open });

  const currentFolder = snapshot?.folder ?? (view.kind === 'damaged' ? view.folder : null);

  return (
    <div className="app">
      <LibrarySidebar
        items={items}
        info={info}
        currentFolder={currentFolder}
        onNewArticle={() => {
          setReview(null);
          void workspace.create();
        }}
        onShowTrash={() => setDialog('trash')}
        onOpen={(summary: ArticleSummary) => {
          if (summary.folder === besideFolder) {
            show({ kind: 'error', text: t('split.alreadyBeside') });
            return;
          }
          setReview(null);
          void workspace.open(summary.folder);
        }}
        onShowSettings={showSettings}
        outbox={<Outbox outbox={outbox} onOpenSettings={showSettings} onReviewConflict={(job) => void reviewConflict(job.folder, job.targetId)} />}
        importButton={<ImportButton importer={importer} />}
        importMessage={<ImportMessage importer={importer} />}
        onDropFiles={importer.importFiles}
      />
      <main className={`editor-pane${beside.current ? ' editor-pane--split' : ''}`}>
        {/* Outside the editor's boundary, which is keyed per opening: a take reopens the article,
            and the compare view (with its Undo) stays. */}
        {view.kind === 'article' && reviewing && (
          <ErrorBoundary
            fallback={(error) => (
              <div className="pane-message">
                <p role="alert">{t('editor.crashed', { message: error.message })}</p>
              </div>
            )}
          >
            <ReviewScreen
              session={view.session}
              initial={review.pair}
              articles={items ?? []}
              workspace={workspace}
              sendToCms={send}
              onClose={() => setReview(null)}
            />
          </ErrorBoundary>
        )}
        {view.kind === 'article' && (
          <ErrorBoundary
            key={view.key}
            fallback={(error) => (
              <div className="pane-message">
                <p role="alert">{t('editor.crashed', { message: error.message })}</p>
              </div>
            )}
          >
            <div
              className="editor-screen-holder"
              hidden={reviewing}
              role={beside.current ? 'region' : undefined}
              aria-label={beside.current ? t('split.current') : undefined}
            >
              <EditorScreen
                session={view.session}
                focusHeadline={view.focusHeadline}
                onStats={setStats}
                onRename={() => setDialog('rename')}
                onDuplicate={() => void workspace.duplicateCurrent()}
                onDelete={() => void workspace.deleteCurrent()}
                onExport={() => setDialog('export')}
                onSendToCms={sendToCms}
                onCheckCms={() => setDialog('check-cms')}
                onVersions={() => setDialog('versions')}
                onSaveVersion={() => setDialog('save-version')}
                onOpenBeside={() => setDialog('open-beside')}
              />
            </div>
          </ErrorBoundary>
        )}
        {beside.current && (
          <ErrorBoundary
            key={beside.current.key}
            fallback={(error) => (
              <div className="pane-message">
                <p role="alert">{t('editor.crashed', { message: error.message })}</p>
              </div>
            )}
          >
            <BesideEditor beside={beside.current} hidden={reviewing} onClose={() => void beside.close()} />
          </ErrorBoundary>
        )}
        {view.kind === 'damaged' && (
          <DamagedArticle reason={view.reason} hasBackup={view.hasBackup} onOpenBackup={() => void workspace.openBackup()} />
        )}
        {view.kind === 'empty' && <EmptyState />}
        {view.kind === 'creating' && <CreatingArticle />}
      </main>
      <StatusBar stats={view.kind === 'article' ? stats : null} save={snapshot?.save ?? null} />
      <NoticeArea
        notice={notices.current}
        onDismiss={notices.dismiss}
        onUndoTrash={(trashId) => void workspace.undoDelete(trashId)}
        onOpenSettings={showSettings}
      />

      {dialog === 'trash' && <TrashDialog onClose={closeDialog} />}
      {dialog === 'settings' && <SettingsDialog onClose={closeDialog} />}
      {importer.asking && <ImportDialog importer={importer} />}
      {dialog === 'rename' && snapshot && (
        <RenameDialog
          folder={snapshot.folder}
          onClose={closeDialog}
          onRename={async (newFolder) => {
            const error = await workspace.rename(newFolder);
            if (!error) closeDialog();
            return error;
          }}
        />
      )}
      {dialog === 'export' && session && <ExportDialog session={session} onClose={closeDialog} />}
      {dialog === 'versions' && session && (
        <VersionsDialog folder={session.folder} onClose={closeDialog} onCompare={(versionId) => void openReview({ left: { kind: 'version', versionId }, right: CURRENT })} />
      )}
      {dialog === 'save-version' && session && <SaveVersionDialog session={session} onClose={closeDialog} />}
      {dialog === 'open-beside' && session && (
        <OpenBesideDialog
          articles={items ?? []}
          currentFolder={session.folder}
          onClose={closeDialog}
          onOpen={(folder) => {
            closeDialog();
            void beside.open(folder);
          }}
        />
      )}
      {dialog === 'check-cms' && session && (
        <CmsCheckDialog
          session={session}
          replaceCurrent={workspace.replaceCurrent}
          onOpenSettings={showSettings}
          onReview={(targetId) => void openReview({ left: { kind: 'cms', targetId }, right: CURRENT })}
          onClose={closeDialog}
        />
      )}
      {workspace.conflict && (
        <ChangedOnDiskDialog
          deleted={workspace.conflict.deleted}
          onReload={() => void workspace.reload()}
          onKeepMine={workspace.keepMine}
          onCloseArticle={workspace.closeArticle}
        />
      )}
    </div>
  );
}
