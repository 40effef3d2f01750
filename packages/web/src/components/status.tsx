/** Loading, error and empty states, so every page says the same thing the same way. */
import type { ReactNode } from "react";
import { describeError } from "../api/api-error.js";

/** A polite loading line (announced once, not a spinner that spins forever in a screen reader). */
export function Loading({ what = "Loading" }: { readonly what?: string }) {
  return (
    <p className="spinner" role="status">
      {what}…
    </p>
  );
}

/** An error notice in plain words, with an optional retry. */
export function ErrorNotice({ error, onRetry }: { readonly error: unknown; readonly onRetry?: () => void }) {
  return (
    <div className="notice notice--error" role="alert">
      <p>{describeError(error)}</p>
      {onRetry && (
        <button type="button" className="btn btn--small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** An empty state that teaches: what will appear here, and what to do to make it appear. */
export function EmptyState({
  title,
  children,
  action,
}: {
  readonly title: string;
  readonly children?: ReactNode;
  readonly action?: ReactNode;
}) {
  return (
    <div className="empty">
      <h3>{title}</h3>
      {children}
      {action && <div className="row">{action}</div>}
    </div>
  );
}

/** An empty state for a part of the app the API does not offer yet (named so it is easy to wire). */
export function NotYetAvailable({ what, route }: { readonly what: string; readonly route: string }) {
  return (
    <EmptyState title={`${what} will appear here`}>
      <p>
        This part of Ascent is not connected yet: the server does not offer <code>{route}</code>. Nothing is shown
        rather than something made up.
      </p>
    </EmptyState>
  );
}
