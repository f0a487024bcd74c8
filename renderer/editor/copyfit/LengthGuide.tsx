import { useTranslation } from 'react-i18next';
import { directionOf } from '../../i18n/language';
import { lengthStatus } from './length-guide';
import './length-guide.css';

interface LengthGuideProps {
  /** The text being measured. */
  value: string;
  /** The copyfit target in characters (see LENGTH_TARGETS). */
  target: number;
  /** What is measured ("Caption"): read before the count by screen readers, not shown. */
  label?: string;
  /** Give the field `aria-describedby={id}` so the count is read with it. */
  id?: string;
  className?: string;
  /**
   * Which way the bar fills. Defaults to the UI's direction (panels, dialogs); a guide under
   * article text laid out in the article's direction (the headline) passes that one.
   */
  dir?: 'ltr' | 'rtl';
}

/**
 * A copyfit bar: "58 / 60 · 2 left" or "72 / 60 · 12 over", with a bar that fills to the target
 * and turns red past it. Screen readers get one sentence, "58 of 60 characters, 2 left". Reusable
 * for any text with a length target (headline, SEO title, meta description, excerpt, captions).
 */
export function LengthGuide({ value, target, label, id, className, dir }: LengthGuideProps) {
  const { t, i18n } = useTranslation();
  const status = lengthStatus(value, target);
  const state = status.over > 0 ? 'over' : status.count === 0 ? 'empty' : 'within';
  const remainder = status.over > 0 ? t('guides.over', { n: status.over }) : t('guides.left', { n: status.left });
  const spoken = t('guides.spoken', { count: status.count, target, remainder });
  const ui = { dir: directionOf(i18n.language), lang: i18n.language };
  return (
    <div id={id} className={['length-guide', `length-guide--${state}`, className].filter(Boolean).join(' ')} dir={dir ?? ui.dir}>
      <span className="visually-hidden" {...ui}>
        {label ? t('guides.labelled', { label, text: spoken }) : spoken}
      </span>
      <span className="length-guide__bar" aria-hidden="true">
        <span className="length-guide__fill" style={{ inlineSize: `${Math.round(status.fill * 100)}%` }} />
      </span>
      {/* The words are UI text: in the UI's direction even under an article of the other language. */}
      <span className="length-guide__text" aria-hidden="true" {...ui}>
        {t('guides.count', { count: status.count, target })} · {remainder}
      </span>
    </div>
  );
}
