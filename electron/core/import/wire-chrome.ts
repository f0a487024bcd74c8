/**
 * The lines a news site or an agency puts around a story, told by their known shapes: site chrome
 * (menus, "Share", "Advertisement", cookie and newsletter notices, copyright footers, in English
 * and Arabic), time stamps, bylines, datelines and agency credits. Every test here is of one
 * whole line, trimmed: a line is chrome only when it matches a known pattern and stands alone, so
 * "The ad campaign ran for weeks." or "He said he would share the plan." stay in the story.
 */

/** One-line site chrome, compared after `normalise` (lower case, Arabic letter forms folded, no end punctuation). */
const CHROME_LINES = new Set(
  [
    // Ad slots.
    'advertisement', 'ad', 'ads', 'advert', 'sponsored', 'sponsored content', 'promoted',
    'scroll to continue with content', 'story continues below advertisement', 'continue reading',
    'إعلان', 'إعلانات', 'مساحة إعلانية',
    // Sharing and following.
    'share', 'share this', 'share this article', 'share this story', 'share on facebook', 'share on twitter',
    'share on x', 'share on whatsapp', 'share on linkedin', 'share via email', 'save', 'copy link', 'print',
    'email', 'comments', 'follow us', 'follow', 'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin',
    'فيسبوك', 'تويتر', 'يوتيوب', 'إنستغرام', 'انستغرام', 'تيليغرام', 'واتساب', 'شارك', 'شارك الخبر', 'شارك المقال', 'مشاركة', 'تابعونا', 'تابعنا', 'طباعة', 'نسخ الرابط', 'حفظ', 'تعليقات',
    // Navigation.
    'menu', 'skip to content', 'skip to main content', 'skip to navigation', 'home', 'search', 'sign in', 'log in',
    'sign up', 'subscribe', 'register', 'close', 'news', 'sport', 'sports', 'business', 'world', 'politics', 'health',
    'culture', 'video', 'videos', 'live', 'tech', 'technology', 'science', 'opinion', 'middle east', 'africa',
    'europe', 'asia', 'americas', 'us', 'uk', 'weather', 'innovation', 'travel', 'earth', 'arts', 'audio',
    'entertainment', 'lifestyle', 'markets', 'sustainability', 'legal', 'breakingviews', 'podcasts', 'newsletters',
    'top stories', 'most read', 'most popular', 'trending', 'latest', 'latest news', 'my account',
    'listen to this article', 'watch', 'features', 'economy', 'climate', 'investigations', 'copy', 'link copied',
    'reddit', 'pinterest', 'flipboard', 'advertisement · scroll to continue', 'my news', 'donate',
    'الرئيسية', 'أخبار', 'سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'منوعات', 'فيديو', 'بحث', 'القائمة', 'مباشر',
    'آراء', 'تقارير', 'صحة', 'تكنولوجيا', 'علوم', 'الأكثر قراءة', 'الأكثر مشاهدة', 'النشرة البريدية', 'اشترك',
    'تسجيل الدخول', 'أحدث الأخبار', 'عاجل', 'الشرق الأوسط', 'العالم', 'بودكاست', 'وثائقيات', 'المزيد',
    // Footers.
    'all rights reserved', 'جميع الحقوق محفوظة', 'privacy policy', 'terms of use', 'contact us', 'about us',
    'سياسة الخصوصية', 'اتصل بنا', 'من نحن',
  ].map(normalise),
);

/** Lines after which the site lists other stories' headlines: dropped until the story's next sentence. */
const RELATED_MARKERS = new Set(
  [
    'read more', 'read more:', 'related', 'related stories', 'related articles', 'related topics', 'related content',
    'topics', 'more on this story', 'more stories', 'more from bbc', 'more from reuters', 'more from ap', 'you may also like',
    'recommended', 'what to read next', 'read next', 'see also', 'also read',
    'اقرأ أيضا', 'اقرأ أيضاً', 'إقرأ أيضا', 'اقرأ المزيد', 'ذات صلة', 'أخبار ذات صلة', 'مواضيع ذات صلة', 'قد يهمك',
    'الأكثر قراءة', 'المزيد من الأخبار',
  ].map(normalise),
);

