import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../electron/common/article.js';
import { compareArticles, type Comparison, type Side } from '../../../electron/common/rules/compare/compare.js';
import { takeAll, takeChange } from '../../../electron/common/rules/compare/merge.js';
import type { ApiError, Result } from '../../../electron/common/ipc.js';
import type { CmsCheck } from '../../../electron/common/send.js';
import type { VersionSummary } from '../../../electron/common/versions.js';
import { api } from '../../api';
import { describeError } from '../../i18n/errors';
import type { ArticleSession } from '../editor/article-session';
import { takeRemoteCopy } from '../send/take-remote';
import type { Workspace } from '../workspace/use-workspace';
import { changeSignature } from './review-text';
import { currentSide, sourceKey, type LoadedSource, type SourceRef } from './sources';

export interface ReviewPair {
  left: SourceRef;
  right: SourceRef;
}

interface ReviewDeps {
  session: ArticleSession;
  initial: ReviewPair;
  workspace: Pick<Workspace, 'replaceCurrent' | 'replaceWith'>;
  /** Send to CMS as the article's button does (saves, queues a job per target). */
  sendToCms(session: ArticleSession): Promise<void>;
  onClose(): void;
}

type Loaded = { kind: 'loading' } | { kind: 'failed'; text: string } | { kind: 'done'; source: LoadedSource };

export interface Message {
  kind: 'status' | 'error';
  text: string;
}

export interface Review {
  pair: ReviewPair;
  choose(side: Side, ref: SourceRef): void;
  left: Loaded;
  right: Loaded;
  comparison: Comparison | null;
  /** The side holding the article being edited, which takes are written to. */
  editable: Side | null;
  versions: VersionSummary[];
  /** Targets holding a copy of the article (sent at least once). */
  cmsCopies: CmsCheck[];
  /** Changes (by signature) the user chose to keep as the current article has them. */
  kept: ReadonlySet<string>;
  busy: boolean;
  message: Message | null;
  canUndo: boolean;
  take(changeId: string, side: Side): Promise<void>;
  takeEverything(side: Side): Promise<void>;
  undo(): Promise<void>;
  restore(versionId: string): Promise<void>;
  /** Present when one side is a CMS copy and the other the current article. */
  resolveAndSend: (() => Promise<void>) | null;
}

const asError = (error: unknown): ApiError => ({ code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) });

/**
 * The compare view's state: which two sources are compared, loading them, the comparison, and
 * taking changes into the current article through the workspace (so the editor shows each take
 * and every take is saved), with a stack of the articles before each take for Undo.
 */
