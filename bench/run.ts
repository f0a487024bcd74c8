import path from 'node:path';
import { compareFigures } from './compare.js';
import { editorFigures } from './editor.js';
import { fileFigures } from './files.js';
import { libraryFigures } from './library-search.js';
import { report, type Figure } from './report.js';
import { typingFigures } from './typing.js';

/**
 * `npm run bench`: each figure of Masthead measured next to a reference in the same run, printed
 * as a table and written to bench/results.json. Run it on a quiet machine; tests never assert
 * these times. `--only typing,files` runs those parts only (scripts/bench.mjs checks the names and
 * what each part needs before anything is built).
 */
const PARTS: Record<string, () => Promise<Figure[]> | Figure[]> = {
  typing: typingFigures,
  editor: editorFigures,
  files: fileFigures,
  library: libraryFigures,
  compare: compareFigures,
};

const only = process.argv.indexOf('--only');
const wanted = only >= 0 ? process.argv[only + 1]!.split(',') : Object.keys(PARTS);
const figures: Figure[] = [];
for (const part of wanted) figures.push(...(await PARTS[part]!()));
report(figures, path.resolve('bench', 'results.json'));
