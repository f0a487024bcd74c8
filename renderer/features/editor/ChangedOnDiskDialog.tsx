import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';

interface ChangedOnDiskDialogProps {
  /** The file was removed rather than changed. */
  deleted: boolean;
  onReload(): void;
  onKeepMine(): void;
  onCloseArticle(): void;
}

/**
 * Another program wrote (or removed) the open article's file. Nothing is overwritten or thrown
 * away until the user picks, so Escape does not dismiss this question.
 */
export function ChangedOnDiskDialog({ deleted, onReload, onKeepMine, onCloseArticle }: ChangedOnDiskDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('conflict.title')}
      description={deleted ? t('conflict.deleted') : t('conflict.changed')}
      role="alertdialog"
      dismissible={false}
      onClose={() => undefined}
    >
      <DialogActions>
        {deleted ? (
          <Button onClick={onCloseArticle}>{t('conflict.close')}</Button>
        ) : (
          <Button onClick={onReload}>{t('conflict.reload')}</Button>
        )}
        <Button variant="primary" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
