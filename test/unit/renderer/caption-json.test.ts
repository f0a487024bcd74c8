import { describe, expect, it } from 'vitest';
import { SerializedCaption } from '../../../electron/common/lexical-nodes.js';
import { captionFromText, captionPlainText, emptyCaption, sanitizeCaption } from '../../../renderer/editor/nodes/caption-json.js';
import { isAllowedLinkUrl } from '../../../renderer/editor/url-scheme.js';

const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' });

describe('caption data', () => {
  it('starts empty with one paragraph to type in, valid for the article schema', () => {
    const caption = emptyCaption();
    expect(caption.root.children).toHaveLength(1);
    expect(SerializedCaption.safeParse(caption).success).toBe(true);
    expect(captionPlainText(caption)).toBe('');
  });

  it('makes one paragraph per line of plain text', () => {
    const caption = captionFromText('The Kremlin at dusk\n\nPhoto: Reuters');
    expect(caption.root.children.map((p) => p.children.map((c) => (c as { text: string }).text))).toEqual([['The Kremlin at dusk'], ['Photo: Reuters']]);
    expect(captionPlainText(caption)).toBe('The Kremlin at dusk\nPhoto: Reuters');
  });

  it('keeps bold, italic and web links, and nothing else', () => {
    const hostile = {
      root: {
        type: 'root',
        children: [
          {
            type: 'heading',
            tag: 'h1',
            children: [text('Heading words', 1 | 16 | 32)],
          },
          {
            type: 'paragraph',
            children: [
              { ...text('styled', 2 | 8), style: 'color: red; background: url(javascript:alert(1))' },
              { type: 'link', url: 'javascript:alert(1)', children: [text(' bad link')] },
              { type: 'autolink', url: 'https://example.com/ok', children: [text(' good link', 1)] },
              { type: 'link', url: 'mailto:desk@example.com', children: [{ type: 'link', url: 'https://nested.example', children: [text('nested')] }] },
              { type: 'image', src: 'x', onerror: 'alert(1)' },
              { type: 'linebreak' },
              'not a node',
            ],
            direction: 'rtl',
          },
          null,
        ],
      },
    };
    const caption = sanitizeCaption(hostile);
    expect(SerializedCaption.safeParse(caption).success).toBe(true);
    const [first, second] = caption.root.children;
    expect(first!.children).toEqual([text('Heading words', 1)]);
    expect(second!.direction).toBe('rtl');
    expect(second!.children.map((c) => c.type)).toEqual(['text', 'text', 'link', 'link', 'linebreak']);
    expect(second!.children[0]).toEqual(text('styled', 2));
    expect(second!.children[1]).toEqual(text(' bad link'));
    expect(second!.children[2]).toMatchObject({ type: 'link', url: 'https://example.com/ok', children: [text(' good link', 1)] });
    // A link inside a link keeps its words, not its address.
    expect(second!.children[3]).toMatchObject({ type: 'link', url: 'mailto:desk@example.com', children: [text('nested')] });
    expect(JSON.stringify(caption)).not.toMatch(/javascript|onerror|style":"c/);
  });

  it('turns anything that is not a caption into an empty one', () => {
    for (const value of [null, undefined, 'caption', 42, [], { root: null }, { root: { children: 'x' } }]) {
      expect(sanitizeCaption(value)).toEqual(emptyCaption());
    }
  });

  it('caps the caption text at 5000 characters', () => {
    const long = sanitizeCaption(captionFromText('x'.repeat(7000)));
    expect(captionPlainText(long)).toHaveLength(5000);
  });
});

describe('link schemes', () => {
  it('allows the web and email only', () => {
    for (const url of ['https://example.com/', 'http://example.com/a?b#c', 'mailto:desk@example.com', 'HTTPS://EXAMPLE.COM']) {
      expect(isAllowedLinkUrl(url), url).toBe(true);
    }
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'app://masthead/index.html',
      '//evil.example/',
      '/relative/path',
      'https://',
      'mailto:',
      '',
    ]) {
      expect(isAllowedLinkUrl(url), url).toBe(false);
    }
  });
});
