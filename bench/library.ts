import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Article, SCHEMA_VERSION, type ArticleStatus } from '../electron/common/article.js';
import { ARTICLE_STATUSES } from '../electron/common/rules/article-lists.js';
import { paragraph, type SerializedBlockNode, type SerializedPhotoNode } from '../electron/common/lexical-nodes.js';
import { slugify, slugWithSuffix } from '../electron/common/rules/slug.js';
import { ARTICLE_FILE, BUNDLE_EXT, MEDIA_DIR } from '../electron/core/library/layout.js';
import { mapLimit } from '../electron/core/library/map-limit.js';
import { serializeArticle } from '../electron/core/library/serialize.js';
import { seeded } from './drafts.js';

/**
 * A synthetic library for the benchmark and the search specs: English and Arabic articles with
 * varied status, section, tags, contributors and dates, some with a photo, all from one seed so
 * runs are comparable. Written straight as bundles (`<folder>.article/article.json` + `media/`),
 * the way another program (a sync client) would put them there.
 */

export const SECTIONS = ['Politics', 'Economy', 'World', 'Culture', 'Sport', 'Technology', 'Health', 'Opinion'] as const;

const EN_WORDS = (
  'government minister talks border trade market prices energy grid harbour election council budget ' +
  'hospital doctors vaccine school teachers students river drought harvest wheat farmers festival ' +
  'museum gallery novel poet stadium league final coach striker startup software network satellite ' +
  'bank inflation currency exports pipeline refinery summit treaty ceasefire envoy parliament court ' +
  'judge ruling protest square railway airport tourism heritage climate flood storm coast port'
).split(' ');
/** Some with their diacritics, as careful copy carries them, so searches must see past them. */
const AR_WORDS = (
  'الحكومة الوزير مُفاوضات الحدود التجارة السوق الأسعار الطاقة الميناء الانتخابات المجلس الميزانية ' +
  'المستشفى الأطباء اللقاح المدرسة المُعلّمون الطلاب النهر الجفاف الحصاد القمح المزارعون المهرجان ' +
  'المتحف المعرض الرواية الشاعر الملعب الدوري النهائي المُدرّب الشركة الشبكة القمر البنك التضخّم ' +
  'العملة الصادرات خطّ المصفاة القمّة المعاهدة الهدنة المبعوث البرلمان المحكمة القاضي الحُكم ' +
  'الاحتجاج الساحة السكة المطار السياحة التراث المناخ الفيضان العاصفة الساحل إنتاج أسواق مؤتمر رئيس'
).split(' ');
/** Rarer words made of syllables, so terms are spread over the articles the way a real vocabulary is. */
const EN_SYLLABLES = 'ka ro mi ten sul var do be lin mar qu es tor al fi gra pen nu ob har'.split(' ');
const AR_LETTERS = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي'.split('');
const RARE_WORDS = 4000;

const EN_NAMES = ['Nada Mustafa', 'Omar Hassan', 'Laura Chen', 'David Okafor', 'Sara Lindqvist', 'Karim Aziz', 'Maya Patel'];
const AR_NAMES = ['ندى مصطفى', 'عمر حسن', 'ليلى عبد الله', 'كريم عزيز', 'سلمى يوسف', 'أحمد منصور'];
const EN_TAGS = ['Elections', 'Trade', 'Energy', 'Climate', 'Health', 'Football', 'Books', 'Courts', 'Transport', 'Tech'];
const AR_TAGS = ['انتخابات', 'تجارة', 'طاقة', 'مناخ', 'صحة', 'كرة القدم', 'كتب', 'قضاء', 'نقل', 'تقنية'];

/** A 1×1 PNG: some articles show it as a photo; its name is its content hash, as the app stores photos. */
const PHOTO_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const PHOTO_FILE = `${createHash('sha256').update(PHOTO_BYTES).digest('hex').slice(0, 32)}.png`;

const WRITE_CONCURRENCY = 32;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Dates spread over the two years before this day, so runs are comparable whatever the date. */
const EPOCH = Date.parse('2025-06-01T00:00:00Z');

export interface GeneratedArticle {
  folder: string;
  headline: string;
  language: Article['language'];
  status: ArticleStatus;
  section: string;
}

