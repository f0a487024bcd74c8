import { z } from 'zod';

/** The formats an article can be exported in (File › Export…, and folder-drop targets). */
export const EXPORT_FORMATS = ['html', 'markdown', 'ninjs', 'nitf'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;
