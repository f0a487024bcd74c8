import type { EditorThemeClasses } from 'lexical';
import './editor.css';
import './nodes/photo.css';

/** Class names Lexical puts on the body's elements; the look lives in editor.css. */
export const BODY_THEME: EditorThemeClasses = {
  paragraph: 'body-p',
  quote: 'body-quote',
  heading: { h2: 'body-h2', h3: 'body-h3' },
  list: {
    ul: 'body-ul',
    ol: 'body-ol',
    listitem: 'body-li',
    nested: { listitem: 'body-li--nested' },
  },
  link: 'body-link',
  /** The block that holds a photo's view (PhotoNode.createDOM). */
  photo: 'body-photo',
  text: {
    bold: 'body-bold',
    italic: 'body-italic',
    underline: 'body-underline',
    strikethrough: 'body-strike',
    underlineStrikethrough: 'body-underline-strike',
  },
};
