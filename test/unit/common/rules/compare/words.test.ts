import { describe, expect, it } from 'vitest';
import { diffWords, tokenize, type Segment } from '../../../../../electron/common/rules/compare/words.js';

const marked = (segments: Segment[], type: Segment['type']) => segments.filter((s) => s.type === type).map((s) => s.text);
const joined = (segments: Segment[]) => segments.map((s) => s.text).join('');

describe('tokenize', () => {
  it('gives back the text exactly when its tokens are joined', () => {
    for (const text of [
      '  The minister said, on Tuesday: "talks resume."  ',
      'قال الوزيرُ: «المحادثاتُ ستُستأنف»، وأضاف؛ متى؟\nغدًا.',
      'Russia’s well-known “open door” isn’t new…',
    ]) {
      expect(tokenize(text).join('')).toBe(text);
    }
  });

  it('splits Arabic words on Arabic punctuation with no space around it', () => {
    expect(tokenize('موسكو،تبليسي؛واشنطن؟نعم')).toEqual(['موسكو', '،', 'تبليسي', '؛', 'واشنطن', '؟', 'نعم']);
    expect(tokenize('«نعم»')).toEqual(['«', 'نعم', '»']);
  });

  it('keeps diacritics, the superscript alef and tatweel inside their word', () => {
    expect(tokenize('الْكَرْمَلِينُ يُؤَكِّدُ')).toEqual(['الْكَرْمَلِينُ', ' ', 'يُؤَكِّدُ']);
    expect(tokenize('هٰذا كـــتب')).toEqual(['هٰذا', ' ', 'كـــتب']);
  });
});

describe('diffWords', () => {
  it('marks exactly the changed English words, punctuation apart from its word', () => {
    const left = 'The minister said on Tuesday that talks would resume.';
    const right = 'The minister said on Wednesday that talks would resume soon.';
    const diff = diffWords(left, right);
    expect(marked(diff.left, 'delete')).toEqual(['Tuesday']);
    expect(marked(diff.right, 'insert')).toEqual(['Wednesday', 'soon']);
    expect(joined(diff.left)).toBe(left);
    expect(joined(diff.right)).toBe(right);
    expect([diff.added, diff.removed]).toEqual([2, 1]);
  });

  it('marks exactly the changed Arabic word, and a changed Arabic comma alone', () => {
    const left = 'قال الوزير إن المحادثات ستُستأنف يوم الثلاثاء، وفق بيان رسمي.';
    const right = 'قال الوزير إن المحادثات ستُستأنف يوم الأربعاء؛ وفق بيان رسمي.';
    const diff = diffWords(left, right);
    expect(marked(diff.left, 'delete')).toEqual(['الثلاثاء،']);
    expect(marked(diff.right, 'insert')).toEqual(['الأربعاء؛']);

    const punctuation = diffWords('قال الوزير، ثم غادر', 'قال الوزير؛ ثم غادر');
    expect(marked(punctuation.left, 'delete')).toEqual(['،']);
    expect(marked(punctuation.right, 'insert')).toEqual(['؛']);
    expect([punctuation.added, punctuation.removed]).toEqual([0, 0]);
  });

  it('marks the one word whose diacritics changed', () => {
    const diff = diffWords('كَتَبَ الصحفي تقريرًا مفصلًا', 'كَتَّبَ الصحفي تقريرًا مفصلًا');
    expect(marked(diff.left, 'delete')).toEqual(['كَتَبَ']);
    expect(marked(diff.right, 'insert')).toEqual(['كَتَّبَ']);
    expect(marked(diff.right, 'equal')).toEqual([' الصحفي تقريرًا مفصلًا']);
  });

  it('sees no change between two spellings of the same marks (shadda then fatha, fatha then shadda)', () => {
    const diff = diffWords('يؤك\u0651\u064Eد الوزير', 'يؤك\u064E\u0651د الوزير');
    expect(diff.left).toEqual([{ type: 'equal', text: 'يؤك\u0651\u064Eد الوزير' }]);
    expect([diff.added, diff.removed]).toEqual([0, 0]);
  });

  it('gives the track-changes view the right text with the deleted words in place', () => {
    const diff = diffWords('Talks will resume in Cairo next week', 'Talks will resume in Doha');
    expect(diff.merged).toEqual([
      { type: 'equal', text: 'Talks will resume in ' },
      { type: 'delete', text: 'Cairo next week' },
      { type: 'insert', text: 'Doha' },
    ]);
    const deletedAtEnd = diffWords('Talks resume today', 'Talks resume');
    expect(joined(deletedAtEnd.merged)).toBe('Talks resume today');
  });

  it('keeps whitespace changes unmarked', () => {
    const diff = diffWords('Talks  resume\ttoday', 'Talks resume today');
    expect(diff.left.every((s) => s.type === 'equal')).toBe(true);
    expect(diff.right.every((s) => s.type === 'equal')).toBe(true);
  });
});
