import type { TFunction } from 'i18next';
import type { ApiError } from '../../../electron/common/ipc.js';
import { api } from '../../api';
import { cleanHtml } from '../../editor/paste/clean-html';
import { htmlToArticleBody } from '../../editor/paste/html-to-body';
import { addPastedPhotos } from '../../editor/paste/insert-html';
import { describeMediaError } from '../../editor/photos/media-errors';
import { readAsBase64 } from '../../editor/photos/add-photo';
import { MAX_IMPORT_BYTES, sizeInMegabytes } from '../../../electron/common/rules/limits.js';
import { importProblem } from './import-files';
import { languageDirection } from '../../../electron/common/rules/direction.js';

/**
 * File › Import… and a file dropped on the library: a Word, HTML, Markdown, text (wire copy, IPTC
 * 7901) or NewsML-G2 file becomes a new article. The core converts it (import:convert: HTML plus
 * what wire copy says about headline, byline, time, dateline, sources, tags and priority); the HTML goes through the same cleaning as a paste, in a headless editor;
 * then the article is created, its photos added, the body saved. Nothing is created until the
 * file has been converted, and an article that could not be completed is moved to the Trash.
 */
export type ImportOutcome = { ok: true; folder: string; notes: string[] } | { ok: false; message: string };

const fail = (message: string): ImportOutcome => ({ ok: false, message });

export async function importArticleFile(t: TFunction, file: File): Promise<ImportOutcome> {
  const name = file.name;
  const problem = importProblem(name, file.size);
  if (problem?.kind === 'unsupported') return fail(t('import.unsupported', { name }));
  if (problem?.kind === 'empty') return fail(t('import.empty', { name }));
  if (problem?.kind === 'tooLarge') return fail(t('import.tooLarge', { name, size: sizeInMegabytes(problem.bytes), max: sizeInMegabytes(MAX_IMPORT_BYTES) }));

  let data: string;
  try {
    data = await readAsBase64(file);
  } catch {
    return fail(t('import.unreadable', { name }));
  }
  const failed = (error: ApiError): ImportOutcome => fail(t('import.failed', { name, reason: describeMediaError(t, error) }));

  const converted = await api.import.convert({ name, data });
  if (!converted.ok) return failed(converted.error);
  const doc = converted.value;
  let cleaned: ReturnType<typeof cleanHtml>;
  try {
    cleaned = cleanHtml(doc.html, { keepPhotos: true });
  } catch (error) {
    return failed({ code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) });
  }
  if (cleaned.lostAllWords) return fail(t('import.noWordsKept', { name }));

  const created = await api.article.create({ headline: doc.headline });
  if (!created.ok) return failed(created.error);
  const { folder, article } = created.value;
  const abandon = async (error: ApiError): Promise<ImportOutcome> => {
    await api.article.delete({ folder });
    return failed(error);
  };

  const notes = [...doc.warnings];
  if (cleaned.webImages > 0) notes.push(t('import.webImagesLeftOut'));
  await addPastedPhotos(cleaned, folder, t, (_kind, text) => notes.push(t('import.photoLeftOut', { reason: text })));

  let body: ReturnType<typeof htmlToArticleBody>;
  try {
    body = htmlToArticleBody(cleaned, languageDirection(doc.language));
  } catch (error) {
    return abandon({ code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) });
  }
  const saved = await api.article.save({
    folder,
    article: {
      ...article,
      headline: doc.headline,
      body,
      language: doc.language,
      byline: doc.byline,
      publishAt: doc.publishAt,
      timeZone: doc.timeZone,
      dateline: doc.dateline || article.dateline,
      sources: doc.sources.length ? doc.sources : article.sources,
      tags: doc.tags.length ? doc.tags : article.tags,
      priority: doc.priority ?? article.priority,
    },
    baseUpdatedAt: article.updatedAt,
  });
  if (!saved.ok) return abandon(saved.error);
  return { ok: true, folder: saved.value.folder, notes };
}
