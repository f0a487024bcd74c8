import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ARABIC_QUOTE_STYLES, isArabicQuoteStyle, type ArabicQuoteStyle } from '../../../electron/common/rules/smart-quotes.js';
import { describeError } from '../../i18n/errors';
import { library, useSections } from '../library/use-library';

const LABELS: Record<ArabicQuoteStyle, 'settings.arabicQuotesGuillemets' | 'settings.arabicQuotesReversed'> = {
  guillemets: 'settings.arabicQuotesGuillemets',
  reversed: 'settings.arabicQuotesReversed',
};

/**
 * The desk's Arabic quotation marks, which smart quotes type in Arabic blocks: a library setting
 * (everyone on the library types the same marks), saved at once like the sections.
 */
export function ArabicQuotesSetting() {
  const { t } = useTranslation();
  const id = useId();
  const { arabicQuotes } = useSections();
  const [problem, setProblem] = useState<string | null>(null);
  const change = async (value: string): Promise<void> => {
    if (!isArabicQuoteStyle(value)) return;
    setProblem(null);
    const failure = await library.saveArabicQuotes(value);
    if (failure) setProblem(t('settings.arabicQuotesFailed', { reason: describeError(t, failure) }));
  };
  return (
    <div className="field arabic-quotes">
      <label className="field__label" htmlFor={id}>
        {t('settings.arabicQuotes')}
      </label>
      <select id={id} value={arabicQuotes} aria-describedby={`${id}-hint`} onChange={(event) => void change(event.target.value)}>
        {ARABIC_QUOTE_STYLES.map((style) => (
          <option key={style} value={style}>
            {t(LABELS[style])}
          </option>
        ))}
      </select>
      <span id={`${id}-hint`} className="field__hint">
        {t('settings.arabicQuotesHint')}
      </span>
      {problem && (
        <p role="alert" className="field__error">
          {problem}
        </p>
      )}
    </div>
  );
}
