import { strToU8, zipSync } from 'fflate';

/**
 * Builds small but real Word documents (WordprocessingML in a zip, as Word writes them) so import
 * tests need no binary fixtures. `body` is the inside of <w:body>; helpers below make its parts.
 */
const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
};
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParts {
  body: string;
  /** Pictures in word/media, referenced from the body as rIdImg1, rIdImg2… in order. */
  images?: Array<{ name: string; bytes: Uint8Array }>;
  /** External links, referenced from the body as rIdLink1, rIdLink2… in order. */
  links?: string[];
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const run = (text: string, props = ''): string =>
  `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
export const bold = (text: string): string => run(text, '<w:b/>');
export const italic = (text: string): string => run(text, '<w:i/>');
export const para = (content: string, style?: string): string =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${content}</w:p>`;
export const bullet = (text: string): string =>
  `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(text)}</w:p>`;
export const link = (n: number, text: string): string => `<w:hyperlink r:id="rIdLink${n}">${run(text, '<w:rStyle w:val="Hyperlink"/>')}</w:hyperlink>`;
export const picture = (n: number, altText: string): string =>
  `<w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="635000"/><wp:docPr id="${n}" name="Picture ${n}" descr="${escape(altText)}"/>` +
  `<a:graphic><a:graphicData uri="${NS.pic}"><pic:pic><pic:nvPicPr><pic:cNvPr id="${n}" name="Picture ${n}"/><pic:cNvPicPr/></pic:nvPicPr>` +
  `<pic:blipFill><a:blip r:embed="rIdImg${n}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;

const STYLES = ['Title', 'Heading 1', 'Heading 2', 'Quote', 'Caption', 'List Paragraph', 'Hyperlink'];

export function buildDocx(parts: DocxParts): Uint8Array {
  const images = parts.images ?? [];
  const links = parts.links ?? [];
  const xml = (text: string) => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`);
  const rels = [
    `<Relationship Id="rIdStyles" Type="${REL_TYPE}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rIdNumbering" Type="${REL_TYPE}/numbering" Target="numbering.xml"/>`,
    ...images.map((img, i) => `<Relationship Id="rIdImg${i + 1}" Type="${REL_TYPE}/image" Target="media/${img.name}"/>`),
    ...links.map((url, i) => `<Relationship Id="rIdLink${i + 1}" Type="${REL_TYPE}/hyperlink" Target="${escape(url)}" TargetMode="External"/>`),
  ];
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': xml(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/>' +
        '<Default Extension="emf" ContentType="image/x-emf"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': xml(
      `<Relationships xmlns="${NS.rel}"><Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/_rels/document.xml.rels': xml(`<Relationships xmlns="${NS.rel}">${rels.join('')}</Relationships>`),
    'word/document.xml': xml(
      `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:wp="${NS.wp}" xmlns:a="${NS.a}" xmlns:pic="${NS.pic}"><w:body>${parts.body}</w:body></w:document>`,
    ),
    'word/styles.xml': xml(
      `<w:styles xmlns:w="${NS.w}">${STYLES.map(
        (name) => `<w:style w:type="${name === 'Hyperlink' ? 'character' : 'paragraph'}" w:styleId="${name.replace(/ /g, '')}"><w:name w:val="${name}"/></w:style>`,
      ).join('')}</w:styles>`,
    ),
    'word/numbering.xml': xml(
      `<w:numbering xmlns:w="${NS.w}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>` +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>',
    ),
  };
  for (const img of images) files[`word/media/${img.name}`] = img.bytes;
  return zipSync(files);
}
