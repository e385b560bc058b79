import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../config';

/** A configuration for an in-process server: a free port, loopback media, a fresh data dir. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'convene-test-')),
    RTC_LISTEN_IP: '127.0.0.1',
    RTC_ANNOUNCED_IP: '127.0.0.1',
    SFU_WORKERS: '1',
    LOG_LEVEL: 'silent',
    ...env,
  });
}
