import type { Article } from '../electron/common/article.js';
import { emptyBody, paragraph, type ArticleBody } from '../electron/common/lexical-nodes.js';
import { bodyPlainText } from '../electron/common/rules/text.js';

/**
 * What the torture child writes: article `i`'s content after save number `counter` is a pure
 * function of the two, so the checker can tell which save a file holds. Save 0 is the article as
 * `create` made it (headline only); later saves put `torture:<i>:<counter>` in the dek and grow the
 * body a paragraph at a time (the last 40 are kept, so files stay around 20–40 KB).
 */

export const ARTICLES = 20;
const KEPT_PARAGRAPHS = 40;

const ENGLISH_HEADLINES = [
  'Cairo metro opens its fourth line',
  'Budget vote delayed after all-night session',
  'Floods close the coastal road near Alexandria',
  'Central bank holds rates for a third month',
  'Port strike enters its second week',
];
const ARABIC_HEADLINES = [
  'الكرملين يؤكد استعداده لتطبيع العلاقات مع جورجيا',
  'افتتاح الخط الرابع لمترو القاهرة',
  'تأجيل التصويت على الموازنة بعد جلسة مطولة',
  'السيول تغلق الطريق الساحلي قرب الإسكندرية',
  'البنك المركزي يبقي أسعار الفائدة دون تغيير',
];
const ENGLISH_SENTENCES = [
  'Trains run every four minutes at peak hours, the transport ministry said on Tuesday.',
  'The committee will meet again on Thursday to review the amendments.',
  '"We are ready to continue the talks," a spokesman told reporters in the capital.',
  'Officials said the repairs would take at least three weeks to complete.',
  'Traders expect the decision to weigh on the currency in the coming days.',
  'Residents were asked to avoid the area until the water level falls.',
];
const ARABIC_SENTENCES = [
  'وقال المتحدث باسم الكرملين إن موسكو مستعدة لاستئناف الحوار، في تصريحات للصحفيين يوم الثلاثاء.',
  'وأضاف أن اللجنة ستجتمع مجددا يوم الخميس لمراجعة التعديلات المقترحة؛ دون تحديد موعد نهائي.',
  'وتسير القطارات كل أربع دقائق في ساعات الذروة، بحسب وزارة النقل.',
  'وطلبت السلطات من السكان تجنب المنطقة حتى ينخفض منسوب المياه؟',
  'ويتوقع المتعاملون أن يضغط القرار على العملة خلال الأيام المقبلة.',
];

export function isArabic(i: number): boolean {
  return i % 2 === 1;
}

export function headlineOf(i: number, counter: number): string {
  const base = isArabic(i) ? ARABIC_HEADLINES[i % ARABIC_HEADLINES.length]! : ENGLISH_HEADLINES[i % ENGLISH_HEADLINES.length]!;
  const numbered = `${base} ${i + 1}`;
  if (counter === 0) return numbered;
  return isArabic(i) ? `${numbered} — تحديث ${counter}` : `${numbered} — update ${counter}`;
}

export function dekOf(i: number, counter: number): string {
  return counter === 0 ? '' : `torture:${i}:${counter}`;
}

function paragraphText(i: number, k: number): string {
  const pool = isArabic(i) ? ARABIC_SENTENCES : ENGLISH_SENTENCES;
  const first = pool[(i * 7 + k) % pool.length]!;
  const second = pool[(i * 3 + k * 5) % pool.length]!;
  return `${k}. ${first} ${second}`;
}

export function bodyOf(i: number, counter: number): ArticleBody {
  if (counter === 0) return emptyBody();
  const direction = isArabic(i) ? 'rtl' : 'ltr';
  const children = [];
  for (let k = Math.max(1, counter - KEPT_PARAGRAPHS + 1); k <= counter; k++) children.push(paragraph(paragraphText(i, k), direction));
  const body = emptyBody();
  body.root.direction = direction;
  body.root.children = children;
  return body;
}

/** The meaningful content of save `counter` of article `i` applied to the stored article. */
export function articleAt(base: Article, i: number, counter: number): Article {
  return { ...base, headline: headlineOf(i, counter), dek: dekOf(i, counter), language: isArabic(i) ? 'ar' : 'en', body: bodyOf(i, counter) };
}

/** What is compared: headline, dek (with the save counter) and body text. */
export function meaning(article: Pick<Article, 'headline' | 'dek' | 'body'>): string {
  return `${article.headline}\n${article.dek}\n${bodyPlainText(article.body)}`;
}

export function expectedMeaning(i: number, counter: number): string {
  return meaning({ headline: headlineOf(i, counter), dek: dekOf(i, counter), body: bodyOf(i, counter) });
}

/** Which article and save a stored article is, from its dek (or its headline for save 0); null if not ours. */
export function identify(article: Pick<Article, 'headline' | 'dek'>): { i: number; counter: number } | null {
  const match = /^torture:(\d+):(\d+)$/.exec(article.dek);
  if (match) return { i: Number(match[1]), counter: Number(match[2]) };
  for (let i = 0; i < ARTICLES; i++) if (article.dek === '' && article.headline === headlineOf(i, 0)) return { i, counter: 0 };
  return null;
}
