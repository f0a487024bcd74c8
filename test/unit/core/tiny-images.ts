/**
 * Real 3×2 images (made once with ImageMagick and cwebp), small enough to keep as literals: every
 * browser decodes them, so they stand for a reporter's photos in tests.
 */
export const TINY_IMAGES = {
  jpeg: Buffer.from(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/' +
      '2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAACAAMDASIAAhEBAxEB/8QA' +
      'FQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABAb/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oA' +
      'DAMBAAIRAxEAPwCeACoH/9k=',
    'base64',
  ),
  png: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAMAAAACAQMAAACnuvRZAAAAA1BMVEXAOSuU7d9gAAAADElEQVQI12NgYGAAAAAEAAEnNCcKAAAAAElFTkSuQmCC', 'base64'),
  gif: Buffer.from('R0lGODlhAwACAPAAAMA5KwAAACH5BAAAAAAALAAAAAADAAIAAAIChF8AOw==', 'base64'),
  webp: Buffer.from('UklGRjQAAABXRUJQVlA4ICgAAACQAQCdASoDAAIAAsBMJaACdLoAA5gA/ulpHr4Ap+z/+Sn+LvvN3aAA', 'base64'),
};

/** The JPEG with an EXIF block saying "turn a quarter clockwise" (orientation 6), as phone cameras write it. */
export function jpegTurnedQuarter(): Buffer {
  const tiff = [0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0];
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, 0x00, 0x22]), Buffer.from('Exif\0\0', 'latin1'), Buffer.from(tiff)]);
  return Buffer.concat([TINY_IMAGES.jpeg.subarray(0, 2), app1, TINY_IMAGES.jpeg.subarray(2)]);
}
