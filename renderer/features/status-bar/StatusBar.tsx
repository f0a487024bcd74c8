import { useTranslation } from 'react-i18next';
import { describeError } from '../../i18n/errors';
import { useFormatters } from '../../i18n/format';
import type { SaveState } from '../editor/article-session';
import type { TextStats } from '../editor/text-stats';
import { readingMinutes } from './reading-time';
import './status-bar.css';

interface StatusBarProps {
  /** Null when no article is open. */
  stats: TextStats | null;
  save: SaveState | null;
}

/** The save state as the status bar words it ("Saved 10:42", "Saving…"). */
export function useSaveText(save: SaveState | null): string {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!save) return '';
  switch (save.kind) {
    case 'saving':
      return t('saveState.saving');
    case 'saved':
      return t('saveState.saved', { time: format.saveTime(save.at) });
    case 'unsaved':
      return t('saveState.unsaved');
    case 'failed':
      return t('saveState.failed', { reason: describeError(t, save.error) });
  }
}

/**
 * The window's bottom line: length of headline and body, the reading time (at the article
 * language's reading speed), and whether the article is on disk. Its tooltip gives Word's counts:
 * words, characters without spaces and with them. Every number is in the UI language's digits.
 */
export function StatusBar({ stats, save }: StatusBarProps) {
  const { t } = useTranslation();
  const saveText = useSaveText(save);
  return (
    <footer className="status-bar">
      <span
        className="status-bar__stats"
        title={stats ? t('statusBar.counts', { words: stats.words, noSpaces: stats.charactersNoSpaces, withSpaces: stats.characters }) : undefined}
      >
        {stats &&
          t('stats.summary', {
            words: t('stats.words', { count: stats.words }),
            characters: t('stats.characters', { count: stats.characters }),
          })}
        {stats && stats.words > 0 && (
          <span className="status-bar__reading">{t('readingTime.minutes', { count: readingMinutes(stats.words, stats.language) })}</span>
        )}
      </span>
      <span role="status" className={`status-bar__save status-bar__save--${save?.kind ?? 'none'}`}>
        {saveText}
      </span>
    </footer>
  );
}
