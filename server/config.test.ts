import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig as loadFrom } from './config';

/** The environment as a plain map of strings, as the process gives it. */
const loadConfig = (env: Record<string, string>) => loadFrom(env as NodeJS.ProcessEnv);

const PRODUCTION = { NODE_ENV: 'production', PUBLIC_URL: 'https://convene.trust.example' };

/** Asserts that `env` is refused at start-up with a ConfigError naming `setting`. */
function refused(env: Record<string, string>, setting: string): void {
  assert.throws(
    () => loadConfig(env),
    (err: Error) => err instanceof ConfigError && err.message.includes(setting),
  );
}

describe('configuration refuses unsafe production settings', () => {
  it('refuses to start in production without PUBLIC_URL', () => {
    refused({ NODE_ENV: 'production' }, 'PUBLIC_URL');
  });

  it('starts in production with PUBLIC_URL set', () => {
    const config = loadConfig(PRODUCTION);
    assert.equal(config.production, true);
    assert.equal(config.publicUrl, 'https://convene.trust.example');
  });

  for (const value of ['true', '1']) {
    it(`refuses CONVENE_DEV_TOKENS=${value} in production`, () => {
      refused({ ...PRODUCTION, CONVENE_DEV_TOKENS: value }, 'CONVENE_DEV_TOKENS');
    });
  }

  it('keeps dev tokens off and /metrics unserved unless asked', () => {
    for (const env of [{}, { NODE_ENV: 'test' }, PRODUCTION] as Record<string, string>[]) {
      const config = loadConfig(env);
      assert.equal(config.devTokens, false);
      assert.equal(config.metricsToken, undefined);
      assert.deepEqual(config.allowedOrigins, []);
    }
  });

  it('turns dev tokens on only when asked, outside production', () => {
    assert.equal(loadConfig({ NODE_ENV: 'development', CONVENE_DEV_TOKENS: 'true' }).devTokens, true);
    assert.equal(loadConfig({ ...PRODUCTION, CONVENE_DEV_TOKENS: 'false' }).devTokens, false);
  });

  it('takes a METRICS_TOKEN only if it is long enough to be a secret', () => {
    assert.equal(loadConfig({ METRICS_TOKEN: 'a-metrics-token-for-tests' }).metricsToken, 'a-metrics-token-for-tests');
    refused({ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN');
  });

  it('reads ALLOWED_ORIGINS as a comma list of origins', () => {
    const config = loadConfig({ ALLOWED_ORIGINS: 'https://partner.example/path, http://localhost:8080 ,' });
    assert.deepEqual(config.allowedOrigins, ['https://partner.example', 'http://localhost:8080']);
    refused({ ALLOWED_ORIGINS: 'https://partner.example,partner.example' }, 'ALLOWED_ORIGINS');
  });
});
