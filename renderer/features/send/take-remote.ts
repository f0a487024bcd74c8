import type { Article } from '../../../electron/common/article.js';
import type { RemoteCopy } from '../../../electron/common/send.js';
import { PHOTO_FILE_ATTRIBUTE } from '../../../electron/common/rules/photo.js';
import { cleanHtml } from '../../editor/paste/clean-html';
import { htmlToArticleBody } from '../../editor/paste/html-to-body';
import { languageDirection } from '../../../electron/common/rules/direction.js';
import { articleFromRemote, mediaFilesOf, withLocalPhotoDetails } from './remote-article';

export interface TakenCopy {
  article: Article;
  /** Images in the post that are not photos of this article (added on the site): left out. */
  leftOutImages: number;
}

/**
 * The CMS copy as the local article. Its HTML goes through the same cleaning as File › Import,
 * keeping as photos only the `<img>` that name one of this article's own media files; a photo's
 * printed credit is taken out of its caption first, since the article keeps it as a field.
 */
export function takeRemoteCopy(local: Article, remote: RemoteCopy): TakenCopy {
  const mediaFiles = mediaFilesOf(local);
  const doc = new DOMParser().parseFromString(remote.html, 'text/html');
  const credits = new Map<string, string>();
  for (const img of Array.from(doc.querySelectorAll(`figure img[${PHOTO_FILE_ATTRIBUTE}]`))) {
    const file = img.getAttribute(PHOTO_FILE_ATTRIBUTE) ?? '';
    const credit = img.closest('figure')?.querySelector('figcaption .credit');
    if (!credit || !mediaFiles.has(file)) continue;
    credits.set(file, credit.textContent?.trim() ?? '');
    credit.remove();
  }
  const cleaned = cleanHtml(doc.body.innerHTML, { keepPhotos: false, mediaFiles });
  const body = withLocalPhotoDetails(htmlToArticleBody(cleaned, languageDirection(local.language)), local, credits);
  return { article: articleFromRemote(local, remote, body), leftOutImages: cleaned.webImages + cleaned.otherImages };
}
