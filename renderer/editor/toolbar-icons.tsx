/**
 * Small line icons for the formatting toolbar (24×24 grid, drawn with currentColor). Icons that
 * point along the line of text carry `icon--mirror` so they flip in right-to-left layouts.
 */
import type { ReactNode } from 'react';

function Icon({ children, mirror = false }: { children: ReactNode; mirror?: boolean }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={mirror ? 'icon--mirror' : undefined}
    >
      {children}
    </svg>
  );
}

export const LinkIcon = () => (
  <Icon>
    <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1.5 1.5" />
    <path d="M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1.5-1.5" />
  </Icon>
);

export const BulletedListIcon = () => (
  <Icon mirror>
    <path d="M9 6h11M9 12h11M9 18h11" />
    <circle cx="4.5" cy="6" r="1" fill="currentColor" />
    <circle cx="4.5" cy="12" r="1" fill="currentColor" />
    <circle cx="4.5" cy="18" r="1" fill="currentColor" />
  </Icon>
);

export const NumberedListIcon = () => (
  <Icon mirror>
    <path d="M10 6h10M10 12h10M10 18h10" />
    <path d="M4 4.5 5 4v4M4 8h2" strokeWidth="1.5" />
    <path d="M3.8 12.2a1.1 1.1 0 0 1 2.1.3c0 .9-2.1 1.7-2.1 3h2.2" strokeWidth="1.5" />
  </Icon>
);

export const QuoteIcon = () => (
  <Icon>
    <path d="M9 7H6a2 2 0 0 0-2 2v3h5V7zM9 12c0 3-1.5 4.5-4 5" />
    <path d="M19 7h-3a2 2 0 0 0-2 2v3h5V7zM19 12c0 3-1.5 4.5-4 5" />
  </Icon>
);

export const UndoIcon = () => (
  <Icon mirror>
    <path d="M9 14 4 9l5-5" />
    <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
  </Icon>
);

export const RedoIcon = () => (
  <Icon mirror>
    <path d="m15 14 5-5-5-5" />
    <path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />
  </Icon>
);

export const PhotoIcon = () => (
  <Icon>
    <rect x="3" y="5" width="18" height="14" rx="2" />
    <circle cx="8.5" cy="10" r="1.5" />
    <path d="m21 16-5-5-9 8" />
  </Icon>
);
