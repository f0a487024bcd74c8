import { Marked } from 'marked';

/** GitHub-flavoured Markdown, as reporters write it in notes apps; our own instance, so no global options leak in. */
const markdown = new Marked({ gfm: true });

export function markdownToHtml(text: string): string {
  return markdown.parse(text, { async: false });
}
