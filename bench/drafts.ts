import { Article, SCHEMA_VERSION } from '../electron/common/article.js';
import {
  paragraph,
  textNode,
  type SerializedBlockNode,
  type SerializedListNode,
  type SerializedPhotoNode,
} from '../electron/common/lexical-nodes.js';

/** Seeded articles and body nodes: long drafts for the benchmark, small ones for the compare tests. */

export const PHOTO_FILE = 'a1b2c3d4e5f60718.jpg';
export const OTHER_PHOTO_FILE = 'ffeeddccbbaa9988.png';

export function article(children: SerializedBlockNode[], fields: Partial<Article> = {}): Article {
  return Article.parse({
    schemaVersion: SCHEMA_VERSION,
    id: '0b9c3a58-54d2-4c6b-9d47-6b1f8f6e3a10',
    headline: 'Kremlin Reaffirms Readiness to Normalize Ties with Georgia',
    byline: [{ name: 'Nada Mustafa', role: 'writer' }],
    tags: ['Russia', 'Georgia'],
    publishAt: '2025-04-15T08:18:00+02:00',
    createdAt: '2025-04-15T06:00:00.000Z',
    updatedAt: '2025-04-15T06:30:00.000Z',
    body: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } },
    ...fields,
  });
}

export function heading(text: string): SerializedBlockNode {
  return { type: 'heading', tag: 'h2', version: 1, direction: 'ltr', children: [textNode(text)] };
}

export function quote(text: string): SerializedBlockNode {
  return { type: 'quote', version: 1, direction: 'ltr', children: [textNode(text)] };
}

export function list(items: string[], listType: 'bullet' | 'number' = 'bullet'): SerializedListNode {
  return {
    type: 'list',
    listType,
    start: 1,
    tag: listType === 'bullet' ? 'ul' : 'ol',
    version: 1,
    children: items.map((text, i) => ({ type: 'listitem', value: i + 1, version: 1, children: [textNode(text)] })),
  };
}

export function photo(caption: string, parts: Partial<Pick<SerializedPhotoNode, 'file' | 'credit' | 'altText'>> = {}): SerializedPhotoNode {
  return {
    type: 'photo',
    version: 1,
    file: PHOTO_FILE,
    width: 1200,
    height: 800,
    caption: { root: { type: 'root', children: [paragraph(caption)] } },
    credit: 'AFP',
    altText: 'The Kremlin at dusk',
    isLead: false,
    ...parts,
  };
}

/** The paragraphs' texts, list items included, in reading order. */
export function texts(a: Article): string[] {
  const out: string[] = [];
  const inline = (nodes: unknown[]): string =>
    nodes.map((n) => ((n as { text?: string }).text ?? inline((n as { children?: unknown[] }).children ?? []))).join('');
  for (const block of a.body.root.children) {
    if (block.type === 'list') for (const item of block.children) out.push(inline(item.children));
    else if (block.type === 'photo') out.push(`[photo ${inline(block.caption.root.children)}]`);
    else out.push(inline(block.children));
  }
  return out;
}

/** A small deterministic random source (mulberry32), so generated drafts are the same every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ENGLISH = (
  'the minister said on tuesday that talks with the delegation would resume next week after a pause ' +
  'officials in the capital confirmed reports of new border crossings while analysts warned prices ' +
  'could rise again the central bank kept interest rates steady citing inflation and weak growth'
).split(' ');
const ARABIC = (
  'قال الوزير يوم الثلاثاء إن المحادثات مع الوفد ستُستأنف الأسبوع المقبل بعد توقف ' +
  'وأكد المسؤولون في العاصمة تقارير عن معابر حدودية جديدة بينما حذّر المحللون من ارتفاع الأسعار ' +
  'وأبقى البنك المركزي أسعار الفائدة دون تغيير مُشيرًا إلى التضخم وضعف النمو'
).split(' ');

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function sentence(random: () => number, arabic: boolean): string {
  const vocabulary = arabic ? ARABIC : ENGLISH;
  const words = Array.from({ length: 8 + Math.floor(random() * 10) }, () => pick(random, vocabulary));
  const comma = arabic ? '،' : ',';
  if (words.length > 10) words[5] += comma;
  if (arabic && random() < 0.3) return `«${words.join(' ')}»${pick(random, ['.', '؟', '؛'])}`;
  return `${words.join(' ')}${pick(random, ['.', '.', '?'])}`;
}

/**
 * A long draft: alternating English and Arabic paragraphs of 60–90 words, a heading every ten
 * paragraphs, a list and a photo, `words` words in all.
 */
