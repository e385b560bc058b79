import { loadConfig, ConfigError } from '../server/config';
import { startConvene } from '../server/app';
import { formatDemoLogins } from '../server/demo/prepare-demo';
import { exitOnSetupError } from './lib/system-packages';
import { prepare } from './prepare';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  await prepare().catch(exitOnSetupError);
  const app = await startConvene(config);
  console.log(`\n  Convene is running at ${app.url}\n`);
  if (app.demoLogins.length) console.log(`${formatDemoLogins(app.demoLogins)}\n`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
