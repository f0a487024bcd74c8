import { describe, expect, it } from 'vitest';
import { importsOf, resolveImport, sourceFiles, type Import } from './source-imports.js';

/**
 * The editor layer (renderer/editor) sits under the features: they use it, it never uses them,
 * and its modules form no circle. The photo node's data class and the paste and import pipelines
 * that build photos run without React (Ghost's kg-default-nodes / koenig-lexical split).
 */

const EDITOR = 'renderer/editor/';
const isReact = (specifier: string) => specifier === 'react' || specifier === 'react-dom' || specifier.startsWith('react/') || specifier.startsWith('@lexical/react');

async function editorImports(): Promise<Array<Import & { target: string | null }>> {
  return (await importsOf(await sourceFiles(EDITOR))).map((i) => ({ ...i, target: resolveImport(i.file, i.specifier) }));
}

/** The module circles among `edges`: Tarjan's strongly connected components of more than one file, or a file importing itself. */
export function importCircles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of edges.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    for (let top = stack.pop()!; ; top = stack.pop()!) {
      onStack.delete(top);
      component.push(top);
      if (top === file) break;
    }
    if (component.length > 1 || (edges.get(file) ?? []).includes(file)) circles.push(component.sort());
  };
  for (const file of edges.keys()) if (!index.has(file)) visit(file);
  return circles;
}

/** Every file `start` loads, itself included, following relative imports that are not erased. */
async function loadedBy(start: string): Promise<{ files: Set<string>; packages: Set<string> }> {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [start];
  while (pending.length) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const i of await importsOf([file])) {
      if (i.typeOnly) continue;
      const target = resolveImport(i.file, i.specifier);
      if (target) pending.push(target);
      else if (!i.specifier.startsWith('.')) packages.add(i.specifier);
    }
  }
  return { files, packages };
}

describe('the editor layer', () => {
  it('never imports the features, not even a type', async () => {
    const imports = await editorImports();
    expect(imports.length).toBeGreaterThan(50);
    const intoFeatures = imports.filter((i) => i.target?.startsWith('renderer/features/') || i.specifier.includes('/features/'));
    expect(intoFeatures.map(({ file, specifier }) => `${file} → ${specifier}`)).toEqual([]);
  });

  it('has no import circles among its modules', async () => {
    const edges = new Map<string, string[]>();
    for (const i of await editorImports()) {
      if (!edges.has(i.file)) edges.set(i.file, []);
      if (i.target?.startsWith(EDITOR)) edges.get(i.file)!.push(i.target);
    }
    expect(importCircles(edges)).toEqual([]);
  });

  it('the circle finder finds a circle and a file importing itself', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(importCircles(edges)).toEqual([['a', 'b', 'c'], ['e']]);
  });

  it('builds photos in paste cleaning and headless import without React or the photo view', async () => {
    for (const start of ['renderer/editor/nodes/PhotoNode.ts', 'renderer/editor/paste/clean-html.ts', 'renderer/editor/paste/html-to-body.ts']) {
      const { files, packages } = await loadedBy(start);
      expect([...packages].filter(isReact), start).toEqual([]);
      expect([...files].filter((f) => f.endsWith('.tsx')), start).toEqual([]);
    }
  });
});
