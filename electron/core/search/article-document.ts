import type { Article } from '../../common/article.js';
import type { ArticleBody, SerializedBlockNode, SerializedCaption, SerializedInlineNode } from '../../common/lexical-nodes.js';
import { bodyPlainText, countWords } from '../../common/rules/text.js';

/** What the index keeps of an article to filter, sort and show a result without reading the file. */
export interface ArticleMeta {
  headline: string;
  status: Article['status'];
  section: string | null;
  language: Article['language'];
  contributors: string[];
  tags: string[];
  updatedAt: string;
  publishAt: string | null;
  wordCount: number;
}

/** The searchable text of an article, one entry per indexed field. */
export interface ArticleDocument {
  headline: string;
  dek: string;
  body: string;
  captions: string;
  byline: string;
  tags: string;
  section: string;
}

export const SEARCH_FIELDS = ['headline', 'dek', 'body', 'captions', 'byline', 'tags', 'section'] as const;

export function articleMeta(article: Article): ArticleMeta {
  return {
    headline: article.headline,
    status: article.status,
    section: article.section,
    language: article.language,
    contributors: article.byline.map((c) => c.name),
    tags: article.tags,
    updatedAt: article.updatedAt,
    publishAt: article.publishAt,
    wordCount: countWords(`${article.headline}\n${bodyPlainText(article.body)}`),
  };
}

export function articleDocument(article: Article): ArticleDocument {
  return {
    headline: article.headline,
    dek: article.dek,
    body: bodyPlainText(article.body),
    captions: [article.leadPhoto?.caption ?? '', ...photoCaptions(article.body)].join('\n'),
    byline: article.byline.map((c) => c.name).join('\n'),
    tags: article.tags.join('\n'),
    section: article.section ?? '',
  };
}

function photoCaptions(body: ArticleBody): string[] {
  return body.root.children.flatMap((block: SerializedBlockNode) => (block.type === 'photo' ? [captionText(block.caption)] : []));
}

function captionText(caption: SerializedCaption): string {
  return caption.root.children.map((p) => inlineText(p.children)).join('\n');
}

function inlineText(nodes: ReadonlyArray<SerializedInlineNode>): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.text;
    else if (node.type === 'link' || node.type === 'autolink') out += inlineText(node.children);
    else out += ' ';
  }
  return out;
}
