import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerCaptionGuard, registerSchemaGuard } from '../schema-guard';

/**
 * Keeps the body inside the article schema whatever arrives by paste or drop (see schema-guard.ts,
 * shared with the headless import editor). Paste is hostile; the save would otherwise be refused
 * by the schema.
 */
export function SchemaGuardPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerSchemaGuard(editor), [editor]);
  return null;
}

/** The same for a photo's caption editor: paragraphs, bold, italic and safe links only. */
export function CaptionGuardPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerCaptionGuard(editor), [editor]);
  return null;
}
