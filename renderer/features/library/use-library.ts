import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { ArticleSummary } from '../../../electron/common/article.js';
import type { ApiError, LibraryInfo, LibrarySuggestions } from '../../../electron/common/ipc.js';
import { api } from '../../api';
import { firstScreen } from './first-screen';
import { takenCmsSlugs } from '../panels/checklist';
import { LibraryModel, type LibraryFailure, type Sections, type Trash } from './library-model';

/** The window's one library model (see library-model.ts); writers tell it what they touched. */
export const library = new LibraryModel(api, firstScreen);

/** Starts the library model for the window (App, once); failures to read the list or the folder go to `onError`. */
export function useLibraryModel(onError: (what: LibraryFailure, error: ApiError) => void): void {
  const latest = useRef(onError);
  latest.current = onError;
  useEffect(() => library.start((what, error) => latest.current(what, error)), []);
}

/** The article rows, newest first; null until the first answer. */
export function useLibraryRows(): ArticleSummary[] | null {
  return useSyncExternalStore(library.subscribe, library.getRows).items;
}

export function useLibraryInfo(): LibraryInfo | null {
  return useSyncExternalStore(library.subscribe, library.getInfo);
}

/** The desk's sections (library settings), read once per library. */
export function useSections(): Sections {
  useEffect(() => library.watchSections(), []);
  return useSyncExternalStore(library.subscribe, library.getSections);
}

/** Names, tags and sources used before in this library, read again for an article opened after a change. */
export function useSuggestions(): LibrarySuggestions {
  useEffect(() => library.watchSuggestions(), []);
  return useSyncExternalStore(library.subscribe, library.getSuggestions);
}

/** The CMS slugs of every other article in the library, as their rows carry them. */
export function useTakenCmsSlugs(currentFolder: string): ReadonlySet<string> {
  const items = useLibraryRows();
  return useMemo(() => takenCmsSlugs(items ?? [], currentFolder), [items, currentFolder]);
}

/** The Trash's entries, read while this is shown. */
export function useTrash(): Trash {
  useEffect(() => library.watchTrash(), []);
  return useSyncExternalStore(library.subscribe, library.getTrash);
}
