import { useSyncExternalStore } from 'react';
import type { ArticleSession, SessionSnapshot } from '../editor/article-session';

const noSubscription = (): (() => void) => () => undefined;
const nothing = (): null => null;

/** The open article's folder and save state, re-rendering when either changes. */
export function useSessionSnapshot(session: ArticleSession | null): SessionSnapshot | null {
  return useSyncExternalStore(session?.subscribe ?? noSubscription, session?.getSnapshot ?? nothing);
}