export function longDraft(words: number, seed: number): Article {
  const random = seeded(seed);
  const children: SerializedBlockNode[] = [];
  let count = 0;
  const add = (node: SerializedBlockNode, ...parts: string[]) => {
    children.push(node);
    count += parts.join(' ').split(' ').length;
  };
  while (count < words) {
    const n = children.length;
    const arabic = n % 2 === 1;
    if (n % 10 === 5) {
      const text = sentence(random, false);
      add(heading(text), text);
    } else if (n === 12) {
      const items = [sentence(random, false), sentence(random, false), sentence(random, false)];
      add(list(items), ...items);
    } else if (n === 20) {
      const caption = sentence(random, false);
      add(photo(caption), caption);
    } else {
      let text = sentence(random, arabic);
      while (text.split(' ').length < 60 + random() * 30) text += ` ${sentence(random, arabic)}`;
      add(paragraph(text, arabic ? 'rtl' : 'ltr'), text);
    }
  }
  return article(children);
}

/**
 * A long text-only draft in one language (paragraphs of 60–90 words, a heading every ten): what
 * both the Masthead editor and a bare Lexical editor can load, for the typing benchmark.
 */
export function plainDraft(words: number, language: 'en' | 'ar', seed: number): Article {
  const random = seeded(seed);
  const arabic = language === 'ar';
  const children: SerializedBlockNode[] = [];
  let count = 0;
  while (count < words) {
    if (children.length % 10 === 5) {
      const text = sentence(random, arabic);
      children.push({ ...heading(text), direction: arabic ? 'rtl' : 'ltr' });
      count += text.split(' ').length;
      continue;
    }
    let text = sentence(random, arabic);
    while (text.split(' ').length < 60 + random() * 30) text += ` ${sentence(random, arabic)}`;
    children.push(paragraph(text, arabic ? 'rtl' : 'ltr'));
    count += text.split(' ').length;
  }
  return article(children, {
    language,
    headline: arabic ? 'مقال طويل لقياس سرعة الكتابة' : 'A long feature for the typing benchmark',
    id: arabic ? '6f1d2c3b-4a59-4e68-8f7a-9b0c1d2e3f4a' : '5e0c1b2a-3948-4d57-8e69-8a9b0c1d2e3f',
  });
}

/**
 * The draft with about `fraction` of its paragraph words replaced, inserted or deleted, spread
 * over the whole text as an editor's pass would be.
 */
export function editedDraft(draft: Article, fraction: number, seed: number): Article {
  const random = seeded(seed);
  const children = draft.body.root.children.map((block): SerializedBlockNode => {
    if (block.type !== 'paragraph') return block;
    const words = texts(article([block]))[0]!.split(' ');
    const arabic = block.direction === 'rtl';
    // A new word never equal to the one it replaces, or the edit would be no edit.
    const another = (than: string | undefined) => {
      let word: string;
      do word = pick(random, arabic ? ARABIC : ENGLISH);
      while (word === than);
      return word;
    };
    for (let k = Math.round(words.length * fraction * (0.5 + random())); k > 0; k--) {
      const at = Math.floor(random() * words.length);
      const edit = random();
      if (edit < 0.6) words[at] = another(words[at]);
      else if (edit < 0.8) words.splice(at, 0, another(undefined));
      else words.splice(at, 1);
    }
    return paragraph(words.join(' '), arabic ? 'rtl' : 'ltr');
  });
  return { ...draft, body: { root: { ...draft.body.root, children } } };
}

const SHORT_WORDS = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'.split(' ');

/**
 * A short random body: paragraphs, headings, photos and lists nested up to three deep (an
 * indented item is a wrapper item holding a list, as Lexical writes it).
 */
export function randomBody(random: () => number): SerializedBlockNode[] {
  const words = () => Array.from({ length: 2 + Math.floor(random() * 5) }, () => pick(random, SHORT_WORDS)).join(' ');
  const randomList = (depth: number): SerializedListNode => ({
    type: 'list',
    listType: random() < 0.5 ? 'bullet' : 'number',
    version: 1,
    children: Array.from({ length: 1 + Math.floor(random() * 4) }, () => ({
      type: 'listitem' as const,
      version: 1,
      children: depth < 2 && random() < 0.2 ? [randomList(depth + 1)] : [textNode(words())],
    })),
  });
  return Array.from({ length: Math.floor(random() * 8) }, (): SerializedBlockNode => {
    const r = random();
    if (r < 0.5) return paragraph(words());
    if (r < 0.6) return heading(words());
    if (r < 0.8) return randomList(0);
    return photo(words(), random() < 0.5 ? {} : { file: OTHER_PHOTO_FILE });
  });
}

/** The body after three random edits: blocks deleted, moved, inserted, reworded, list items dropped. */
export function randomlyEdited(blocks: SerializedBlockNode[], random: () => number): SerializedBlockNode[] {
  const out = structuredClone(blocks);
  for (let k = 0; k < 3; k++) {
    const r = random();
    const at = Math.floor(random() * out.length);
    const block = out[at];
    if (r < 0.3) out.splice(at, 1);
    else if (r < 0.5 && block) out.splice(Math.floor(random() * out.length), 0, ...out.splice(at, 1));
    else if (r < 0.7) out.splice(at, 0, ...randomBody(random).slice(0, 1));
    else if (block?.type === 'list' && block.children.length > 1) block.children.splice(0, 1);
    else if (block?.type === 'paragraph') block.children = [textNode(`reworded ${texts(article([block]))[0]}`)];
  }
  return out;
}
