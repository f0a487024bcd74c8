import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, isElectron, isNodeBuiltin, parseImports, resolveImport, ROOT, sourceFiles } from './source-imports.js';

/** The import rules of the README's Architecture section, checked on the real source files. */

/** The pure layer: every process, the renderer included, may run it as it is. */
const RULES = 'electron/common/rules/';
/** Libraries the pure layer may use: pure themselves, no Node, no DOM. */
const PURE_LIBRARIES = ['diff'];

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

  it('the renderer runs code from electron/ only from the pure rules, and takes types only from electron/common', async () => {
    const imports = await importsOf(await sourceFiles('renderer'));
    const intoElectron = imports
      .map((i) => ({ ...i, target: resolveImport(i.file, i.specifier) }))
      .filter((i) => isElectron(i.specifier) || i.target?.startsWith('electron/'));
    expect(intoElectron.filter((i) => !i.typeOnly).length).toBeGreaterThan(0);
    const forbidden = intoElectron.filter((i) => !i.target?.startsWith(i.typeOnly ? 'electron/common/' : RULES));
    expect(forbidden.map(({ file, specifier }) => `${file} → ${specifier}`)).toEqual([]);
  });

  it('the pure rules import at run time nothing but each other and the pure libraries', async () => {
    const files = await sourceFiles(RULES);
    expect(files.length).toBeGreaterThan(5);
    const forbidden = (await importsOf(files)).filter((i) => {
      const target = resolveImport(i.file, i.specifier);
      if (i.typeOnly) return !(target?.startsWith('electron/common/') ?? PURE_LIBRARIES.includes(i.specifier));
      return !(target?.startsWith(RULES) ?? PURE_LIBRARIES.includes(i.specifier));
    });
    expect(forbidden.map(({ file, specifier }) => `${file} → ${specifier}`)).toEqual([]);
  });

  it('the pure rules use no Node and no browser globals', async () => {
    // tsconfig.json compiles electron/ without the DOM library; Node's globals are typed there, so they are looked for here.
    const files = await sourceFiles(RULES);
    const uses: string[] = [];
    for (const file of files) {
      const code = (await readFile(path.join(ROOT, file), 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      for (const m of code.matchAll(/\b(process|Buffer|require|globalThis|window|document|navigator|localStorage|fetch)\b/g)) uses.push(`${file}: ${m[1]}`);
    }
    expect(uses).toEqual([]);
  });

  it('the checker itself tells type-only from runtime imports, and finds the file an import names', () => {
    const probe = [
      "import type { A } from '../electron/common/ipc.js';",
      "import { type B, type C as D } from '../electron/common/ipc.js';",
      "import { E, type F } from '../electron/common/ipc.js';",
      "const G = await import('electron');",
    ].join('\n');
    expect(parseImports('probe.ts', probe).map((i) => i.typeOnly)).toEqual([true, true, false, false]);
    expect(resolveImport('renderer/App.tsx', '../electron/common/rules/slug.js')).toBe('electron/common/rules/slug.ts');
    expect(resolveImport('renderer/editor/BodyEditor.tsx', './nodes/PhotoNode')).toBe('renderer/editor/nodes/PhotoNode.ts');
    expect(resolveImport('renderer/App.tsx', 'react')).toBeNull();
  });
});
