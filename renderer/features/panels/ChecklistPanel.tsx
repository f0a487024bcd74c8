import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Check } from './checklist';
import { Panel } from './Panel';

interface ChecklistPanelProps {
  checks: Check[];
  /** Takes the user to the field that fixes a failed check. */
  onJump(check: Check): void;
}

function describe(t: TFunction, check: Check): string {
  switch (check.id) {
    case 'photos':
      if (check.passed) return t('checklist.photos.pass');
      if (!('lead' in check)) return t(`checklist.photos.${check.missing}`);
      return t(({ file: 'checklist.photos.leadFile', altText: 'checklist.photos.leadAltText', caption: 'checklist.photos.leadCaption' } as const)[check.missing]);
    case 'emptyParagraphs':
      return check.passed ? t('checklist.emptyParagraphs.pass') : t(`checklist.emptyParagraphs.${check.where}`);
    case 'links':
      return check.passed ? t('checklist.links.pass') : t('checklist.links.fail', { url: shorten(check.urls[0] ?? '') });
    default:
      return t(`checklist.${check.id}.${check.passed ? 'pass' : 'fail'}`);
  }
}

const shorten = (url: string): string => (url.length > 48 ? `${url.slice(0, 47)}…` : url);

/**
 * "Ready to publish": each check passed or failed, with an icon and words (never colour alone).
 * A failed check is a button that goes to the field that fixes it.
 */
export function ChecklistPanel({ checks, onJump }: ChecklistPanelProps) {
  const { t } = useTranslation();
  const passed = checks.filter((check) => check.passed).length;
  return (
    <Panel
      title={t('checklist.title')}
      className="checklist-panel"
      aside={
        <span className={`checklist__score${passed === checks.length ? ' checklist__score--done' : ''}`}>
          {t('checklist.summary', { passed, total: checks.length })}
        </span>
      }
    >
      <ul className="checklist">
        {checks.map((check) => {
          const text = describe(t, check);
          return (
            <li key={check.id} className={`checklist__item checklist__item--${check.passed ? 'passed' : 'failed'}`}>
              <span className="checklist__icon" aria-hidden="true">
                {check.passed ? '✓' : '!'}
              </span>
              {check.passed ? (
                <span className="checklist__text">{text}</span>
              ) : (
                <button type="button" className="checklist__jump" onClick={() => onJump(check)}>
                  {text}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