export function useReview({ session, initial, workspace, sendToCms, onClose }: ReviewDeps): Review {
  const { t } = useTranslation();
  const [pair, setPair] = useState(initial);
  const [cache, setCache] = useState<ReadonlyMap<string, Loaded>>(new Map());
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [checks, setChecks] = useState<CmsCheck[]>([]);
  const [undoStack, setUndoStack] = useState<Article[]>([]);
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const folder = session.folder;
  const sessionRef = useRef(session);
  sessionRef.current = session;

  // The versions, again after each take (a save may have taken an automatic one).
  useEffect(() => {
    let live = true;
    void api.versions.list({ folder }).then((result) => {
      if (live && result.ok) setVersions(result.value);
    });
    return () => {
      live = false;
    };
  }, [folder, session]);

  // Which sites hold a copy, once per review (it asks every site, over the network).
  useEffect(() => {
    let live = true;
    void sessionRef.current.afterSave((s) => api.cms.check({ folder: s })).then((result) => {
      if (live && result?.ok) setChecks(result.value);
    });
    return () => {
      live = false;
    };
  }, [folder]);

  const load = useCallback(
    async (ref: SourceRef): Promise<Result<LoadedSource>> => {
      switch (ref.kind) {
        case 'current':
          return { ok: true, value: { article: sessionRef.current.article, mediaFolder: folder, remote: null } };
        case 'version': {
          const got = await api.versions.get({ folder, versionId: ref.versionId });
          return got.ok ? { ok: true, value: { article: got.value, mediaFolder: folder, remote: null } } : got;
        }
        case 'article': {
          const opened = await api.article.open({ folder: ref.folder });
          return opened.ok ? { ok: true, value: { article: opened.value.article, mediaFolder: ref.folder, remote: null } } : opened;
        }
        case 'cms': {
          const remote = await api.cms.remote({ folder, targetId: ref.targetId });
          if (!remote.ok) return remote;
          try {
            // The site keeps only some fields; the rest of the copy is the article as it is now.
            const { article } = takeRemoteCopy(sessionRef.current.article, remote.value);
            const { modifiedAt, fingerprint } = remote.value;
            return { ok: true, value: { article, mediaFolder: folder, remote: { targetId: ref.targetId, modifiedAt, fingerprint } } };
          } catch (error) {
            return { ok: false, error: asError(error) };
          }
        }
      }
    },
    [folder],
  );

  // Load each side that is not the current article once; the current article is the session's.
  const wanted = [pair.left, pair.right].filter((ref) => ref.kind !== 'current');
  const missing = wanted.filter((ref) => !cache.has(sourceKey(ref)));
  const missingKeys = missing.map(sourceKey).join(' ');
  useEffect(() => {
    for (const ref of missing) {
      const key = sourceKey(ref);
      setCache((now) => new Map(now).set(key, { kind: 'loading' }));
      void load(ref).then((result) => {
        const loaded: Loaded = result.ok ? { kind: 'done', source: result.value } : { kind: 'failed', text: t('review.loadFailed', { reason: describeError(t, result.error) }) };
        setCache((now) => new Map(now).set(key, loaded));
      });
    }
    // `missing` is derived from the keys named here.
  }, [missingKeys, load, t]);

  const current: Loaded = useMemo(() => ({ kind: 'done', source: { article: session.article, mediaFolder: folder, remote: null } }), [session, folder]);
  const loadedOf = (ref: SourceRef): Loaded => (ref.kind === 'current' ? current : (cache.get(sourceKey(ref)) ?? { kind: 'loading' }));
  const left = loadedOf(pair.left);
  const right = loadedOf(pair.right);
  const leftArticle = left.kind === 'done' ? left.source.article : null;
  const rightArticle = right.kind === 'done' ? right.source.article : null;
  const comparison = useMemo(
    () => (leftArticle && rightArticle ? compareArticles(leftArticle, rightArticle) : null),
    [leftArticle, rightArticle],
  );
  const editable = currentSide(pair.left, pair.right);

  const choose = useCallback((side: Side, ref: SourceRef) => {
    setPair((now) => ({ ...now, [side]: ref }));
    setMessage(null);
  }, []);

  /** Writes `make(current article)` as the article; on success it can be undone. */
  const write = useCallback(
    async (make: (article: Article) => Article, done: string): Promise<boolean> => {
      if (busy) return false;
      setBusy(true);
      setMessage(null);
      const before = sessionRef.current.article;
      const result = await workspace.replaceCurrent(async (article) => {
        try {
          return { ok: true, value: make(article) };
        } catch (error) {
          return { ok: false, error: asError(error) };
        }
      });
      setBusy(false);
      if (!result.ok) {
        setMessage({ kind: 'error', text: t('review.takeFailed', { reason: describeError(t, result.error) }) });
        return false;
      }
      setUndoStack((stack) => [...stack, before]);
      setMessage({ kind: 'status', text: done });
      return true;
    },
    [busy, workspace, t],
  );

  const take = useCallback(
    async (changeId: string, side: Side) => {
      if (!comparison || !editable) return;
      const change = comparison.changes.find((c) => c.id === changeId);
      if (!change) return;
      if (side === editable) {
        // The current article already has this side: nothing to write, but the decision shows.
        setKept((now) => new Set(now).add(changeSignature(change)));
        setMessage({ kind: 'status', text: t('review.kept') });
        return;
      }
      await write((article) => takeChange(article, comparison, changeId, side), t('review.taken'));
    },
    [comparison, editable, write, t],
  );

  const takeEverything = useCallback(
    async (side: Side) => {
      if (!comparison || !editable || side === editable) return;
      await write((article) => takeAll(article, comparison, side), t('review.taken'));
    },
    [comparison, editable, write, t],
  );

  const undo = useCallback(async () => {
    const previous = undoStack.at(-1);
    if (!previous || busy) return;
    setBusy(true);
    const result = await workspace.replaceCurrent(async () => ({ ok: true, value: previous }));
    setBusy(false);
    if (!result.ok) {
      setMessage({ kind: 'error', text: t('review.takeFailed', { reason: describeError(t, result.error) }) });
      return;
    }
    setUndoStack((stack) => stack.slice(0, -1));
    setMessage({ kind: 'status', text: t('review.undone') });
  }, [undoStack, busy, workspace, t]);

  const restore = useCallback(
    async (versionId: string) => {
      if (busy) return;
      setBusy(true);
      const result = await workspace.replaceWith((s) => api.versions.restore({ folder: s, versionId }));
      setBusy(false);
      if (result.ok) onClose();
      else setMessage({ kind: 'error', text: t('review.restoreFailed', { reason: describeError(t, result.error) }) });
    },
    [busy, workspace, onClose, t],
  );

  const sourceOf = (loaded: Loaded) => (loaded.kind === 'done' ? loaded.source : null);
  const cmsSource = sourceOf(left)?.remote ?? sourceOf(right)?.remote ?? null;
  const resolveAndSend = useMemo(() => {
    if (!cmsSource || !editable) return null;
    return async () => {
      if (busy) return;
      setBusy(true);
      setMessage(null);
      const live = sessionRef.current;
      const marked = await live.afterSave((s) => api.cms.markTaken({ folder: s, ...cmsSource }));
      if (marked === null || !marked.ok) {
        setBusy(false);
        const save = live.getSnapshot().save;
        const error: ApiError = marked?.ok === false ? marked.error : save.kind === 'failed' ? save.error : { code: 'CONFLICT', message: '' };
        setMessage({ kind: 'error', text: t('review.resolveFailed', { reason: describeError(t, error) }) });
        return;
      }
      await sendToCms(live);
      setBusy(false);
      onClose();
    };
  }, [cmsSource, editable, busy, sendToCms, onClose, t]);

  return {
    pair,
    choose,
    left,
    right,
    comparison,
    editable,
    versions,
    cmsCopies: checks.filter((check) => check.state !== 'not-sent' && check.state !== 'deleted'),
    kept,
    busy,
    message,
    canUndo: undoStack.length > 0,
    take,
    takeEverything,
    undo,
    restore,
    resolveAndSend,
  };
}
