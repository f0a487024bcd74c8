import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../electron/common/ipc.js';
import type { IndexingProgress, SearchFacets, SearchFilters, SearchHit, SearchSort } from '../../../electron/common/search.js';
import { api } from '../../api';

/** What the sidebar asks for: the words typed, the filters and the order. */
export interface SearchQuery {
  text: string;
  filters: SearchFilters;
  sort: SearchSort;
}

export const EMPTY_QUERY: SearchQuery = { text: '', filters: {}, sort: 'relevance' };

/** Typing pauses shorter than this are one query. */
const TYPING_DEBOUNCE_MS = 120;
/** Results fetched at a time; the list asks for the next page as it scrolls near the end. */
const PAGE = 50;

/** No text and no filter, in the default order: the plain library list (which also shows damaged articles). */
export function isPlainList(query: SearchQuery): boolean {
  return query.text.trim() === '' && Object.values(query.filters).every((v) => v === undefined) && query.sort === 'relevance';
}

export interface Search {
  query: SearchQuery;
  setQuery(update: (query: SearchQuery) => SearchQuery): void;
  /** null while the plain list is shown, or until the first answer arrives. */
  results: { total: number; hits: SearchHit[] } | null;
  /** Fetches the next page of results, when there is one. */
  loadMore(): void;
  facets: SearchFacets | null;
  indexing: IndexingProgress | null;
  /** Why the last query failed, until one succeeds. */
  error: ApiError | null;
}

/**
 * The search box and filters of the library sidebar: queries search:query a moment after typing
 * stops, again when the library changes, and follows the index's build progress.
 */
export function useSearch(): Search {
  const [query, setQueryState] = useState<SearchQuery>(EMPTY_QUERY);
  const [results, setResults] = useState<Search['results']>(null);
  const [facets, setFacets] = useState<SearchFacets | null>(null);
  const [indexing, setIndexing] = useState<IndexingProgress | null>(null);
  const [revision, setRevision] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  // Answers to older queries (slower ones overtaken by typing) are dropped.
  const latest = useRef(0);
  const loading = useRef(false);

  const setQuery = useCallback((update: (query: SearchQuery) => SearchQuery) => setQueryState(update), []);

  const fetchPage = useCallback(async (q: SearchQuery, offset: number, ticket: number) => {
    const result = await api.search.query({ text: q.text, filters: q.filters, sort: q.sort, limit: PAGE, offset });
    if (ticket !== latest.current) return;
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    const { total, results: hits, indexing: progress } = result.value;
    setIndexing(progress);
    setResults((previous) => ({ total, hits: offset === 0 || !previous ? hits : [...previous.hits, ...hits] }));
  }, []);

  useEffect(() => {
    const ticket = ++latest.current;
    if (isPlainList(query)) {
      setResults(null);
      return;
    }
    const timer = setTimeout(() => void fetchPage(query, 0, ticket), query.text ? TYPING_DEBOUNCE_MS : 0);
    return () => clearTimeout(timer);
  }, [query, revision, fetchPage]);

  const loadMore = useCallback(() => {
    if (loading.current || !results || results.hits.length >= results.total) return;
    loading.current = true;
    void fetchPage(query, results.hits.length, latest.current).finally(() => {
      loading.current = false;
    });
  }, [fetchPage, query, results]);

  const loadFacets = useCallback(async () => {
    const result = await api.search.facets({});
    if (result.ok) setFacets(result.value);
  }, []);

  useEffect(() => {
    void loadFacets();
    // A build that started before this window listened is only known from an answer.
    void api.search.query({ text: '', limit: 1 }).then((result) => {
      if (result.ok) setIndexing(result.value.indexing);
    });
    const offProgress = api.events.on('search:progress', (progress) => {
      const finished = progress.done >= progress.total;
      setIndexing(finished ? null : progress);
      if (finished) {
        setRevision((n) => n + 1);
        void loadFacets();
      }
    });
    return offProgress;
  }, [loadFacets]);

  return { query, setQuery, results, loadMore, facets, indexing, error };
}
