import { errnoCode, rethrowAsApiFailure } from '../errors.js';

/** Where a failed step is reported: the process log (stderr), unless a caller says otherwise. */
export type StepLog = (message: string) => void;

const logToStderr: StepLog = (message) => console.error(message);

/** The error's message and system code only: never its stack, which can carry request data. */
function describeFailure(err: unknown): string {
  const code = errnoCode(err);
  const message = err instanceof Error ? err.message : String(err);
  return code && !message.includes(code) ? `${message} (${code})` : message;
}

/**
 * Services started one after another and stopped in the reverse order (Zettlr's boot and
 * shutdown, VS Code's initServices). A step that fails to start stops the steps started before
 * it, last first, so nothing is left half-open; stopping goes on past a step that fails and
 * names it. Each step is one call to `start`, so adding a service is one line.
 */
export class ServiceSteps {
  private readonly started: Array<{ name: string; stop: () => unknown }> = [];

  constructor(
    /** What the steps start, for messages: `the library "Desk"`. */
    private readonly what: string,
    private readonly log: StepLog = logToStderr,
  ) {}

  /**
   * Starts one service. When it fails, the steps started so far are stopped and the failure is
   * thrown as one the user can read ("Could not start sending for the library "Desk" …").
   */
  async start<T>(name: string, start: () => T | Promise<T>, stop: (service: T) => unknown): Promise<T> {
    let service: T;
    try {
      service = await start();
    } catch (err) {
      this.log(`[masthead] ${this.what}: ${name} failed to start: ${describeFailure(err)}`);
      await this.stop();
      rethrowAsApiFailure(err, `start ${name} for ${this.what}`);
    }
    this.started.push({ name, stop: () => stop(service) });
    return service;
  }

  /** Stops every started step, last first, past any that fails; resolves with the names of those that failed. */
  async stop(): Promise<string[]> {
    const failed: string[] = [];
    for (let step = this.started.pop(); step; step = this.started.pop()) {
      try {
        await step.stop();
      } catch (err) {
        failed.push(step.name);
        this.log(`[masthead] ${this.what}: ${step.name} failed to stop: ${describeFailure(err)}`);
      }
    }
    return failed;
  }
}
