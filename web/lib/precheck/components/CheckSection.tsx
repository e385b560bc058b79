import type { ReactNode } from 'react';
import styles from './Precheck.module.css';

export type CheckStatus = 'checking' | 'working' | 'problem' | 'untested';

const TAGS: Record<CheckStatus, { label: string; colour: string }> = {
  checking: { label: 'Checking', colour: 'nhsuk-tag--grey' },
  working: { label: 'Working', colour: 'nhsuk-tag--green' },
  problem: { label: 'Problem', colour: 'nhsuk-tag--red' },
  untested: { label: 'Not tested', colour: 'nhsuk-tag--grey' },
};

/** One part of the check as a card: its name and status in the heading (read together), then its detail. */
export function CheckSection({
  id,
  title,
  status,
  children,
}: {
  id: string;
  title: string;
  status: CheckStatus;
  children: ReactNode;
}) {
  const tag = TAGS[status];
  return (
    <section className="nhsuk-card" aria-labelledby={`${id}-heading`} data-testid={`${id}-check`} data-status={status}>
      <div className="nhsuk-card__content">
        <h2 className={`nhsuk-card__heading nhsuk-heading-m ${styles.heading}`} id={`${id}-heading`}>
          {title}
          <strong className={`nhsuk-tag ${tag.colour} ${styles.tag}`}>{tag.label}</strong>
        </h2>
        {children}
      </div>
    </section>
  );
}
