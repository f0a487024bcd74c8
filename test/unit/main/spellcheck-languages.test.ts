import { describe, expect, it } from 'vitest';
import { spellcheckerLanguages } from '../../../electron/main/spellcheck-languages.js';

/** What Electron's availableSpellCheckerLanguages lists on Linux and Windows (Hunspell dictionaries). */
const HUNSPELL = ['af', 'ar', 'bg', 'en-AU', 'en-CA', 'en-GB', 'en-US', 'es', 'fr', 'ru'];

describe('spellchecker languages for the article', () => {
  it('checks English as US English and Arabic as Arabic, in the order asked', () => {
    expect(spellcheckerLanguages(['en'], HUNSPELL)).toEqual(['en-US']);
    expect(spellcheckerLanguages(['ar', 'en'], HUNSPELL)).toEqual(['ar', 'en-US']);
    expect(spellcheckerLanguages(['en', 'en'], HUNSPELL)).toEqual(['en-US']);
  });

  it('uses another English dictionary when US English is missing, and leaves out a language with none', () => {
    expect(spellcheckerLanguages(['en'], ['en-GB', 'fr'])).toEqual(['en-GB']);
    expect(spellcheckerLanguages(['en'], ['en-AU'])).toEqual(['en-AU']);
    expect(spellcheckerLanguages(['ar', 'en'], ['en-US'])).toEqual(['en-US']);
    // macOS uses the system's checker: Electron offers no list there.
    expect(spellcheckerLanguages(['ar', 'en'], [])).toEqual([]);
  });
});
