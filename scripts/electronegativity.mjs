// `npm run audit:electron`: @doyensec/electronegativity over the built app (run `npm run build`
// first), failing on any HIGH or MEDIUM finding that security/electronegativity-allowlist.json
// does not explain. Electronegativity itself exits 0 whatever it finds, so its result is read here.
//
// What is scanned is what electron-builder packages (electron-builder.yml `files`): package.json
// (Electron's version, which sets the defaults the checks assume) and out/ without source maps,
// copied to a temp folder so that:
// - .cjs and .mjs files get a .js name: the tool reads only .js/.ts/.html, and the sandboxed
//   preload is out/electron/preload/index.cjs;
// - a file the tool cannot parse (its scope analyser predates class private fields, which the
//   renderer bundle has) is lowered to ES2019 with TypeScript and scanned again; lowering keeps
//   every call and object literal the checks look for. A file still unparsed fails the audit.
// The built renderer page's CSP is checked here too (the unit audit runs before the build).
import { createRequire } from 'node:module';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(import.meta.dirname, '..');
const ALLOWLIST = path.join(ROOT, 'security', 'electronegativity-allowlist.json');
const FAILING = new Set(['HIGH', 'MEDIUM']);

const allowlist = JSON.parse(await readFile(ALLOWLIST, 'utf8'));
const problems = [];

/** Copies package.json and out/ (no maps) to a temp folder; returns it and staged → real paths. */
async function stage() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'masthead-electronegativity-'));
  await cp(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  await cp(path.join(ROOT, 'out'), path.join(dir, 'out'), { recursive: true, filter: (source) => !source.endsWith('.map') });
  const realPath = new Map();
  for (const entry of await readdir(path.join(dir, 'out'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const staged = path.join(entry.parentPath, entry.name);
    const real = path.relative(dir, staged);
    if (/\.[cm]js$/.test(entry.name)) {
      await rename(staged, `${staged}.js`);
      realPath.set(`${real}.js`, real);
    }
  }
  return { dir, realPath };
}

async function lower(file) {
  const ts = require('typescript');
  const source = await readFile(file, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: 'lowered.js',
    compilerOptions: { allowJs: true, target: ts.ScriptTarget.ES2019, module: ts.ModuleKind.Preserve },
  });
  await writeFile(file, outputText);
}

/** The CSP of the page the app loads, as built: scripts from our own files only. */
async function checkBuiltPageCsp() {
  const html = await readFile(path.join(ROOT, 'out', 'renderer', 'index.html'), 'utf8');
  const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
  const scriptSrc = csp?.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === 'script-src');
  if (!scriptSrc || scriptSrc.slice(1).join(' ') !== "'self'") problems.push(`out/renderer/index.html: script-src must be exactly 'self', found ${JSON.stringify(scriptSrc?.join(' ') ?? csp ?? 'no CSP')}`);
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc=/.test(attributes) || body.trim() !== '') problems.push('out/renderer/index.html: an inline <script>');
  }
}

const run = require('@doyensec/electronegativity');
const { dir, realPath } = await stage();
try {
  await checkBuiltPageCsp();
  const options = () => ({
    input: dir,
    isRelative: true,
    excludeFromScan: allowlist.excludedChecks.map((excluded) => excluded.check),
  });
  let result = await run(options());
  const lowered = new Set(result.errors.map((error) => path.relative(dir, error.file)));
  if (lowered.size > 0) {
    for (const file of lowered) await lower(path.join(dir, file));
    result = await run(options());
  }
  for (const error of result.errors) problems.push(`${path.relative(dir, error.file)} could not be scanned: ${error.message}`);

  const findings = result.issues.map((issue) => ({
    check: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: realPath.get(issue.file) ?? issue.file,
    line: issue.location.line,
    lowered: lowered.has(issue.file),
    sample: (issue.sample ?? '').trim().slice(0, 100),
  }));
  const report = path.join(os.tmpdir(), `masthead-electronegativity-${process.pid}.json`);
  await writeFile(report, JSON.stringify({ scanned: { atomicChecks: result.atomicChecks, globalChecks: result.globalChecks }, findings }, null, 2));

  const used = new Set();
  const rows = findings.map((finding) => {
    const entry = allowlist.findings.find((allowed) => allowed.check === finding.check && allowed.file === finding.file);
    if (entry) used.add(entry);
    const status = entry ? 'allowlisted' : FAILING.has(finding.severity) ? 'FAIL' : 'noted';
    if (status === 'FAIL') problems.push(`${finding.check} (${finding.severity}) in ${finding.file}:${finding.line}: ${finding.sample}`);
    return { severity: finding.severity, check: finding.check, where: `${finding.file}:${finding.line}${finding.lowered ? ' (lowered)' : ''}`, status };
  });
  for (const entry of allowlist.findings) {
    if (!used.has(entry)) problems.push(`allowlist entry ${entry.check} in ${entry.file} matches no finding: remove it`);
  }

  console.log(`electronegativity ${require('@doyensec/electronegativity/package.json').version}: ${result.atomicChecks} atomic and ${result.globalChecks} global checks over package.json and out/`);
  console.log(`skipped checks: ${allowlist.excludedChecks.map((e) => e.check).join(', ') || 'none'}; full result in ${report}`);
  if (rows.length > 0) console.table(rows);
  else console.log('no findings');
} finally {
  await rm(dir, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(`\nElectron audit failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  console.error(`Fix the code, or explain a false positive in ${path.relative(ROOT, ALLOWLIST)}.`);
  process.exit(1);
}
console.log('Electron audit passed: no unexplained HIGH or MEDIUM finding.');
