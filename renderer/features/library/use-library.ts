import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../electron/common/article.js';
import { sortSummaries } from '../../../electron/common/rules/library-order.js';
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
  /**
   * What to read next: the articles a change named (merged into the list shown), or 'all'. Reads
   * run one at a time; changes that come meanwhile gather into the next read.
   */
  const state = useRef<{ running: boolean; pending: Set<string> | 'all' | null; listed: boolean }>({ running: false, pending: null, listed: false });

  const load = useCallback((slugs?: readonly string[]) => {
    const current = state.current;
    if (!slugs || !current.listed) current.pending = 'all';
    else if (current.pending !== 'all') current.pending = new Set([...(current.pending ?? []), ...slugs]);
    if (current.running) return;
    current.running = true;
    void (async () => {
      if (!current.listed) {
        // A big library shows its first screen at once; the whole list follows.
        const top = await firstScreen();
        if (top.ok) setItems(top.value);
      }
      while (current.pending) {
        const wanted = current.pending;
        current.pending = null;
        if (wanted === 'all') {
          const result = await api.library.list({});
          current.listed = true;
          if (result.ok) setItems(result.value);
          else onErrorRef.current('list', result.error);
          continue;
        }
        // A save in a library of thousands reads one row, not the whole list.
        const result = await api.library.list({ slugs: [...wanted] });
        if (!result.ok) {
          current.pending = 'all';
          onErrorRef.current('list', result.error);
          break;
        }
        setItems((shown) => shown && sortSummaries([...shown.filter((item) => !wanted.has(item.slug)), ...result.value]));
      }
      current.running = false;
    })();
  }, []);
  const refresh = useCallback(() => load(), [load]);

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
    return api.events.on('library:changed', ({ path, slugs }) => {
      // A different folder was opened (library:open): its first screen comes first, the footer path follows.
      const otherLibrary = Boolean(path && infoPath.current !== null && path !== infoPath.current);
      if (otherLibrary) state.current.listed = false;
      load(otherLibrary ? undefined : slugs);
      if (otherLibrary) void loadInfo();
    });
  }, [refresh, load, loadInfo]);

  return useMemo(() => ({ items, info, refresh }), [items, info, refresh]);
}