/** Writes `count` articles into `dir` (created when missing); the same seed gives the same library. */
export async function generateLibrary(dir: string, count: number, seed: number): Promise<GeneratedArticle[]> {
  await mkdir(dir, { recursive: true });
  const random = seeded(seed);
  const vocabulary = { en: [...EN_WORDS, ...rareWords(random, 'en')], ar: [...AR_WORDS, ...rareWords(random, 'ar')] };
  const articles = Array.from({ length: count }, (_, i) => makeArticle(random, vocabulary, i));
  await mapLimit(articles, WRITE_CONCURRENCY, async ({ folder, article }) => {
    const bundle = path.join(dir, `${folder}${BUNDLE_EXT}`);
    await mkdir(path.join(bundle, MEDIA_DIR), { recursive: true });
    if (hasPhoto(article)) await writeFile(path.join(bundle, MEDIA_DIR, PHOTO_FILE), PHOTO_BYTES);
    await writeFile(path.join(bundle, ARTICLE_FILE), serializeArticle(article));
  });
  return articles.map(({ folder, article }) => ({
    folder,
    headline: article.headline,
    language: article.language,
    status: article.status,
    section: article.section ?? '',
  }));
}

/** Writes one article as a bundle in `dir`, as another program would (no backup, no housekeeping). */
export async function writeArticleBundle(dir: string, folder: string, article: Article): Promise<void> {
  const bundle = path.join(dir, `${folder}${BUNDLE_EXT}`);
  await mkdir(path.join(bundle, MEDIA_DIR), { recursive: true });
  await writeFile(path.join(bundle, ARTICLE_FILE), serializeArticle(article));
}

/** An article with the given text, for specs that need one they can find by its words. */
export function articleWith(fields: { headline: string; paragraphs: string[] } & Partial<Omit<Article, 'body'>>, seed = 1): Article {
  const { paragraphs, ...rest } = fields;
  const stamp = new Date(EPOCH).toISOString();
  return {
    ...baseArticle(uuid(seeded(seed)), stamp),
    ...rest,
    body: bodyOf(paragraphs.map((text) => paragraph(text, rest.language === 'ar' ? 'rtl' : 'ltr'))),
  };
}

function makeArticle(random: () => number, vocabulary: Record<'en' | 'ar', string[]>, i: number): { folder: string; article: Article } {
  const arabic = random() < 0.35;
  const words = vocabulary[arabic ? 'ar' : 'en'];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  // Skewed towards the start of the list: common words often, rare ones seldom.
  const word = () => words[Math.floor(words.length * random() ** 1.5)]!;
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
  const headline = capitalise(sentence(6 + Math.floor(random() * 5)));
  const status = pick(ARTICLE_STATUSES);
  const updated = EPOCH - Math.floor(random() * 730 * DAY_MS);
  const publishAt = status === 'draft' && random() < 0.7 ? null : new Date(updated + Math.floor(random() * 10) * DAY_MS).toISOString();
  const blocks: SerializedBlockNode[] = Array.from({ length: 3 + Math.floor(random() * 6) }, () =>
    paragraph(`${capitalise(sentence(20 + Math.floor(random() * 40)))}.`, arabic ? 'rtl' : 'ltr'),
  );
  if (random() < 0.15) blocks.splice(1, 0, photo(sentence(8)));
  const names = arabic ? AR_NAMES : EN_NAMES;
  const tags = arabic ? AR_TAGS : EN_TAGS;
  const article: Article = {
    ...baseArticle(uuid(random), new Date(updated - DAY_MS).toISOString()),
    headline,
    status,
    language: arabic ? 'ar' : 'en',
    byline: [...new Set(Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(names)))].map((name) => ({
      name,
      role: 'writer' as const,
      affiliation: '',
    })),
    publishAt,
    dek: capitalise(sentence(12)),
    section: pick(SECTIONS),
    tags: [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(tags)))],
    updatedAt: new Date(updated).toISOString(),
    body: bodyOf(blocks),
  };
  return { folder: slugWithSuffix(slugify(headline), i + 2), article };
}

function rareWords(random: () => number, language: 'en' | 'ar'): string[] {
  const part = () => (language === 'en' ? EN_SYLLABLES : AR_LETTERS)[Math.floor(random() * (language === 'en' ? EN_SYLLABLES.length : AR_LETTERS.length))]!;
  return Array.from({ length: RARE_WORDS }, () => Array.from({ length: 3 + Math.floor(random() * 3) }, part).join(''));
}

/** An empty draft with every default of the schema (as the library store creates one). */
function baseArticle(id: string, stamp: string): Article {
  return Article.parse({ schemaVersion: SCHEMA_VERSION, id, headline: '', body: bodyOf([paragraph('')]), createdAt: stamp, updatedAt: stamp });
}

function bodyOf(children: SerializedBlockNode[]): Article['body'] {
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } };
}

function photo(caption: string): SerializedPhotoNode {
  return {
    type: 'photo',
    version: 1,
    file: PHOTO_FILE,
    width: 1,
    height: 1,
    caption: { root: { type: 'root', children: [paragraph(caption)] } },
    credit: 'Staff photographer',
    altText: caption,
    isLead: false,
  };
}

function hasPhoto(article: Article): boolean {
  return article.body.root.children.some((block) => block.type === 'photo');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A version 4 UUID from the seeded generator. */
function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)]!;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

