import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../electron/common/article.js';
import type { ApiError, LibraryInfo } from '../../../electron/common/ipc.js';
import { api } from '../../api';
import { firstScreen } from './first-screen';

export interface Library {
  /** null until the first list arrives. */
  items: ArticleSummary[] | null;
  info: LibraryInfo | null;
  /** Re-reads the list; calls made while one is on the wire collapse into one more read. */
  refresh(): void;
}

/** The library's article list, kept current on `library:changed` and after our own writes. */
export function useLibrary(onError: (what: 'list' | 'info', error: ApiError) => void): Library {
  const [items, setItems] = useState<ArticleSummary[] | null>(null);
  const [info, setInfo] = useState<LibraryInfo | null>(null);
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;
  const state = useRef({ running: false, again: false, listed: false });

  const refresh = useCallback(() => {
    if (state.current.running) {
      state.current.again = true;
      return;
    }
    state.current.running = true;
    void (async () => {
      if (!state.current.listed) {
        // A big library shows its first screen at once; the whole list follows.
        const top = await firstScreen();
        if (top.ok) setItems(top.value);
      }
      do {
        state.current.again = false;
        const result = await api.library.list({});
        state.current.listed = true;
        if (result.ok) setItems(result.value);
        else onErrorRef.current('list', result.error);
      } while (state.current.again);
      state.current.running = false;
    })();
  }, []);

  const infoPath = useRef<string | null>(null);
  const loadInfo = useCallback(async () => {
    const result = await api.library.info({});
    if (result.ok) {
      infoPath.current = result.value.path;
      setInfo(result.value);
    } else {
      onErrorRef.current('info', result.error);
    }
  }, []);

  useEffect(() => {
    refresh();
    void loadInfo();
    return api.events.on('library:changed', ({ path }) => {
      // A different folder was opened (library:open): its first screen comes first, the footer path follows.
      const otherLibrary = Boolean(path && infoPath.current !== null && path !== infoPath.current);
      if (otherLibrary) state.current.listed = false;
      refresh();
      if (otherLibrary) void loadInfo();
    });
  }, [refresh, loadInfo]);

  return useMemo(() => ({ items, info, refresh }), [items, info, refresh]);
}
