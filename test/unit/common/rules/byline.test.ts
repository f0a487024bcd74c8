import { describe, expect, it } from 'vitest';
import type { Contributor } from '../../../../electron/common/article.js';
import { HOUSE_BYLINE_STYLES, hasByline, joinNames, printedByline } from '../../../../electron/common/rules/byline.js';

const person = (name: string, role: Contributor['role'] = 'writer', affiliation = ''): Contributor => ({ name, role, affiliation });

describe('printed byline', () => {
  const en = HOUSE_BYLINE_STYLES.en;
  const ar = HOUSE_BYLINE_STYLES.ar;

  it('reads "By A", "By A and B", "By A, B and C" in English', () => {
    expect(printedByline([person('Nada Mustafa')], en).by).toBe('By Nada Mustafa');
    expect(printedByline([person('A'), person('B', 'reporter')], en).by).toBe('By A and B');
    expect(printedByline([person('A'), person('B'), person('C', 'contributor')], en).by).toBe('By A, B and C');
  });

  it('reads "كتب: A و B" in Arabic', () => {
    expect(printedByline([person('ندى مصطفى')], ar).by).toBe('كتب: ندى مصطفى');
    expect(printedByline([person('ندى مصطفى'), person('عمر حسن')], ar).by).toBe('كتب: ندى مصطفى و عمر حسن');
    expect(printedByline([person('أ'), person('ب'), person('ج')], ar).by).toBe('كتب: أ، ب و ج');
  });

  it('puts an affiliation in parentheses after its name', () => {
    expect(printedByline([person('Nada Mustafa', 'reporter', 'Reuters'), person('Omar Hassan')], en).by).toBe(
      'By Nada Mustafa (Reuters) and Omar Hassan',
    );
  });

  it('leaves photographers and desk editors out, and credits translators on their own line', () => {
    const team = [person('Ahmed Photo', 'photographer'), person('Desk Editor', 'editor'), person('Sara Writer'), person('Lina T', 'translator')];
    expect(printedByline(team, en)).toEqual({ by: 'By Sara Writer', translatedBy: 'Translated by Lina T' });
    expect(printedByline(team, ar).translatedBy).toBe('ترجمة: Lina T');
    expect(printedByline([person('Ahmed Photo', 'photographer')], en)).toEqual({ by: null, translatedBy: null });
    expect(hasByline([person('Ahmed Photo', 'photographer')])).toBe(false);
    expect(hasByline(team)).toBe(true);
  });

  it('skips rows without a name and trims names', () => {
    expect(printedByline([person('  '), person('  Nada Mustafa ')], en).by).toBe('By Nada Mustafa');
    expect(hasByline([person('   ')])).toBe(false);
  });

  it('isolates each name for display when asked', () => {
    const isolate = (text: string) => `[${text}]`;
    expect(printedByline([person('Nada Mustafa', 'writer', 'Reuters')], ar, isolate).by).toBe('كتب: [Nada Mustafa] ([Reuters])');
  });

  it('joins any number of names', () => {
    expect(joinNames([], en)).toBe('');
    expect(joinNames(['A', 'B', 'C', 'D'], en)).toBe('A, B, C and D');
  });
});
