import { Article, SCHEMA_VERSION } from '../../../electron/common/article.js';
import { paragraph, textNode, type SerializedInlineNode } from '../../../electron/common/lexical-nodes.js';

export const PHOTO_FILE = 'a1b2c3d4e5f60718293a4b5c6d7e8f90.jpg';
export const BODY_PHOTO_FILE = '0f1e2d3c4b5a69788796a5b4c3d2e1f0.png';

export const link = (url: string, text: string, type: 'link' | 'autolink' = 'link'): SerializedInlineNode => ({
  type,
  url,
  rel: null,
  target: null,
  title: null,
  children: [textNode(text)],
  version: 1,
  direction: null,
  format: '',
  indent: 0,
});

const caption = (...children: SerializedInlineNode[]) => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ ...paragraph(''), children }] },
});

/** The seed article as the editor stores it, with a lead body photo, a quote, a list and links. */
export function englishArticle(overrides: Partial<Record<string, unknown>> = {}): Article {
  return Article.parse({
    schemaVersion: SCHEMA_VERSION,
    id: '0b9c3a58-54d2-4c6b-9d47-6b1f8f6e3a10',
    headline: 'Kremlin Reaffirms Readiness to Normalize Ties with Georgia',
    status: 'ready-to-publish',
    language: 'en',
    byline: [
      { name: 'Nada Mustafa', role: 'writer', affiliation: 'Reuters' },
      { name: 'Omar Hassan', role: 'reporter' },
      { name: 'Laila Said', role: 'photographer' },
      { name: 'Sami Adel', role: 'translator' },
    ],
    publishAt: '2025-04-15T08:18:00+02:00',
    timeZone: 'Africa/Cairo',
    dek: 'Moscow says there is no timeline <yet> & talks may follow',
    excerpt: 'Russia remains open to normalizing relations with Georgia.',
    cmsSlug: 'kremlin-georgia',
    section: 'World',
    tags: ['Russia', 'Georgia'],
    dateline: 'MOSCOW',
    embargoUntil: '2025-04-15T10:00:00+02:00',
    priority: 'urgent',
    sources: ['TASS'],
    createdAt: '2025-04-15T06:00:00.000Z',
    updatedAt: '2025-04-15T06:30:00.000Z',
    body: {
      root: {
        type: 'root',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [
          {
            type: 'photo',
            version: 1,
            file: PHOTO_FILE,
            width: 1200,
            height: 800,
            caption: caption(textNode('The Russian '), textNode('Kremlin', 1), textNode(' headquarters')),
            credit: 'AFP',
            altText: 'The Kremlin "at dusk"',
            isLead: true,
          },
          {
            ...paragraph('', 'ltr'),
            children: [
              textNode('Kremlin spokesman '),
              textNode('Dmitry Peskov', 1),
              textNode(' stated that Russia <script>alert(1)</script> remains open & '),
              textNode('ready', 2),
              textNode(' — see '),
              link('https://tass.com/politics?a=1&b=2', 'TASS'),
              textNode('.'),
            ],
          },
          { type: 'heading', tag: 'h2', version: 1, direction: 'ltr', children: [textNode('Background')] },
          {
            type: 'quote',
            version: 1,
            direction: 'ltr',
            children: [textNode('“There is no concrete timeframe for normalizing relations with Georgia,” Peskov said.')],
          },
          {
            type: 'list',
            listType: 'bullet',
            tag: 'ul',
            start: 1,
            version: 1,
            direction: 'ltr',
            children: [
              { type: 'listitem', value: 1, version: 1, children: [textNode('Abkhazia')] },
              {
                type: 'listitem',
                value: 2,
                version: 1,
                children: [
                  textNode('South Ossetia'),
                  {
                    type: 'list',
                    listType: 'number',
                    tag: 'ol',
                    start: 1,
                    version: 1,
                    children: [{ type: 'listitem', value: 1, version: 1, children: [textNode('Tskhinvali')] }],
                  },
                ],
              },
            ],
          },
          {
            type: 'photo',
            version: 1,
            file: BODY_PHOTO_FILE,
            width: null,
            height: null,
            caption: caption(textNode('Tbilisi by night')),
            credit: 'Reuters',
            altText: 'Lights along the river in Tbilisi',
            isLead: false,
          },
          { ...paragraph('', 'ltr'), children: [textNode('1. Not a list *nor* # heading [x]', 0)] },
        ],
      },
    },
    ...overrides,
  });
}

