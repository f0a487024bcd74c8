import { mkdir } from 'node:fs/promises';
import type { LibrarySettings } from '../../common/ipc.js';
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
  return { sections: marker?.sections ? normalizeSections(marker.sections) : [...DEFAULT_SECTIONS] };
}

export async function readSettings(paths: BundlePaths): Promise<LibrarySettings> {
  return settingsFromMarker(await readMarker(paths.markerFile));
}

/** Keeps the marker's other fields; the sections are tidied (see normalizeSections). */
export async function writeSettings(paths: BundlePaths, update: LibrarySettings): Promise<LibrarySettings> {
  const marker = await readMarker(paths.markerFile);
  const sections = normalizeSections(update.sections);
  await mkdir(paths.housekeeping, { recursive: true });
  await writeMarker(paths.markerFile, { ...(marker ?? { sampleCreated: true }), sections });
  return { sections };
}