const CHROME_PATTERNS: readonly RegExp[] = [
  /^(?:follow|like) us on\b.{0,60}$/i,
  /^(?:sign up|subscribe|register)\b.{0,40}\bnewsletters?\b.{0,40}$/i,
  /^get (?:our|the)\b.{0,40}\bnewsletter\b.{0,40}$/i,
  /^(?:we|this (?:web)?site) uses? cookies\b.*\b(?:experience|consent|agree|accept|privacy|policy|settings|personali[sz]|analytics)/i,
  /\bnewsletter\b.*\bsign up here\.?$/i,
  /^our standards: the thomson reuters trust principles/i,
  /^purchase licensing rights\b/i,
  // Reuters' contact line for the desk: "((aidan.lewis@thomsonreuters.com; +20 2 1234 5678))".
  /^\(\([^()]*@[^()]*\)\)$/,
  /^(?:accept|reject|manage)(?: all)? cookies$/i,
  /^cookie (?:settings|policy|preferences)$/i,
  /^by (?:using|continuing to use) (?:this|our) (?:web)?site\b/i,
  /^image (?:source|caption), /i,
  /^\d+ min(?:ute)?s? read$/i,
  /^(?:تابعونا|تابعنا) (?:على|عبر)(?:\s.{0,60})?$/u,
  /^(?:اشترك|سجل|اشتراك) (?:في|ب|الآن)\s*.{0,40}(?:النشرة|نشرتنا).{0,40}$/u,
  /^(?:نستخدم|يستخدم هذا الموقع) (?:ملفات )?(?:تعريف الارتباط|الكوكيز).*(?:تجربة|موافق|الخصوصية|سياسة)/u,
  /^(?:مصدر الصورة|تعليق على الصورة)\s*[،,:]/u,
  // A menu on one line: three or more short items between separators.
  /^[^|•·›»/]{1,25}(?:\s[|•·›»/]\s[^|•·›»/]{1,25}){2,}(?<![.!?؟…"”'’:»])$/u,
];

/** A copyright footer: "© 2025 BBC. All rights reserved.", "Copyright 2025 The Associated Press…", "© Reuters". */
const COPYRIGHT = /^(?:©|\([cC]\)\s|[Cc]opyright\s+(?:©\s*)?(?=\d{4}\b|\p{Lu})|COPYRIGHT\b|جميع الحقوق محفوظة|حقوق (?:النشر|الطبع) محفوظة)/u;
const MAX_FOOTER_WORDS = 40;

/** Wire agencies a copyright line or a sign-off names as the story's source, each with the names it goes by. */
const AGENCY_NAMES: ReadonlyArray<readonly string[]> = [
  ['Reuters', 'Thomson Reuters', 'رويترز'],
  ['AP', 'Associated Press', 'The Associated Press', 'أسوشيتد برس', 'أ ب'],
  ['AFP', 'Agence France-Presse', 'أ ف ب', 'ا ف ب', 'أ.ف.ب', 'فرانس برس'],
  ['Anadolu', 'الأناضول'],
  ['DPA', 'د ب أ'],
  ['Xinhua', 'شينخوا'],
  ['MENA', 'أ ش أ'],
  ['WAM', 'وام'],
  ['SPA', 'واس'],
  ['KUNA', 'كونا'],
  ['QNA', 'قنا'],
  ['WAFA', 'وفا'],
  ['SANA', 'سانا'],
  ['Petra', 'بترا'],
  ['EFE'],
  ['ANSA'],
  ['Bloomberg'],
];
const AGENCIES = new Map(AGENCY_NAMES.flatMap((names) => names.map((name) => [normalise(name), names[0]!] as const)));

/** A story's time stamp line: "2 hours ago", "Updated 3:14 PM GMT+3, April 15, 2025", "Published On 15 Apr 2025", "15/4/2025 10:32". */
const MONTH_WORDS =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|' +
  'يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|' +
  'كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين';
const TIME_WORDS = new Set(
  [
    ...MONTH_WORDS.split('|'),
    ...'mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday'.split(' '),
    ...'am pm gmt utc edt est bst cet ago min mins minute minutes hour hours hr hrs day days on at published updated last posted'.split(' '),
    ...'ص م منذ دقيقة دقائق ساعة ساعات يوم أيام بتوقيت توقيت مكة القاهرة غرينتش نشر آخر تحديث تاريخ النشر في'.split(' '),
    ...'الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد'.split(' '),
  ].map(normalise),
);

/** A line of dates, times and their words only, with a digit: a story's time stamp. */
function isTimeStamp(line: string): boolean {
  // "On 17 April." is a sentence, not a stamp.
  if (!/\p{Nd}/u.test(line) || /[.!?؟]$/u.test(line)) return false;
  const tokens = line.split(/[\s()|·,:：/+\-–]+/u).filter(Boolean);
  return tokens.every((token) => /^[\p{Nd}.:/]+$/u.test(token) || /^\d+(?:am|pm|gmt|utc|st|nd|rd|th)$/i.test(token) || TIME_WORDS.has(normalise(token).replace(/\.$/, '')));
}

export const SENTENCE_END = /[.!?؟…"”'’:»]\)?$/u;
const WORD = /\S+/g;

export function wordCount(line: string): number {
  return line.match(WORD)?.length ?? 0;
}

/** A short line that does not end a sentence: a label (menu item, caption, credit), not a paragraph. */
export function isLabel(line: string, maxWords = 12): boolean {
  return wordCount(line) <= maxWords && !SENTENCE_END.test(line);
}

/** Lower case, one space, Arabic letter forms folded (hamza seats, alef maqsura, diacritics, tatweel), no end punctuation. */
function normalise(line: string): string {
  return line
    .toLowerCase()
    .replace(/[\u064b-\u0652\u0640]/gu, '')
    .replace(/[أإآ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/\s+/g, ' ')
    .replace(/[\s:：،,|›»>\-–—]+$/u, '')
    .trim();
}

type LineKind = 'chrome' | 'related' | 'time';

/** What kind of chrome a whole line is, or null for a line of the story. */
export function chromeKind(line: string): LineKind | null {
  const key = normalise(line);
  if (key === '') return 'chrome';
  if (RELATED_MARKERS.has(key)) return 'related';
  if (CHROME_LINES.has(key)) return 'chrome';
  if (CHROME_PATTERNS.some((pattern) => pattern.test(line))) return 'chrome';
  if (COPYRIGHT.test(line) && wordCount(line) <= MAX_FOOTER_WORDS) return 'chrome';
  if (wordCount(line) <= 14 && isTimeStamp(line)) return 'time';
  return null;
}

/** The agency a copyright line or a sign-off names: "© Reuters", "Copyright 2025 The Associated Press.", "— AFP", "(AFP)". */
export function agencyCredit(line: string): string | null {
  const signOff = /^[-–—]\s*(.+?)\s*$|^\((.+)\)$/u.exec(line);
  const copyright = COPYRIGHT.test(line) ? line.replace(COPYRIGHT, '').replace(/^\s*\p{Nd}{4}(?:\s*[-–]\s*\p{Nd}{4})?\s*/u, '') : null;
  const named = signOff ? (signOff[1] ?? signOff[2]!) : copyright?.split(/[.،,]/u)[0]?.replace(/\s+\p{Nd}{4}\s*$/u, '');
  const name = named?.trim().replace(/\.$/, '');
  return name && knownAgency(name) ? name : null;
}

/** Adds an agency once, whichever of its names it goes by ("AP", "The Associated Press"); the dateline's comes first. */
export function addSource(sources: string[], name: string, first = false): void {
  const key = (source: string) => knownAgency(source) ?? source;
  const same = sources.findIndex((source) => key(source) === key(name));
  if (!first) {
    if (same < 0) sources.push(name);
    return;
  }
  if (same >= 0) sources.splice(same, 1);
  sources.unshift(name);
}

/** The agency's first name ("AP" for "The Associated Press" and "أسوشيتد برس"), or null for a name that is none. */
export function knownAgency(name: string): string | null {
  return AGENCIES.get(normalise(name)) ?? null;
}

/**
 * A dateline opening the first paragraph: "CAIRO, April 15 (Reuters) -", "WASHINGTON (AP) —",
 * "GAZA CITY, Gaza Strip (AP) —", "LONDON, April 15 (AFP) -", "القاهرة (رويترز) -",
 * "القاهرة 15 أبريل (رويترز) -". Latin place names are in capitals; the agency in parentheses is
 * the story's source. Without an agency a dateline ends with an en or em dash ("CAIRO —"), so
 * "US - China talks…" stays a sentence; an Arabic dateline is read only with a known agency's
 * name, or in Al Jazeera's style, the place with the dash against it ("القاهرة- ").
 */
const LATIN_DATELINE =
  /^([A-Z][A-Z.'’\- ]*[A-Z.])((?:,\s+[A-Z][A-Za-z.'’\- ]{1,30}?)?)(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?\s+(?:\(([^()]{1,40})\)\s*[-–—]+|[–—])\s+(?=\S)/u;
/** Al Jazeera's house style: the place and a dash, no agency ("القاهرة- "). */
const ARABIC_PLACE_DASH = /^((?:\p{Script=Arabic}+\s)?\p{Script=Arabic}+)[-–—]\s+(?=\S)/u;
const ARABIC_DATELINE = /^((?:[\p{Script=Arabic}]+\s?){1,4}?)(?:[،,]?\s*[\d\p{Script=Arabic}\s]{0,24}?)?\s*\(([^()]{1,30})\)\s*[-–—:]+\s*(?=\S)/u;

export interface Dateline {
  /** "CAIRO", "GAZA CITY, Gaza Strip", "القاهرة". */
  place: string;
  /** The agency in parentheses, as printed: "Reuters", "AP", "رويترز"; null when there is none. */
  source: string | null;
  /** The paragraph without its dateline. */
  rest: string;
}

export function readDateline(paragraph: string): Dateline | null {
  const latin = LATIN_DATELINE.exec(paragraph);
  if (latin && latin[1]!.replace(/[^A-Z]/g, '').length >= 2) {
    return { place: `${latin[1]}${latin[2]}`.trim(), source: latin[3]?.trim() ?? null, rest: paragraph.slice(latin[0].length) };
  }
  const arabic = ARABIC_DATELINE.exec(paragraph);
  if (arabic && knownAgency(arabic[2]!)) return { place: arabic[1]!.trim(), source: arabic[2]!.trim(), rest: paragraph.slice(arabic[0].length) };
  const place = ARABIC_PLACE_DASH.exec(paragraph);
  if (place) return { place: place[1]!, source: null, rest: paragraph.slice(place[0].length) };
  return null;
}
