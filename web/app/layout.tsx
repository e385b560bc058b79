import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './convene.css';

export const metadata: Metadata = {
  title: { default: 'Convene', template: '%s – Convene' },
  description: 'Video consultations and virtual MDT meetings for health and care',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <head>
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
          </div>
        </header>
        <div className="nhsuk-width-container">
          <main className="nhsuk-main-wrapper" id="maincontent" role="main">
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
