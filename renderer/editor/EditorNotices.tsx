import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useArticleMedia, type EditorNotice } from './article-media';

/** Information (images left out of a paste) goes away by itself; errors stay until dismissed. */
const INFO_MS = 12_000;

function Notice({ notice, onDismiss }: { notice: EditorNotice; onDismiss(id: number): void }) {
  const { t } = useTranslation();
  useEffect(() => {
    if (notice.kind !== 'info') return;
    const timer = setTimeout(() => onDismiss(notice.id), INFO_MS);
    return () => clearTimeout(timer);
  }, [notice, onDismiss]);
  return (
    <div className={`editor-notice editor-notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : undefined}>
      <span className="editor-notice__text">{notice.text}</span>
      <button type="button" className="editor-notice__dismiss" onClick={() => onDismiss(notice.id)}>
        {t('photo.dismiss')}
      </button>
    </div>
  );
}

/**
 * Messages about the body's photos and pastes, just above the body and kept in view while it
 * scrolls: a refused photo (role alert, so it is announced), images a paste left out.
 */
export function EditorNotices() {
  const { notices, dismiss } = useArticleMedia();
  // Always in the page: a live region must exist before its content changes to be announced.
  return (
    <div className="editor-notices" aria-live="polite">
      {notices.map((notice) => (
        <Notice key={notice.id} notice={notice} onDismiss={dismiss} />
      ))}
    </div>
  );
}
