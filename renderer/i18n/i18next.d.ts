import 'i18next';
import type en from './en.json';
import type exportEn from './export.en.json';
import type mediaEn from './media.en.json';
import type panelsEn from './panels.en.json';
import type sendEn from './send.en.json';
import type reviewEn from './review.en.json';
import type searchEn from './search.en.json';
import type splitEn from './split.en.json';

// Type-checks every `t('…')` key against the English strings, the reference resource.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en & typeof panelsEn & typeof mediaEn & typeof exportEn & typeof sendEn & typeof reviewEn & typeof searchEn & typeof splitEn };
  }
}
