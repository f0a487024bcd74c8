import { z } from 'zod';
import { ARABIC_QUOTE_STYLES } from '../../common/rules/smart-quotes.js';
import { readJsonFile, writeJsonFile } from '../fs/json-file.js';

/**
 * `.masthead/library.json`. `sampleCreated` means the one-time sample step is done (the sample was
 * written, or the library already had articles), so a library emptied by its user stays empty.
 * `sections` is the desk's list of sections (unset: the defaults), `arabicQuotes` the quotation
 * marks typed in Arabic (unset: « »). Fields a later Masthead adds
 * pass through, and a bad `sections` value is dropped rather than making the marker damaged.
 */
const LibraryMarker = z.looseObject({
  sampleCreated: z.boolean().default(false),
  sections: z.array(z.string().max(100)).max(200).optional().catch(undefined),
  arabicQuotes: z.enum(ARABIC_QUOTE_STYLES).optional().catch(undefined),
});
export type LibraryMarker = z.infer<typeof LibraryMarker>;

/** null when the library has no marker yet. */
export async function readMarker(file: string): Promise<LibraryMarker | null> {
  const state = await readJsonFile(file, LibraryMarker);
  if (state.kind === 'missing') return null;
  // A damaged marker must not bring the sample back into a library its user emptied.
  return state.kind === 'ok' ? state.value : { sampleCreated: true };
}

export function writeMarker(file: string, marker: LibraryMarker): Promise<void> {
  return writeJsonFile(file, marker);
}
