import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

interface DamagedArticleProps {
  reason: string;
  hasBackup: boolean;
  onOpenBackup(): void;
}

/** Shown instead of the editor for a damaged file: nothing is ever saved over it from here. */
export function DamagedArticle({ reason, hasBackup, onOpenBackup }: DamagedArticleProps) {
  const { t } = useTranslation();
  return (
    <div className="pane-message">
      <div className="damaged" role="alert">
        <h2 className="damaged__title">{t('damaged.title')}</h2>
        <p className="damaged__reason" dir="auto">
          {reason}
        </p>
        {hasBackup ? (
          <Button variant="primary" onClick={onOpenBackup}>
            {t('damaged.openBackup')}
          </Button>
        ) : (
          <p className="damaged__untouched">{t('damaged.untouched')}</p>
        )}
      </div>
    </div>
  );
}
