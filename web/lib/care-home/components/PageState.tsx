import type { ReactNode } from 'react';
import type { Loaded } from '../../admin/use-admin-data';

/**
 * An organisation's page while it loads, when it is refused, or when it failed; once loaded, its
 * content. A member of staff who is not the page's kind of staff is told so and sent to their own start.
 */
export function PageState<T>({
  loaded,
  forWhom,
  children,
}: {
  loaded: Loaded<T>;
  forWhom: string;
  children: (data: T) => ReactNode;
}) {
  if (loaded.state === 'ready') return <>{children(loaded.data)}</>;
  if (loaded.state === 'forbidden')
    return (
      <div>
        <h1>You do not have access</h1>
        <p>This page is for {forWhom}.</p>
        <p>
          <a href="/">Go to the start page</a>
        </p>
      </div>
    );
  if (loaded.state === 'failed')
    return (
      <div className="nhsuk-error-summary" role="alert">
        <h2 className="nhsuk-error-summary__title">There is a problem</h2>
        <div className="nhsuk-error-summary__body">
          <p>{loaded.message}</p>
        </div>
      </div>
    );
  return <p role="status">Loading…</p>;
}
