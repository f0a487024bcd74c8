import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** electron-builder cannot fetch Electron here, so its configuration is checked as data. */
const ROOT = path.resolve(import.meta.dirname, '../../..');

interface BuilderConfig {
  appId: string;
  productName: string;
  icon: string;
  files: string[];
  linux: { target: string[] };
  mac: { target: string[] };
  win: { target: string[] };
}

describe('electron-builder.yml', () => {
  it('builds AppImage and deb, dmg and nsis from the compiled app with our icon', async () => {
    const config = parse(await readFile(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.productName).toBe('Masthead');
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'assets/**/*', 'package.json']));

    const icon = await readFile(path.join(ROOT, config.icon));
    expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG');
    // electron-builder needs at least 512×512 to derive the macOS and Windows icons.
    expect(icon.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(icon.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });

  it('points at the compiled main process and ships the sample article', async () => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('out/electron/main/index.js');
    expect((await stat(path.join(ROOT, 'electron/main/index.ts'))).isFile()).toBe(true);
    expect((await stat(path.join(ROOT, 'assets/sample/seed-article.txt'))).size).toBeGreaterThan(1000);
  });

  it('pins lexical and every @lexical package to one exact version', async () => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const lexical = Object.entries(pkg.dependencies).filter(([name]) => name === 'lexical' || name.startsWith('@lexical/'));
    expect(lexical.length).toBeGreaterThan(3);
    expect(new Set(lexical.map(([, version]) => version))).toEqual(new Set([pkg.dependencies.lexical]));
    expect(pkg.dependencies.lexical).toMatch(/^\d+\.\d+\.\d+$/);
    const lock = JSON.parse(await readFile(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };
    const copies = Object.entries(lock.packages).filter(([where]) => where.endsWith('node_modules/lexical'));
    expect(copies.map(([, p]) => p.version)).toEqual([pkg.dependencies.lexical]);
  });
});
