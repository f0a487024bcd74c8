import { mkdir } from 'node:fs/promises';
import type { LibrarySettings } from '../../common/ipc.js';
import { DEFAULT_ARABIC_QUOTES } from '../../common/rules/smart-quotes.js';
import type { BundlePaths } from './bundle-paths.js';
import { readMarker, writeMarker, type LibraryMarker } from './marker.js';

/** The desk's sections until someone edits the list. */
export const DEFAULT_SECTIONS: readonly string[] = [
  'News',
  'Politics',
  'Economy',
  'Sport',
  'Universities',
  'Real Estate',
  'Culture',
  'Opinion',
];

/** Trimmed, blanks dropped, the first of names that differ only in case kept, order unchanged. */
export function normalizeSections(sections: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of sections) {
    const name = raw.normalize('NFC').trim().replace(/\s+/gu, ' ');
    const key = name.toLowerCase();
    if (!name || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** The settings a library's marker file holds; an empty list is a choice the desk made and is kept. */
export function settingsFromMarker(marker: LibraryMarker | null): LibrarySettings {
  return {
    sections: marker?.sections ? normalizeSections(marker.sections) : [...DEFAULT_SECTIONS],
    arabicQuotes: marker?.arabicQuotes ?? DEFAULT_ARABIC_QUOTES,
  };
}

export async function readSettings(paths: BundlePaths): Promise<LibrarySettings> {
  return settingsFromMarker(await readMarker(paths.markerFile));
}

/** Saves the settings given and keeps the marker's other fields; the sections are tidied (see normalizeSections). */
export async function writeSettings(paths: BundlePaths, update: Partial<LibrarySettings>): Promise<LibrarySettings> {
  const marker = await readMarker(paths.markerFile);
  const changed = {
    ...(update.sections ? { sections: normalizeSections(update.sections) } : {}),
    ...(update.arabicQuotes ? { arabicQuotes: update.arabicQuotes } : {}),
  };
  const next = { ...(marker ?? { sampleCreated: true }), ...changed };
  await mkdir(paths.housekeeping, { recursive: true });
  await writeMarker(paths.markerFile, next);
  return settingsFromMarker(next);
}
