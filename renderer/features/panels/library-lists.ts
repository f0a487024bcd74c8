import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { ApiError, LibrarySuggestions } from '../../../electron/common/ipc.js';
import { api } from '../../api';

/**
 * The library-wide lists the panels offer: the desk's sections (library:settings, edited in
 * Settings), names and tags used before (library:suggestions), and the slugs other articles
 * already have (library:list). A failed call leaves a list empty rather than stopping the editor:
 * these are conveniences, and every field still takes free text.
 */

type SectionsState = { sections: string[]; error: ApiError | null; loaded: boolean };
let sectionsState: SectionsState = { sections: [], error: null, loaded: false };
let sectionsLoading: Promise<void> | null = null;
const sectionListeners = new Set<() => void>();

function setSectionsState(next: SectionsState): void {
  sectionsState = next;
  for (const listener of sectionListeners) listener();
}

/** Reads the sections from the library's settings (again). */
export function loadSections(): Promise<void> {
  sectionsLoading ??= (async () => {
    const result = await api.library.settings({});
    setSectionsState(
      result.ok
        ? { sections: result.value.sections, error: null, loaded: true }
        : { sections: sectionsState.sections, error: result.error, loaded: true },
    );
  })().finally(() => {
    sectionsLoading = null;
  });
  return sectionsLoading;
}

/** Saves a new list of sections; resolves to the error, or null when saved. */
export async function saveSections(sections: string[]): Promise<ApiError | null> {
  const previous = sectionsState.sections;
  // Shown at once; put back if the library refuses it.
  setSectionsState({ ...sectionsState, sections });
  const result = await api.library.updateSettings({ sections });
  if (result.ok) {
    setSectionsState({ sections: result.value.sections, error: null, loaded: true });
    return null;
  }
  setSectionsState({ ...sectionsState, sections: previous });
  return result.error;
}

function subscribeSections(listener: () => void): () => void {
  sectionListeners.add(listener);
  return () => sectionListeners.delete(listener);
}

/** The desk's sections, loaded on first use (and again when a library opens). */
export function useSections(): SectionsState {
  const state = useSyncExternalStore(subscribeSections, () => sectionsState);
  useEffect(() => {
    void loadSections();
    // Another library may have been opened: its settings are its own.
    return api.events.on('library:changed', ({ path }) => {
      if (path !== lastLibraryPath) {
        lastLibraryPath = path;
        void loadSections();
      }
    });
  }, []);
  return state;
}
let lastLibraryPath: string | null = null;

const NO_SUGGESTIONS: LibrarySuggestions = { contributors: [], sections: [], tags: [], sources: [] };

/** Names, tags and sources used before in this library, read once per opened article. */
export function useSuggestions(): LibrarySuggestions {
  const [suggestions, setSuggestions] = useState<LibrarySuggestions>(NO_SUGGESTIONS);
  useEffect(() => {
    let live = true;
    void api.library.suggestions({}).then((result) => {
      if (live && result.ok) setSuggestions(result.value);
    });
    return () => {
      live = false;
    };
  }, []);
  return suggestions;
}

/** Folder slugs of every other article in the library, kept up to date as the library changes. */
export function useTakenSlugs(currentSlug: string): ReadonlySet<string> {
  const [all, setAll] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const load = (): void => {
      void api.library.list({}).then((result) => {
        if (live && result.ok) setAll(result.value.map((item) => item.slug));
      });
    };
    /** Only the named articles are looked at: still there, gone, or new. */
    const update = (slugs: string[]): void => {
      void api.library.list({ slugs }).then((result) => {
        if (!live || !result.ok) return;
        const named = new Set(slugs);
        setAll((previous) => [...previous.filter((slug) => !named.has(slug)), ...result.value.map((item) => item.slug)]);
      });
    };
    load();
    let named: Set<string> | null = new Set();
    const off = api.events.on('library:changed', ({ slugs }) => {
      // Autosave changes the library every few seconds while someone types: read it once things settle.
      named = slugs && named ? new Set([...named, ...slugs]) : null;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        const wanted = named;
        named = new Set();
        if (wanted) update([...wanted]);
        else load();
      }, 500);
    });
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
      off();
    };
  }, []);
  return useMemo(() => new Set(all.filter((slug) => slug !== currentSlug)), [all, currentSlug]);
}
