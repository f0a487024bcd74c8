import type { EventTypes } from '../../common/ipc.js';

export type LibraryEventName = 'library:changed' | 'article:changedOnDisk';
/** `[name, payload]` pairs, so a listener's `payload` narrows when it checks `name`. */
export type LibraryEvent = { [E in LibraryEventName]: [name: E, payload: EventTypes[E]] }[LibraryEventName];
export type LibraryEventListener = (...event: LibraryEvent) => void;
