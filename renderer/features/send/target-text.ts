import type { TFunction } from 'i18next';
import type { ExportFormat } from '../../../electron/common/ipc.js';
import type { SecretKeeping, WordPressTarget } from '../../../electron/common/send.js';

/** How a target is described in Settings, as pure functions of the target. */

/** "Connected as Nada Mustafa · 12 categories, 40 tags", or that it never connected. */
export function connectionText(t: TFunction, target: Pick<WordPressTarget, 'connection'>): string {
  const { connection } = target;
  if (!connection) return t('targets.notConnected');
  return t('targets.connectedAs', {
    user: connection.userName,
    categories: t('targets.categories', { count: connection.categories.length }),
    tags: t('targets.tags', { count: connection.tags.length }),
  });
}

export function passwordText(t: TFunction, keeping: SecretKeeping): string {
  return t(`targets.password.${keeping}`);
}

/** The formats a folder target writes, in the order Export offers them. */
export const FOLDER_FORMATS = ['html', 'markdown', 'ninjs', 'nitf'] as const satisfies readonly ExportFormat[];

export function formatsText(t: TFunction, formats: readonly ExportFormat[], list: (items: string[]) => string): string {
  const names = FOLDER_FORMATS.filter((format) => formats.includes(format)).map((format) => t(`export.formats.${format}`));
  return t('targets.formats', { formats: list(names) });
}
