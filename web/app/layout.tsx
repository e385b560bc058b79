import type { Metadata, Viewport } from 'next';
import { cookies, headers } from 'next/headers';
import { Suspense, type ReactNode } from 'react';
import { AccountNav } from '../lib/nav/AccountNav';
import { SignedOutNotice } from '../lib/nav/SignedOutNotice';
import { ACCESS_COOKIE_NAME } from '../lib/nav/signed-in-cookie';
import './convene.css';

export const metadata: Metadata = {
  title: { default: 'Convene', template: '%s – Convene' },
  description: 'Video consultations and virtual MDT meetings for health and care',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/**
 * zod, which the browser code uses for the signalling protocol, probes once whether `Function('')` is
 * allowed, to compile faster parsers. The policy refuses it (no 'unsafe-eval'): zod then parses as it
 * would anyway, but the refusal is a CSP violation report on every page that parses. Telling zod up front
 * that it runs without eval (its `jitless` setting, which z.config() keeps in this global, read by zod
 * whenever it loads) avoids the probe. It runs first, before any script of the app.
 */
const ZOD_WITHOUT_EVAL =
  'globalThis.__zod_globalConfig=Object.assign(globalThis.__zod_globalConfig||{},{jitless:true})';

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request renders every page per request, never ahead of time: Next.js stamps its script tags
  // with the nonce of the request's Content-Security-Policy (set by server/http/content-security-policy.ts),
  // and a page prerendered at build time would carry no nonce, so the browser would refuse its scripts.
  const policy = (await headers()).get('content-security-policy') ?? '';
  const nonce = /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(policy)?.[1];
  const signedIn = (await cookies()).has(ACCESS_COOKIE_NAME);
  return (
    <html lang="en-GB">
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: ZOD_WITHOUT_EVAL }} />
        {/* Served by the Convene server itself, see server/static-assets.ts. */}
        <link rel="stylesheet" href="/assets/nhsuk-frontend.css" />
      </head>
      <body>
        <a className="nhsuk-skip-link" href="#maincontent">
          Skip to main content
        </a>
        <header className="nhsuk-header" role="banner">
          <div className="nhsuk-header__container nhsuk-width-container">
            <div className="nhsuk-header__service">
              <a className="nhsuk-header__service-logo" href="/" aria-label="Convene homepage">
                <span className="nhsuk-header__service-name">Convene</span>
              </a>
            </div>
            {signedIn ? <AccountNav /> : null}
          </div>
        </header>
        <div className="nhsuk-width-container">
          <main className="nhsuk-main-wrapper" id="maincontent" role="main">
            <Suspense>
              <SignedOutNotice />
            </Suspense>
            {children}
          </main>
        </div>
        <footer role="contentinfo" className="nhsuk-footer">
          <div className="nhsuk-width-container">
            <p className="nhsuk-body-s">Convene – self-hosted video consultations. Nothing is recorded.</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
