import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../electron/common/article.js';
import type { ApiError, LibraryInfo } from '../../../electron/common/ipc.js';
import { api } from '../../api';

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
  const state = useRef({ running: false, again: false });

  const refresh = useCallback(() => {
    if (state.current.running) {
      state.current.again = true;
      return;
    }
    state.current.running = true;
    void (async () => {
      do {
        state.current.again = false;
        const result = await api.library.list({});
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
      refresh();
      // A different folder was opened (library:open): the footer path follows.
      if (path && infoPath.current !== null && path !== infoPath.current) void loadInfo();
    });
  }, [refresh, loadInfo]);

  return useMemo(() => ({ items, info, refresh }), [items, info, refresh]);
}
