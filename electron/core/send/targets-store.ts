import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ExportFormat } from '../../common/export-format.js';
import type { FolderTarget, Target, TargetList, WordPressConnection, WordPressTarget } from '../../common/send.js';
import { siteLabel } from './cms-error.js';
import { ApiFailure } from '../errors.js';
import { SerialQueue } from '../library/serial-queue.js';
import { readJsonFile, writeJsonFile } from '../fs/json-file.js';
import { targetSecretKey, type SecretStore } from './secrets.js';

/**
 * The library's targets, in `.masthead/targets.json` (shared by whoever uses the
 * library, like its sections). Passwords are not in it: they are in the SecretStore, by target id.
 */

const Term = z.object({ id: z.number().int(), name: z.string() });
const StoredWordPress = z.object({
  id: z.string(),
  kind: z.literal('wordpress'),
  name: z.string(),
  siteUrl: z.string(),
  username: z.string(),
  connection: z.object({ checkedAt: z.string(), userName: z.string(), categories: z.array(Term), tags: z.array(Term) }).nullable(),
});
const StoredFolder = z.object({ id: z.string(), kind: z.literal('folder'), name: z.string(), folder: z.string(), formats: z.array(ExportFormat) });
const StoredTargets = z.object({ targets: z.array(z.discriminatedUnion('kind', [StoredWordPress, StoredFolder])) });
type StoredTarget = z.infer<typeof StoredWordPress> | z.infer<typeof StoredFolder>;

export const TARGETS_FILE = 'targets.json';

export type WordPressSettings = z.infer<typeof StoredWordPress>;

export class TargetsStore {
  private readonly queue = new SerialQueue();

  constructor(
    private readonly housekeeping: string,
    private readonly secrets: SecretStore,
  ) {}

  private get file(): string {
    return path.join(this.housekeeping, TARGETS_FILE);
  }

  async list(): Promise<TargetList> {
    return { targets: (await this.read()).map((t) => this.view(t)), secretKeeping: this.secrets.keeping };
  }

  async get(id: string): Promise<StoredTarget> {
    const target = (await this.read()).find((t) => t.id === id);
    if (!target) throw new ApiFailure('NOT_FOUND', 'That target no longer exists. It may have been removed in Settings.');
    return target;
  }

  async all(): Promise<StoredTarget[]> {
    return this.read();
  }

  password(id: string): string | null {
    return this.secrets.get(targetSecretKey(id));
  }

  addWordPress(input: { name?: string | undefined; siteUrl: string; username: string; applicationPassword: string }): Promise<Target> {
    return this.change(async (targets) => {
      const siteUrl = input.siteUrl.trim().replace(/\/+$/, '');
      const target: StoredTarget = {
        id: randomUUID(),
        kind: 'wordpress',
        name: input.name?.trim() || siteLabel(siteUrl),
        siteUrl,
        username: input.username.trim(),
        connection: null,
      };
      this.secrets.set(targetSecretKey(target.id), input.applicationPassword);
      return { targets: [...targets, target], result: target };
    });
  }

  updateWordPress(input: { id: string; name?: string | undefined; siteUrl: string; username: string; applicationPassword?: string | undefined }): Promise<Target> {
    return this.change(async (targets) => {
      const current = targets.find((t) => t.id === input.id);
      if (!current || current.kind !== 'wordpress') throw new ApiFailure('NOT_FOUND', 'That WordPress site is no longer in the targets.');
      const siteUrl = input.siteUrl.trim().replace(/\/+$/, '');
      const moved = siteUrl !== current.siteUrl || input.username.trim() !== current.username;
      const next: StoredTarget = {
        ...current,
        name: input.name?.trim() || current.name,
        siteUrl,
        username: input.username.trim(),
        connection: moved ? null : current.connection,
      };
      if (input.applicationPassword !== undefined) this.secrets.set(targetSecretKey(current.id), input.applicationPassword);
      return { targets: targets.map((t) => (t.id === current.id ? next : t)), result: next };
    });
  }

  addFolder(input: { name?: string | undefined; folder: string; formats: ExportFormat[] }): Promise<Target> {
    return this.change(async (targets) => {
      const folder = path.resolve(input.folder.trim());
      const target: StoredTarget = {
        id: randomUUID(),
        kind: 'folder',
        name: input.name?.trim() || path.basename(folder) || folder,
        folder,
        formats: [...new Set(input.formats)],
      };
      return { targets: [...targets, target], result: target };
    });
  }

  remove(id: string): Promise<null> {
    return this.change(async (targets) => {
      this.secrets.delete(targetSecretKey(id));
      return { targets: targets.filter((t) => t.id !== id), result: null };
    });
  }

  setConnection(id: string, connection: WordPressConnection): Promise<Target> {
    return this.change(async (targets) => {
      const current = targets.find((t) => t.id === id);
      if (!current || current.kind !== 'wordpress') throw new ApiFailure('NOT_FOUND', 'That WordPress site is no longer in the targets.');
      const next = { ...current, connection };
      return { targets: targets.map((t) => (t.id === id ? next : t)), result: next };
    });
  }

  view(target: StoredTarget): Target {
    if (target.kind === 'folder') return { ...target } satisfies FolderTarget;
    const password = this.secrets.get(targetSecretKey(target.id)) === null ? 'missing' : this.secrets.keeping;
    return { ...target, password } satisfies WordPressTarget;
  }

  private async read(): Promise<StoredTarget[]> {
    const state = await readJsonFile(this.file, StoredTargets);
    if (state.kind === 'ok') return state.value.targets;
    if (state.kind === 'missing') return [];
    throw new ApiFailure('DAMAGED', `The library's targets (.masthead/${TARGETS_FILE}) are damaged: ${state.reason}. Fix or remove the file.`);
  }

  private change<R>(task: (targets: StoredTarget[]) => Promise<{ targets: StoredTarget[]; result: StoredTarget | null }>): Promise<R> {
    return this.queue.run(async () => {
      const { targets, result } = await task(await this.read());
      await mkdir(this.housekeeping, { recursive: true });
      await writeJsonFile(this.file, { targets });
      return (result ? this.view(result) : null) as R;
    });
  }
}
