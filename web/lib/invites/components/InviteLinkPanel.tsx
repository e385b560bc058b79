'use client';
import { useMemo, useState } from 'react';
import { encode } from 'uqr';

/** The link as a QR code, drawn from the code's modules, for a patient to scan from the screen. */
function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const qr = encode(text, { ecc: 'M', border: 4 });
    const parts: string[] = [];
    qr.data.forEach((row, y) => row.forEach((dark, x) => dark && parts.push(`M${x} ${y}h1v1h-1z`)));
    return { size: qr.size, path: parts.join('') };
  }, [text]);
  return (
    <svg
      className="convene-qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      data-testid="invite-qr"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

/** A fresh invite link: to copy into a text message or email, or to scan from the screen. */
export function InviteLinkPanel({ id, link, expiresAt }: { id: string; link: string; expiresAt: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(link).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <div className="nhsuk-inset-text" data-testid="invite">
      <label className="nhsuk-label" htmlFor={id}>
        Send this link by text message or email (works until {new Date(expiresAt).toLocaleString('en-GB')})
      </label>
      <input
        className="nhsuk-input"
        id={id}
        readOnly
        value={link}
        onFocus={(e) => e.target.select()}
        data-testid="invite-link"
      />
      <button type="button" className="nhsuk-button nhsuk-button--secondary convene-copy" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="nhsuk-body-s">
        {copied ? ' Copied' : ''}
      </span>
      <p className="nhsuk-body-s">Or they can scan this code with their phone camera:</p>
      <QrCode text={link} label="QR code of the invite link" />
    </div>
  );
}
