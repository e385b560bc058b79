'use client';
import { usePathname, useSearchParams } from 'next/navigation';
import { SIGNED_OUT_PATH } from './sign-out';

const [path, query] = SIGNED_OUT_PATH.split('?') as [string, string];
const flag = new URLSearchParams(query).keys().next().value ?? '';

/** On the sign-in page after "Sign out": tells the person it worked, so they can leave the computer. */
export function SignedOutNotice() {
  const here = usePathname();
  const params = useSearchParams();
  if (here !== path || !params.has(flag)) return null;
  return (
    <div className="nhsuk-inset-text" role="status">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>You have signed out.</p>
    </div>
  );
}