/** An Arabic article with an English quote inside it. */
export function arabicArticle(): Article {
  return Article.parse({
    schemaVersion: SCHEMA_VERSION,
    id: '4f0c9b1e-7d2a-4a8e-9c3b-2e1f0a9b8c7d',
    headline: 'الكرملين يؤكد استعداده لتطبيع العلاقات مع جورجيا',
    language: 'ar',
    byline: [
      { name: 'ندى مصطفى', role: 'writer', affiliation: 'رويترز' },
      { name: 'عمر حسن', role: 'reporter' },
      { name: 'سامي عادل', role: 'contributor' },
    ],
    publishAt: '2025-04-15T08:18:00+02:00',
    timeZone: 'Africa/Cairo',
    dateline: 'موسكو',
    leadPhoto: { file: PHOTO_FILE, caption: 'مقر الكرملين', credit: 'فرانس برس', altText: 'الكرملين عند الغروب' },
    createdAt: '2025-04-15T06:00:00.000Z',
    updatedAt: '2025-04-15T06:30:00.000Z',
    body: {
      root: {
        type: 'root',
        version: 1,
        direction: 'rtl',
        format: '',
        indent: 0,
        children: [
          paragraph('قال المتحدث باسم الكرملين إن روسيا منفتحة على تطبيع العلاقات.', 'rtl'),
          { type: 'quote', version: 1, direction: 'ltr', children: [textNode('We are interested in building good relations.')] },
          paragraph('وأضاف أن لا جدول زمنياً محدداً.', 'rtl'),
        ],
      },
    },
  });
}

export { link as linkNode };

/**
 * An Arabic article with English in it, as the desk writes one: an Arabic paragraph with an
 * English name in bold across two text nodes, an English quote, an English paragraph with a link,
 * headings in both scripts, a list with an English item, a body photo with an Arabic caption, a
 * separate lead photo, and a byline with a Latin name. `stored` false leaves every direction null,
 * as articles saved before the editor stored directions are.
 */
export function bilingualArticle(stored: boolean): Article {
  const d = (dir: 'ltr' | 'rtl') => (stored ? dir : null);
  return Article.parse({
    schemaVersion: SCHEMA_VERSION,
    id: '7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
    headline: 'الكرملين: مستعدون لتطبيع العلاقات مع جورجيا',
    status: 'ready-to-publish',
    language: 'ar',
    byline: [
      { name: 'John Smith', role: 'writer', affiliation: 'Reuters' },
      { name: 'ندى مصطفى', role: 'reporter' },
      { name: 'Laila Said', role: 'photographer' },
    ],
    publishAt: '2025-04-15T08:18:00+02:00',
    timeZone: 'Africa/Cairo',
    dek: 'موسكو تقول إن لا جدول زمنياً بعد',
    excerpt: 'روسيا منفتحة على تطبيع العلاقات مع جورجيا.',
    section: 'العالم',
    tags: ['روسيا', 'Georgia'],
    dateline: 'موسكو',
    leadPhoto: { file: PHOTO_FILE, caption: 'مقر الكرملين', credit: 'فرانس برس', altText: 'الكرملين عند الغروب' },
    createdAt: '2025-04-15T06:00:00.000Z',
    updatedAt: '2025-04-15T06:30:00.000Z',
    body: {
      root: {
        type: 'root',
        version: 1,
        direction: d('rtl'),
        format: '',
        indent: 0,
        children: [
          {
            ...paragraph('', d('rtl')),
            children: [textNode('قال المتحدث '), textNode('Dmitry', 1), textNode(' Peskov، إن روسيا منفتحة على الحوار.')],
          },
          { type: 'quote', version: 1, direction: d('ltr'), children: [textNode('“We are ready to talk,” he said.')] },
          {
            ...paragraph('', d('ltr')),
            children: [textNode('The talks ended late on Tuesday, officials said. See '), link('https://tass.com/politics', 'TASS'), textNode('.')],
          },
          { type: 'heading', tag: 'h2', version: 1, direction: d('rtl'), children: [textNode('خلفية')] },
          { type: 'heading', tag: 'h3', version: 1, direction: d('ltr'), children: [textNode('Background')] },
          {
            type: 'list',
            listType: 'bullet',
            tag: 'ul',
            start: 1,
            version: 1,
            direction: d('rtl'),
            children: [
              { type: 'listitem', value: 1, version: 1, direction: d('rtl'), children: [textNode('أبخازيا')] },
              { type: 'listitem', value: 2, version: 1, direction: d('ltr'), children: [textNode('South Ossetia (Tskhinvali)')] },
            ],
          },
          {
            type: 'photo',
            version: 1,
            file: BODY_PHOTO_FILE,
            width: 640,
            height: 400,
            caption: {
              root: { type: 'root', version: 1, direction: d('rtl'), format: '', indent: 0, children: [{ ...paragraph('', d('rtl')), children: [textNode('وفد جورجيا في موسكو')] }] },
            },
            credit: 'AFP',
            altText: 'وفد جورجيا',
            isLead: false,
          },
        ],
      },
    },
  });
}
