import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeUiLanguage } from '../../i18n';
import { asUiLanguage, UI_LANGUAGES } from '../../i18n/language';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { TargetsSettings } from '../send/TargetsSettings';
import { ArabicQuotesSetting } from './ArabicQuotesSetting';
import { SectionsEditor } from './SectionsEditor';
import './settings.css';

/**
 * Settings: the UI language (this laptop, applies at once and is remembered), the
 * targets Send to CMS delivers to, and the library's sections and Arabic quotation marks (shared
 * by everyone using the library, saved in it at each change).
 */
export function SettingsDialog({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <Dialog title={t('settings.title')} onClose={onClose} className="settings-dialog">
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('settings.language')}
        </label>
        <select id={id} value={asUiLanguage(i18n.language)} onChange={(event) => void changeUiLanguage(asUiLanguage(event.target.value))}>
          {UI_LANGUAGES.map((language) => (
            // Each language is named in itself, so it can be found by someone who reads only that one.
            <option key={language} value={language} lang={language}>
              {t(`languages.${language}`)}
            </option>
          ))}
        </select>
      </div>
      <TargetsSettings />
      <SectionsEditor />
      <ArabicQuotesSetting />
      <DialogActions>
        <Button variant="primary" onClick={onClose}>
          {t('settings.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
