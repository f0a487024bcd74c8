import path from 'node:path';
import { compareFigures } from './compare.js';
import { editorFigures } from './editor.js';
import { fileFigures } from './files.js';
import { libraryFigures } from './library-search.js';
import { report, type Figure } from './report.js';

/**
 * `npm run bench`: each figure of Masthead measured next to a reference in the same run, printed
 * as a table and written to bench/results.json. Run it on a quiet machine; tests never assert
 * these times.
 */
const figures: Figure[] = [...(await editorFigures()), ...(await fileFigures()), ...(await libraryFigures()), ...compareFigures()];
report(figures, path.resolve('bench', 'results.json'));
