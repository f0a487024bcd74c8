import {
  BOLD_ITALIC_STAR,
  BOLD_STAR,
  HEADING,
  ITALIC_STAR,
  ORDERED_LIST,
  QUOTE,
  STRIKETHROUGH,
  UNORDERED_LIST,
  type Transformer,
} from '@lexical/markdown';

/**
 * Markdown shortcuts as you type, limited to what the article schema holds: "- " or "* " starts
 * a bulleted list, "1. " a numbered one, "> " a quote, "## " and "### " the two heading levels
 * (a story has one h1, its headline, so "# " stays plain text), and **bold**, *italic*, ~~strike~~.
 * No code, no horizontal rules, no Markdown links (links go through the checked Link dialog).
 */
const HEADING_2_AND_3: Transformer = { ...HEADING, regExp: /^(#{2,3})\s/ };

export const BODY_MARKDOWN_SHORTCUTS: Transformer[] = [
  HEADING_2_AND_3,
  QUOTE,
  UNORDERED_LIST,
  ORDERED_LIST,
  BOLD_ITALIC_STAR,
  BOLD_STAR,
  ITALIC_STAR,
  STRIKETHROUGH,
];
