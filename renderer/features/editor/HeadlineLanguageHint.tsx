import { useTranslation } from 'react-i18next';
import type { ArticleLanguage } from '../../../electron/common/article.js';
import { hasRtlLetters, textDirection } from '../../../electron/common/rules/direction.js';
import { Button } from '../../ui/Button';

/**
 * The language a headline is plainly written in when it is not the article's: an Arabic headline
 * (its first letter Arabic) in an article marked English, or a headline with no Arabic letter at
 * all in an article marked Arabic (an English name inside an Arabic headline is no reason).
 */
export function headlineLanguageMismatch(headline: string, language: ArticleLanguage): ArticleLanguage | null {
  const first = textDirection(headline);
  if (language === 'en' && first === 'rtl') return 'ar';
  if (language === 'ar' && first === 'ltr' && !hasRtlLetters(headline)) return 'en';
  return null;
}

/**
 * Under the headline: "This headline is in Arabic. Switch the article to Arabic?" and the button
 * that does it (the article's language sets its direction, spelling, exports and CMS fields). In
 * the interface's language, which may differ from the article's around it.
 */
export function HeadlineLanguageHint({ headline, language, onSwitch }: { headline: string; language: ArticleLanguage; onSwitch(language: ArticleLanguage): void }) {
  const { t, i18n } = useTranslation();
  const other = headlineLanguageMismatch(headline, language);
  return (
    <div role="status" className="headline-hint" lang={i18n.language} dir={i18n.dir()}>
      {other && (
        <>
          <span>{t(other === 'ar' ? 'editor.headlineInArabic' : 'editor.headlineInEnglish')}</span>
          <Button onClick={() => onSwitch(other)}>{t(other === 'ar' ? 'editor.switchToArabic' : 'editor.switchToEnglish')}</Button>
        </>
      )}
    </div>
  );
}
