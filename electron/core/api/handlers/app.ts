import type { ArticleLanguage } from '../../../common/article.js';
import type { AppInfo } from '../../../common/ipc.js';
import type { HandlerSet } from '../dispatcher.js';

export interface AppPort {
  info: AppInfo;
  /** The renderer has saved after app:beforeClose; the transport may now close. */
  closeReady(): void;
  /**
   * Spell check the editor in these languages (Electron's spellchecker). A browser follows each
   * field's `lang` attribute by itself, so the browser host does nothing.
   */
  setSpellcheckLanguages(languages: ArticleLanguage[]): void;
}

type AppChannels = 'app:info' | 'app:closeReady' | 'app:setSpellcheckLanguages';

export function appHandlers(port: AppPort): Pick<HandlerSet, AppChannels> {
  return {
    'app:info': async () => port.info,
    'app:closeReady': async () => {
      port.closeReady();
      return null;
    },
    'app:setSpellcheckLanguages': async ({ languages }) => {
      port.setSpellcheckLanguages(languages);
      return null;
    },
  };
}
