import { describe, expect, it } from 'vitest';
import { decadeApostrophe, quoteMarks, restyleLeadingQuotes, smartQuote } from '../../../../electron/common/rules/smart-quotes.js';

/** Types `text` one character at a time through the rule, as the editor does. */
function typeThrough(text: string, marks = quoteMarks('ltr', 'guillemets')): string {
  let out = '';
  for (const char of text) {
    if (char === '"' || char === "'") out += smartQuote(char, out, marks);
    else {
      if (char === 's' || char === ' ') {
        const at = decadeApostrophe(out);
        if (at !== null) out = `${out.slice(0, at)}’${out.slice(at + 1)}`;
      }
      out += char;
    }
  }
  return out;
}

describe('smart quotes', () => {
  it('curls English double and single quotes, contractions and possessives', () => {
    expect(typeThrough('"Hello," she said. Don\'t')).toBe('“Hello,” she said. Don’t');
    expect(typeThrough("He said 'no' (\"never\") — 'fine'.")).toBe('He said ‘no’ (“never”) — ‘fine’.');
    expect(typeThrough('"\'Quoted\' inside"')).toBe('“‘Quoted’ inside”');
    expect(typeThrough("Reuters' reporters")).toBe('Reuters’ reporters');
  });

  it('makes the ’ of a dropped century', () => {
    expect(typeThrough("music of the '90s")).toBe('music of the ’90s');
    expect(typeThrough("class of '98 met")).toBe('class of ’98 met');
    // A quote that opens on a longer number stays an opening quote.
    expect(typeThrough("'1990 was good'")).toBe('‘1990 was good’');
  });

  it('types the desk’s Arabic marks: « » by default, ” “ when chosen', () => {
    expect(typeThrough('قال "لا" ثم', quoteMarks('rtl', 'guillemets'))).toBe('قال «لا» ثم');
    expect(typeThrough('قال "لا" ثم', quoteMarks('rtl', 'reversed'))).toBe('قال ”لا“ ثم');
    expect(typeThrough("قال 'لا'", quoteMarks('rtl', 'guillemets'))).toBe('قال ‹لا›');
  });

  it('retypes the marks before a block’s first letter when that letter turns the block’s direction', () => {
    const arabic = quoteMarks('rtl', 'guillemets');
    const english = quoteMarks('ltr', 'guillemets');
    expect(restyleLeadingQuotes('«', arabic, english)).toBe('“');
    expect(restyleLeadingQuotes('«‹', arabic, english)).toBe('“‘');
    expect(restyleLeadingQuotes('“', english, quoteMarks('rtl', 'reversed'))).toBe('”');
    // Once a letter is in, the marks stay as they were typed.
    expect(restyleLeadingQuotes('«لا', arabic, english)).toBeNull();
    expect(restyleLeadingQuotes('2024 ', arabic, english)).toBeNull();
  });
});
