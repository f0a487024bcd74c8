import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, isSafeMediaName } from '../../../electron/core/library/bundle-paths.js';
import { parseMediaPath } from '../../../electron/core/media/media-route.js';

describe('the one containment check', () => {
  it('counts only what lies strictly inside the folder', () => {
    const root = path.resolve('/libraries/desk');
    expect(isInside(root, path.join(root, 'budget.article'))).toBe(true);
    expect(isInside(root + path.sep, path.join(root, 'budget.article'))).toBe(true);
    expect(isInside(root, root)).toBe(false);
    expect(isInside(root, path.resolve('/libraries/desk-archive/budget.article'))).toBe(false);
    expect(isInside(root, path.resolve(root, '../other/budget.article'))).toBe(false);
  });

  it('is the rule the media route applies to the names in a photo address', () => {
    const file = `${'ab'.repeat(8)}.jpg`;
    for (const [folder, name] of [
      ['budget-vote', file],
      ['..', file],
      ['budget-vote', '../article.json'],
      ['budget-vote', 'photo.jpg'],
      ['a/b', file],
    ] as const) {
      const parsed = parseMediaPath(`/media/${encodeURIComponent(folder)}/${name}`);
      expect(parsed !== null, `${folder}/${name}`).toBe(isSafeMediaName(folder, name));
    }
    expect(parseMediaPath(`/media/budget-vote/${file}`)).toEqual({ folder: 'budget-vote', file });
  });
});
