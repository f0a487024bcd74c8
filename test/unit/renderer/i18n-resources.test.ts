import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };
const I18N_DIR = new URL('../../../renderer/i18n/', import.meta.url);
/** A language's strings: `<language>.json` plus every `<area>.<language>.json`, which never share a top-level key. */
function load(language: string): Tree {
  const files = readdirSync(I18N_DIR).filter((name) => name === `${language}.json` || name.endsWith(`.${language}.json`));
  const merged: Tree = {};
  for (const name of files) {
    const tree = JSON.parse(readFileSync(new URL(name, I18N_DIR), 'utf8')) as Tree;
    for (const key of Object.keys(tree)) {
      if (key in merged) throw new Error(`${name} repeats the top-level key "${key}"`);
      merged[key] = tree[key]!;
    }
  }
  return merged;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

const en = flatten(load('en'));
const ar = flatten(load('ar'));

describe('UI strings', () => {
  it('has every English string in Arabic, with every Arabic plural form', () => {
    for (const key of en.keys()) {
      const base = key.replace(PLURAL, '');
      if (base === key) {
        expect(ar.has(key), key).toBe(true);
      } else {
        for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) expect(ar.has(`${base}_${form}`), `${base}_${form}`).toBe(true);
      }
    }
  });

  it('has no Arabic string that English lacks', () => {
    const enBases = new Set([...en.keys()].map((k) => k.replace(PLURAL, '')));
    for (const key of ar.keys()) expect(enBases.has(key.replace(PLURAL, '')), key).toBe(true);
  });

  it('uses the same placeholders in both languages, and no empty strings', () => {
    for (const [key, text] of ar) {
      expect(text.trim(), key).not.toBe('');
      const english = en.get(key) ?? en.get(key.replace(PLURAL, '_other'));
      // Arabic spells out none/one/two ("كلمتان") where English shows the number.
      if (english !== undefined && !/_(zero|one|two)$/.test(key)) expect(variables(text), key).toEqual(variables(english));
    }
  });
});
