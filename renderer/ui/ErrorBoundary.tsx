import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What to show instead of the children once they have thrown. */
  fallback(error: Error): ReactNode;
  children: ReactNode;
}

/**
 * Keeps a rendering failure in one part of the window (say, an editor given a body it cannot
 * load) from blanking the whole app: the sidebar, Trash and the other articles stay usable.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
