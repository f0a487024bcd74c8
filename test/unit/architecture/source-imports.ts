import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The real imports of the source files, for the architecture tests. */
export const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Repo-relative paths (with `/`) of the .ts and .tsx files under `dir`. */
export async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

export interface Import {
  file: string;
  specifier: string;
  /** Erased at build time (`import type`, or only `type` specifiers). */
  typeOnly: boolean;
  /** `import('…')`: loaded when first needed. */
  dynamic: boolean;
}

/** Static imports, re-exports and dynamic imports, with whether they are erased at build time. */
export function parseImports(file: string, text: string): Import[] {
  const found: Import[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?([^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  const dynamic = /import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  const onlyTypeSpecifiers = /^\{\s*(type\s+[\w$]+\s*(as\s+[\w$]+\s*)?,?\s*)+\}\s+from$/;
  for (const m of text.matchAll(statement)) {
    found.push({ file, specifier: m[4]!, typeOnly: Boolean(m[2]) || onlyTypeSpecifiers.test((m[3] ?? '').trim()), dynamic: false });
  }
  for (const m of text.matchAll(dynamic)) found.push({ file, specifier: (m[1] ?? m[2])!, typeOnly: false, dynamic: true });
  return found;
}

export async function importsOf(files: readonly string[]): Promise<Import[]> {
  const all = await Promise.all(files.map(async (file) => parseImports(file, await readFile(path.join(ROOT, file), 'utf8'))));
  return all.flat();
}

/**
 * The repo-relative source file a relative import names (`./x.js` is `./x.ts` or `./x.tsx`), or
 * null for a package, a built-in or a file that is not TypeScript (a stylesheet).
 */
export function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.posix.join(path.posix.dirname(from), specifier).replace(/\.js$/, '');
  for (const candidate of [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (existsSync(path.join(ROOT, candidate))) return candidate;
  }
  return null;
}

export const isElectron = (s: string) => s === 'electron' || s.startsWith('electron/');
export const isNodeBuiltin = (s: string) => s.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'crypto', 'http'].includes(s);
