import i18next from 'i18next';

function scrollArea(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if ((overflowY === 'auto' || overflowY === 'scroll') && parent.scrollHeight > parent.clientHeight) return parent;
  }
  return null;
}

/**
 * Scrolls `element` into view within its own scroll area (the manuscript or the panel column)
 * only. Element.scrollIntoView would also scroll every clipping ancestor, the window's grid
 * included, shifting the whole layout.
 */
export function reveal(element: HTMLElement, block: 'start' | 'center' | 'end' = 'center'): void {
  const area = scrollArea(element);
  if (!area) return;
  const box = element.getBoundingClientRect();
  const frame = area.getBoundingClientRect();
  const margin = 24;
  const delta =
    block === 'start'
      ? box.top - frame.top - margin
      : block === 'end'
        ? box.bottom - frame.bottom + margin
        : box.top + box.height / 2 - (frame.top + frame.height / 2);
  area.scrollTop += delta;
}

/**
 * Going to a field from the checklist: scroll it to the middle of its scroll area, focus it, and
 * flash it briefly so the eye finds it.
 */
export function jumpTo(element: HTMLElement | null | undefined): boolean {
  if (!element) return false;
  reveal(element);
  element.focus({ preventScroll: true });
  element.classList.add('jump-target');
  setTimeout(() => element.classList.remove('jump-target'), 1200);
  return true;
}

type Tree = { [key: string]: string | Tree };

/**
 * A control's label as the user sees it in the current UI language, for the English text of a
 * string owned by another part of the app ("Alt text" on a photo): the English string itself and
 * every translation of a key whose English text it is.
 */
export function uiLabels(english: string): string[] {
  const keys: string[] = [];
  const walk = (tree: Tree, prefix: string): void => {
    for (const [key, value] of Object.entries(tree)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') {
        if (value === english) keys.push(path.replace(/_(zero|one|two|few|many|other)$/, ''));
      } else walk(value, path);
    }
  };
  walk((i18next.getResourceBundle('en', 'translation') ?? {}) as Tree, '');
  // Keys come from the bundle at run time, so they are not in the typed key list.
  const translate = i18next.t as unknown as (key: string) => string;
  return [english, ...keys.map((key) => translate(key))];
}

function accessibleLabel(element: HTMLElement): string {
  const aria = element.getAttribute('aria-label');
  if (aria) return aria;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
  }
  const labels = (element as HTMLInputElement).labels;
  return labels ? [...labels].map((label) => label.textContent ?? '').join(' ') : '';
}

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/** Text fields inside `root` (in document order) whose label is one of `labels`. */
export function controlsLabelled(root: HTMLElement | null, labels: readonly string[]): HTMLElement[] {
  if (!root) return [];
  const wanted = new Set(labels.map(normalize));
  return [...root.querySelectorAll<HTMLElement>('input, textarea, [contenteditable="true"], [role="textbox"]')].filter(
    (element) => element !== root && wanted.has(normalize(accessibleLabel(element))),
  );
}

/** A button inside `root` named one of `labels`, also with a shortcut after it ("Insert photo (Ctrl+Shift+P)"). */
export function buttonNamed(root: ParentNode | null, labels: readonly string[]): HTMLElement | null {
  if (!root) return null;
  const wanted = labels.map(normalize);
  return (
    [...root.querySelectorAll<HTMLElement>('button')].find((button) => {
      const name = normalize(button.getAttribute('aria-label') ?? button.textContent ?? '');
      return wanted.some((label) => name === label || name.startsWith(`${label} (`));
    }) ?? null
  );
}
