import type { HistoryState } from '@lexical/history';
import type { ArabicQuoteStyle } from '../../electron/common/rules/smart-quotes.js';
import { createContext, useCallback, useContext, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';

/**
 * What the body's photos need from around the editor: the article's current folder (photo
 * addresses are built from it, and it changes when the article is renamed), messages to show
 * near the editor (a refused photo, images left out of a paste), the body's undo history (shared
 * with the caption editors, so one Undo covers both), and the edit callback that schedules the
 * autosave (a caption edit happens in its own editor, which the body's change listener does not see).
 */

/** The open article as the composer sees it; ArticleSession has this shape. */
export interface ArticleMediaSource {
  readonly folder: string;
  subscribe(listener: () => void): () => void;
}

export interface EditorNotice {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

interface ArticleMedia {
  folder: string;
  notices: EditorNotice[];
  report(kind: EditorNotice['kind'], text: string): void;
  dismiss(id: number): void;
}

const MediaContext = createContext<ArticleMedia | null>(null);

const noSubscription = (): (() => void) => () => undefined;
/** Newest last; older ones drop off so a burst of refused files does not fill the screen. */
const MAX_NOTICES = 3;
let nextNoticeId = 1;

export function ArticleMediaProvider({ source, children }: { source: ArticleMediaSource | undefined; children: ReactNode }) {
  const folder = useSyncExternalStore(source?.subscribe ?? noSubscription, () => source?.folder ?? '');
  const [notices, setNotices] = useState<EditorNotice[]>([]);
  const report = useCallback((kind: EditorNotice['kind'], text: string) => {
    setNotices((list) => [...list.filter((n) => n.text !== text), { id: nextNoticeId++, kind, text }].slice(-MAX_NOTICES));
  }, []);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const value = useMemo(() => ({ folder, notices, report, dismiss }), [folder, notices, report, dismiss]);
  return <MediaContext.Provider value={value}>{children}</MediaContext.Provider>;
}

export function useArticleMedia(): ArticleMedia {
  const value = useContext(MediaContext);
  if (!value) throw new Error('useArticleMedia needs an ArticleComposer around it');
  return value;
}

/** The current folder for async work that outlives a render (an upload finishing after a rename). */
export function useLatestFolder(): () => string {
  const { folder } = useArticleMedia();
  const ref = useRef(folder);
  ref.current = folder;
  return useCallback(() => ref.current, []);
}

interface BodyEditing {
  history: HistoryState;
  /** The article's direction, which a caption paragraph without letters takes. */
  dir: 'ltr' | 'rtl';
  /** The library's Arabic quotation marks (smart quotes in captions too). */
  arabicQuotes: ArabicQuoteStyle;
  /** A change the body editor's own listener does not see (a caption edit). */
  onEdit(): void;
}

const BodyEditingContext = createContext<BodyEditing | null>(null);

export function BodyEditingProvider({ value, children }: { value: BodyEditing; children: ReactNode }) {
  return <BodyEditingContext.Provider value={value}>{children}</BodyEditingContext.Provider>;
}

export function useBodyEditing(): BodyEditing {
  const value = useContext(BodyEditingContext);
  if (!value) throw new Error('useBodyEditing needs a BodyEditor around it');
  return value;
}
