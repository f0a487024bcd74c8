import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import type { Notice } from './use-notices';
import './notices.css';

/** How long "Moved to Trash" stays up; errors stay until dismissed, they may need reading twice. */
const TRASH_NOTICE_MS = 10_000;

interface NoticeAreaProps {
  notice: Notice | null;
  onDismiss(id: number): void;
  onUndoTrash(trashId: string): void;
  onOpenSettings(): void;
}

/**
 * A labelled live region that is always in the page (announcements need the region to exist
 * before its content changes). Not role=status: that role belongs to the save state.
 */
export function NoticeArea({ notice, onDismiss, onUndoTrash, onOpenSettings }: NoticeAreaProps) {
  const { t } = useTranslation();

  useEffect(() => {
    if (notice?.kind !== 'trashed') return;
    const timer = setTimeout(() => onDismiss(notice.id), TRASH_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, onDismiss]);

  return (
    <section className="notice-area" aria-label={t('notice.region')} aria-live="polite">
      {notice?.kind === 'trashed' && (
        <div className="notice">
          <span className="notice__text">{t('notice.movedToTrash')}</span>
          <Button
            variant="quiet"
            className="notice__action"
            onClick={() => {
              onDismiss(notice.id);
              onUndoTrash(notice.trashId);
            }}
          >
            {t('notice.undo')}
          </Button>
        </div>
      )}
      {notice?.kind === 'noTargets' && (
        <div className="notice">
          <span className="notice__text">{t('sendToCms.noTargets')}</span>
          <Button
            variant="quiet"
            className="notice__action"
            onClick={() => {
              onDismiss(notice.id);
              onOpenSettings();
            }}
          >
            {t('sendToCms.openSettings')}
          </Button>
          <Button variant="quiet" className="notice__action" onClick={() => onDismiss(notice.id)}>
            {t('notice.dismiss')}
          </Button>
        </div>
      )}
      {notice?.kind === 'error' && (
        <div className="notice notice--error" role="alert">
          <span className="notice__text">{notice.text}</span>
          <Button variant="quiet" className="notice__action" onClick={() => onDismiss(notice.id)}>
            {t('notice.dismiss')}
          </Button>
        </div>
      )}
    </section>
  );
}
