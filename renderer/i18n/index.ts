import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from './ar.json';
import en from './en.json';
import exportAr from './export.ar.json';
import exportEn from './export.en.json';
import mediaAr from './media.ar.json';
import mediaEn from './media.en.json';
import panelsAr from './panels.ar.json';
import panelsEn from './panels.en.json';
import sendAr from './send.ar.json';
import sendEn from './send.en.json';
import searchAr from './search.ar.json';
import searchEn from './search.en.json';
import reviewAr from './review.ar.json';
import reviewEn from './review.en.json';
import splitAr from './split.ar.json';
import splitEn from './split.en.json';
import { formatNumbersInUiLanguage } from './format';
import { directionOf, initialUiLanguage, rememberUiLanguage, type UiLanguage } from './language';

/**
 * i18next with both languages bundled (the app works offline, and there are only two). The
 * document's `lang` and `dir` follow the UI language so the whole chrome mirrors for Arabic; the
 * stylesheets use logical properties (margin-inline-start…) and need no RTL copy.
 */
function applyLanguageToPage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export async function setUpI18n(): Promise<void> {
  i18next.on('languageChanged', applyLanguageToPage);
  await i18next.use(initReactI18next).init({
    // One file per area of the app (top-level keys never overlap), merged per language.
    resources: {
      en: { translation: { ...en, ...panelsEn, ...mediaEn, ...exportEn, ...sendEn, ...reviewEn, ...searchEn, ...splitEn } },
      ar: { translation: { ...ar, ...panelsAr, ...mediaAr, ...exportAr, ...sendAr, ...reviewAr, ...searchAr, ...splitAr } },
    },
    lng: initialUiLanguage(),
    fallbackLng: 'en',
    supportedLngs: ['en', 'ar'],
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  formatNumbersInUiLanguage(i18next);
}

export async function changeUiLanguage(language: UiLanguage): Promise<void> {
  rememberUiLanguage(language);
  await i18next.changeLanguage(language);
}
