import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { errnoCode } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic-write.js';

/**
 * `.masthead/library.json`. `sampleCreated` means the one-time sample step is done (the sample was
 * written, or the library already had articles), so a library emptied by its user stays empty.
 * `sections` is the desk's list of sections (unset: the defaults). Fields a later Masthead adds
 * pass through, and a bad `sections` value is dropped rather than making the marker damaged.
 */
const LibraryMarker = z.looseObject({
  sampleCreated: z.boolean().default(false),
  sections: z.array(z.string().max(100)).max(200).optional().catch(undefined),
});
export type LibraryMarker = z.infer<typeof LibraryMarker>;

/** null when the library has no marker yet. */
export async function readMarker(file: string): Promise<LibraryMarker | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return null;
    throw err;
  }
  try {
    return LibraryMarker.parse(JSON.parse(text));
  } catch {
    // A damaged marker must not bring the sample back into a library its user emptied.
    return { sampleCreated: true };
  }
}

export async function writeMarker(file: string, marker: LibraryMarker): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(marker, null, 2)}\n`);
}
