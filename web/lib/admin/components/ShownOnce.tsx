/** A password the server made, in the one place it will ever be shown, with the warning that it will not be again. */
export function ShownOnce({ who, password, what }: { who: string; password: string; what: string }) {
  return (
    <div className="nhsuk-inset-text" role="status">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        {what} for <strong>{who}</strong>:
      </p>
      <p>
        <code data-testid="shown-password" style={{ fontSize: '1.25rem', wordBreak: 'break-all' }}>
          {password}
        </code>
      </p>
      <p>
        <strong>Copy it now and give it to them securely. It will not be shown again.</strong>
      </p>
    </div>
  );
}
