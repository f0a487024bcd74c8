/**
 * The UI language: chosen in Settings and remembered in localStorage; until then it follows the
 * system (any Arabic locale gives Arabic, everything else English). It is independent of an
 * article's own language, which only sets the direction of that article's text.
 */
export const UI_LANGUAGES = ['en', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const STORAGE_KEY = 'masthead.uiLanguage';

function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

export function initialUiLanguage(): UiLanguage {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be unavailable (privacy settings); the system language still works.
  }
  if (isUiLanguage(stored)) return stored;
  return navigator.language.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export function rememberUiLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered across launches, but the choice still applies now.
  }
}

export function directionOf(language: string): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

export function asUiLanguage(language: string): UiLanguage {
  return isUiLanguage(language) ? language : 'en';
}
