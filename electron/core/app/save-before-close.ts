/** How long a closing window or host waits for the renderer to save. */
export const SAVE_BEFORE_CLOSE_MS = 3000;

/**
 * Save-before-close, for both transports: asks the renderer to save (`app:beforeClose`) and
 * waits until it answers `app:closeReady`, or 3 s at most, so a hung page cannot keep the app
 * from quitting.
 */
export class SaveBeforeClose {
  private waiting: Array<() => void> = [];

  constructor(
    /** Sends app:beforeClose to the renderer. */
    private readonly ask: () => void,
    private readonly waitMs = SAVE_BEFORE_CLOSE_MS,
  ) {}

  /** Resolves once the renderer has saved, or after the wait. */
  async run(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const saved = new Promise<void>((resolve) => this.waiting.push(resolve));
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.waitMs)));
    this.ask();
    await Promise.race([saved, waited]);
    clearTimeout(timer);
    this.waiting = [];
  }

  /** The renderer answered app:closeReady. */
  ready(): void {
    for (const done of this.waiting) done();
    this.waiting = [];
  }
}
