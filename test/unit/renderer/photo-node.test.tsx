import { $createLinkNode } from '@lexical/link';
import { createHeadlessEditor } from '@lexical/headless';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, IS_BOLD, IS_CODE, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { ArticleBody, SerializedBlockNode, type SerializedPhotoNode } from '../../../electron/common/lexical-nodes.js';
import { captionFromText } from '../../../renderer/editor/nodes/caption-json.js';
import { $createPhotoNode, $isPhotoNode, PhotoNode } from '../../../renderer/editor/nodes/PhotoNode.js';
import { PhotoViewNode } from '../../../renderer/editor/nodes/PhotoViewNode.js';
import { BODY_NAMESPACE, BODY_NODES } from '../../../renderer/editor/nodes.js';
import { BODY_VIEW_NODES } from '../../../renderer/editor/view-nodes.js';
import { registerSchemaGuard } from '../../../renderer/editor/schema-guard.js';

/**
 * The photo node and the schema guard in a headless editor (no DOM): the JSON is exactly the
 * contract's SerializedPhotoNode, it round-trips, and whatever arrives is brought inside the schema.
 * (A .tsx test: the node's importDOM and exportDOM are typed with the DOM library, which only
 * tsconfig.web.json compiles with.)
 */
const FILE = '0123456789abcdef0123456789abcdef.jpg';

function editor(nodes = BODY_NODES): LexicalEditor {
  return createHeadlessEditor({
    namespace: BODY_NAMESPACE,
    nodes: [...nodes],
    onError: (error) => {
      throw error;
    },
  });
}

const boldCaption = {
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [
          { type: 'text', version: 1, text: 'Kremlin towers, ', format: 0, detail: 0, mode: 'normal', style: '' },
          { type: 'text', version: 1, text: 'Moscow', format: IS_BOLD, detail: 0, mode: 'normal', style: '' },
          {
            type: 'link',
            version: 1,
            url: 'https://example.com/agency',
            rel: null,
            target: null,
            title: null,
            direction: null,
            format: '',
            indent: 0,
            children: [{ type: 'text', version: 1, text: ' (agency)', format: 0, detail: 0, mode: 'normal', style: '' }],
          },
        ],
      },
    ],
  },
};

function photoJson(overrides: Partial<SerializedPhotoNode> = {}): SerializedPhotoNode {
  return {
    type: 'photo',
    version: 1,
    file: FILE,
    width: 640,
    height: 400,
    caption: boldCaption as unknown as SerializedPhotoNode['caption'],
    credit: 'Reuters/Maxim Shemetov',
    altText: 'Red brick towers of the Kremlin',
    isLead: true,
    ...overrides,
  };
}

function bodyWith(...blocks: unknown[]): ArticleBody {
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: blocks } } as unknown as ArticleBody;
}

