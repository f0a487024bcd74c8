import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The import rules of DESIGN.md, checked on the real source files. */
const ROOT = path.resolve(import.meta.dirname, '../../..');

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

interface Import {
  file: string;
  specifier: string;
  typeOnly: boolean;
}

/** Static imports, re-exports and dynamic imports, with whether they are erased at build time. */
function parseImports(file: string, text: string): Import[] {
  const found: Import[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?([^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  const dynamic = /import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  const onlyTypeSpecifiers = /^\{\s*(type\s+[\w$]+\s*(as\s+[\w$]+\s*)?,?\s*)+\}\s+from$/;
  for (const m of text.matchAll(statement)) {
    found.push({ file, specifier: m[4]!, typeOnly: Boolean(m[2]) || onlyTypeSpecifiers.test((m[3] ?? '').trim()) });
  }
  for (const m of text.matchAll(dynamic)) found.push({ file, specifier: (m[1] ?? m[2])!, typeOnly: false });
  return found;
}

async function importsOf(files: string[]): Promise<Import[]> {
  const all = await Promise.all(files.map(async (file) => parseImports(file, await readFile(path.join(ROOT, file), 'utf8'))));
  return all.flat();
}

const isElectron = (s: string) => s === 'electron' || s.startsWith('electron/');
const isNodeBuiltin = (s: string) => s.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'crypto', 'http'].includes(s);


/**
 * Pure modules of electron/common that the renderer runs as they are, so one rule serves both
 * sides: the slug and count rules, and the compare engine.
 */
const RENDERER_RUNS = ['electron/common/slug.ts', 'electron/common/text.ts', 'electron/common/library-order.ts', 'electron/common/compare'];

describe('module boundaries', () => {
  it('electron/core and electron/common never import electron', async () => {
    const imports = await importsOf([...(await sourceFiles('electron/core')), ...(await sourceFiles('electron/common'))]);
    expect(imports.length).toBeGreaterThan(10);
    expect(imports.filter((i) => isElectron(i.specifier))).toEqual([]);
  });

  it('electron/common never imports node built-ins', async () => {
    const imports = await importsOf(await sourceFiles('electron/common'));
    expect(imports.filter((i) => isNodeBuiltin(i.specifier))).toEqual([]);
  });

  it('the browser host never imports electron', async () => {
    const imports = await importsOf(await sourceFiles('electron/host'));
    expect(imports.filter((i) => isElectron(i.specifier))).toEqual([]);
  });

  it('renderer code imports only types from electron/, except the pure shared rules', async () => {
    const files = await sourceFiles('renderer');
    const imports = await importsOf(files);
    const shared = RENDERER_RUNS.map((p) => path.join(ROOT, p));
    const intoElectron = imports.filter((i) => {
      if (isElectron(i.specifier)) return true;
      if (!i.specifier.startsWith('.')) return false;
      const target = path.resolve(ROOT, path.dirname(i.file), i.specifier).replace(/\.js$/, '.ts');
      return target.startsWith(path.join(ROOT, 'electron') + path.sep) && !shared.some((p) => target === p || target.startsWith(p + path.sep));
    });
    expect(intoElectron.length).toBeGreaterThan(0);
    expect(intoElectron.filter((i) => !i.typeOnly)).toEqual([]);
  });

  it('the shared rules the renderer runs need nothing at run time but each other and the diff library', async () => {
    const files = (await Promise.all(RENDERER_RUNS.map((p) => (p.endsWith('.ts') ? [p] : sourceFiles(p))))).flat();
    const runtime = (await importsOf(files)).filter((i) => !i.typeOnly && !i.specifier.startsWith('./'));
    expect(runtime.map((i) => i.specifier)).toEqual(runtime.map(() => 'diff'));
  });

  it('the checker itself tells type-only from runtime imports', () => {
    const probe = [
      "import type { A } from '../electron/common/ipc.js';",
      "import { type B, type C as D } from '../electron/common/ipc.js';",
      "import { E, type F } from '../electron/common/ipc.js';",
      "const G = await import('electron');",
    ].join('\n');
    expect(parseImports('probe.ts', probe).map((i) => i.typeOnly)).toEqual([true, true, false, false]);
  });
});
