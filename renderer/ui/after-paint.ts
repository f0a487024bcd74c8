/**
 * Runs `work` once the next frame is painted (a task queued from its requestAnimationFrame), so
 * what it re-renders never delays the keystroke that asked for it; without frames (Node), after
 * the current task.
 */
export function afterPaint(work: () => void): void {
  // Typed by hand: this module is also compiled for Node, without the DOM's types.
  const nextFrame = (globalThis as { requestAnimationFrame?: (callback: () => void) => number }).requestAnimationFrame;
  if (nextFrame) nextFrame(() => setTimeout(work, 0));
  else setTimeout(work, 0);
}
