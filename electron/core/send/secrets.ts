/**
 * Where the passwords of targets are kept. The Electron main process keeps them
 * encrypted with the OS keyring (safeStorage), or for the session only when the OS has none; the
 * browser host keeps them in memory for its lifetime. Core code only asks and never logs them.
 */
export interface SecretStore {
  /** How a secret set now would be kept. */
  readonly keeping: 'keyring' | 'session';
  get(key: string): string | null;
  set(key: string, secret: string): void;
  delete(key: string): void;
}

/** Secrets held in this process only: the browser host, and Electron without a keyring. */
export class MemorySecretStore implements SecretStore {
  readonly keeping = 'session' as const;
  private readonly secrets = new Map<string, string>();

  get(key: string): string | null {
    return this.secrets.get(key) ?? null;
  }
  set(key: string, secret: string): void {
    this.secrets.set(key, secret);
  }
  delete(key: string): void {
    this.secrets.delete(key);
  }
}

export function targetSecretKey(targetId: string): string {
  return `target:${targetId}`;
}