describe('PhotoNode', () => {
  it('writes exactly the contract’s photo shape, which the article schema accepts', () => {
    const e = editor();
    e.update(
      () => {
        $getRoot().append($createPhotoNode({ file: FILE, width: 640, height: 400, caption: captionFromText('At dusk'), credit: 'AFP', altText: 'Towers' }));
      },
      { discrete: true },
    );
    const [photo] = (e.getEditorState().toJSON().root.children as unknown[]) as SerializedPhotoNode[];
    expect(Object.keys(photo!).sort()).toEqual(['altText', 'caption', 'credit', 'file', 'height', 'isLead', 'type', 'version', 'width']);
    expect(photo).toMatchObject({ type: 'photo', version: 1, file: FILE, width: 640, height: 400, credit: 'AFP', altText: 'Towers', isLead: false });
    expect(SerializedBlockNode.safeParse(photo).success).toBe(true);
  });

  it('is made of the class the editor registered: the data class headless, the view in the window, with the same JSON', () => {
    const made = (nodes: typeof BODY_NODES) => {
      const e = editor(nodes);
      e.setEditorState(e.parseEditorState(JSON.stringify(bodyWith(photoJson()))));
      e.update(() => void $getRoot().append($createPhotoNode({ file: FILE, credit: 'AFP' })), { discrete: true });
      // An edit clones the node: the copy keeps the registered class.
      e.update(() => $getRoot().getChildren().filter($isPhotoNode).forEach((photo) => photo.setAltText('Towers')), { discrete: true });
      const photos = e.getEditorState().read(() => $getRoot().getChildren().filter($isPhotoNode));
      return { classes: photos.map((photo) => photo.constructor), json: e.getEditorState().toJSON() };
    };
    const headless = made(BODY_NODES);
    const inWindow = made(BODY_VIEW_NODES);
    expect(headless.classes).toEqual([PhotoNode, PhotoNode]);
    expect(inWindow.classes).toEqual([PhotoViewNode, PhotoViewNode]);
    expect(inWindow.json).toEqual(headless.json);
  });

  it('round-trips through article.json with its caption formatting and link', () => {
    const body = bodyWith(photoJson());
    const e = editor();
    e.setEditorState(e.parseEditorState(JSON.stringify(body)));
    const again = e.getEditorState().toJSON();
    expect(ArticleBody.safeParse(again).success).toBe(true);
    expect(again.root.children[0]).toEqual(photoJson());
  });

  it('cleans a caption that arrives with a script link or stray nodes (Lexical’s clipboard format is writable by any page)', () => {
    const hostile = photoJson({
      caption: {
        root: {
          type: 'root',
          children: [
            { type: 'heading', tag: 'h1', children: [{ type: 'text', text: 'Big', format: 16, style: 'color:red' }] },
            { type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'click' }] }] },
          ],
        },
      } as unknown as SerializedPhotoNode['caption'],
    });
    const e = editor();
    e.setEditorState(e.parseEditorState(JSON.stringify(bodyWith(hostile))));
    const photo = e.getEditorState().toJSON().root.children[0] as SerializedPhotoNode;
    expect(SerializedBlockNode.safeParse(photo).success).toBe(true);
    expect(JSON.stringify(photo.caption)).not.toMatch(/javascript|heading|color/);
    expect(photo.caption.root.children.map((p) => p.children.map((c) => (c as { text: string }).text).join(''))).toEqual(['Big', 'click']);
  });
});

describe('schema guard', () => {
  it('brings pasted content inside the schema: heading levels, unsafe links, formats, bad photos, one lead', () => {
    const e = editor();
    registerSchemaGuard(e);
    e.update(
      () => {
        const root = $getRoot();
        root.clear();
        const code = $createTextNode('code-formatted').setFormat(IS_CODE | IS_BOLD).setStyle('color: red');
        const unsafe = $createLinkNode('javascript:alert(1)').append($createTextNode('unsafe'));
        const safe = $createLinkNode('https://example.com/').append($createTextNode('safe'));
        root.append(
          $createHeadingNode('h1').append($createTextNode('Top')),
          $createHeadingNode('h5').append($createTextNode('Deep')),
          $createParagraphNode().append(code, unsafe, safe),
          $createPhotoNode({ file: '../../etc/passwd' }),
          $createPhotoNode({ file: FILE, isLead: true }),
          $createPhotoNode({ file: 'fedcba9876543210.png', isLead: true }),
        );
      },
      { discrete: true },
    );
    const json = e.getEditorState().toJSON();
    expect(ArticleBody.safeParse(json).success).toBe(true);
    const blocks = json.root.children as unknown as Array<Record<string, unknown>>;
    expect(blocks.map((b) => (b.type === 'heading' ? b.tag : b.type))).toEqual(['h2', 'h3', 'paragraph', 'photo', 'photo']);
    const inline = blocks[2]!.children as Array<Record<string, unknown>>;
    expect(inline[0]).toMatchObject({ type: 'text', text: 'code-formatted', format: IS_BOLD, style: '' });
    expect(inline.filter((n) => n.type === 'link').map((n) => n.url)).toEqual(['https://example.com/']);
    expect(JSON.stringify(json)).not.toContain('javascript:');
    // One lead: the first marked in reading order keeps it.
    expect(blocks.slice(3).map((b) => [b.file, b.isLead])).toEqual([
      [FILE, true],
      ['fedcba9876543210.png', false],
    ]);
    e.getEditorState().read(() => expect($getRoot().getChildren().filter($isPhotoNode)).toHaveLength(2));
    expect(PhotoNode.getType()).toBe('photo');
  });
});
