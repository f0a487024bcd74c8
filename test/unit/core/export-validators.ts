import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { HtmlValidate } from 'html-validate';
import { parse as parseYaml } from 'yaml';

/*
 * The standards' own checks for the exports: the official ninjs 3.1 JSON Schema (ajv), the
 * official NITF 3.6 XML Schema (the real xmllint, Debian's libxml2-utils) and an HTML validator
 * (html-validate, the "standard" rules: content models, attributes, nesting, as the HTML standard
 * has them). The schemas are the copies in test/fixtures.
 */

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
export const XMLLINT = '/usr/bin/xmllint';

export function ninjsValidator() {
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(JSON.parse(readFileSync(path.join(FIXTURES, 'ninjs/GeoJSON-schema.json'), 'utf8')));
  return ajv.compile(JSON.parse(readFileSync(path.join(FIXTURES, 'ninjs/ninjs-schema_3.1.json'), 'utf8')));
}

/** xmllint's complaints about `xml` against the NITF 3.6 schema; [] when it validates. */
export function nitfSchemaErrors(xml: string): string[] {
  const run = spawnSync(XMLLINT, ['--noout', '--nonet', '--schema', path.join(FIXTURES, 'nitf/nitf-3-6.xsd'), '-'], { input: xml, encoding: 'utf8' });
  if (run.error) throw run.error;
  if (run.status === 0) return [];
  const errors = run.stderr.split('\n').filter((line) => line.trim() && !line.endsWith('fails to validate'));
  return errors.length ? errors : [`xmllint exited with ${run.status}`];
}

const html = new HtmlValidate({ extends: ['html-validate:standard'] });

/** html-validate's findings for a whole page, or for a fragment (ninjs's body, a post's content) inside a page. */
export async function htmlProblems(markup: string, { fragment = false } = {}): Promise<string[]> {
  const page = fragment ? `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>x</title></head><body>${markup}</body></html>` : markup;
  const report = await html.validateString(page);
  return report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId} (line ${m.line}): ${m.message}`));
}

/** A Markdown file's YAML front matter, read back, and its body. */
export function splitFrontMatter(markdown: string): { front: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/.exec(markdown);
  if (!match) throw new Error('no front matter');
  return { front: parseYaml(match[1]!) as Record<string, unknown>, body: match[2]! };
}
