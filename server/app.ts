import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import type { ProbeOptions } from '../sfu/connectivity-probe';
import { RoomRegistry } from '../sfu/room-registry';
import { WorkerPool } from '../sfu/worker-pool';
import { refuseUpgrade } from '../signalling/signalling-server';
import type { Config } from './config';
import { openDataServices, type DataServices } from './data-services';
import { DEV_TOKEN_PATH, serveDevToken } from './dev-token';
import { allowedOrigins, originAllowed } from './http/allowed-origins';
import { applyContentSecurityPolicy } from './http/content-security-policy';
import { httpEntry } from './http/entry';
import { requestPath } from './http/request-path';
import { TokenService } from '../identity/tokens';
import { countWorkerFailures, createMetrics, serveMetrics } from './metrics';
import { loadOrCreateJwtSecret } from './secrets';
import { mdtRoomJudgement } from '../domain/mdt/room-access';
import { mdtWiring } from './mdt-wiring';
import { LocalPresenceBoard } from '../signalling/presence';
import { signallingServer } from './signalling-wiring';
import { serveNhsAssets } from './static-assets';
import { startWebApp, type WebApp } from './web-app';

export interface RunningConvene {
  url: string;
  port: number;
  tokens: TokenService;
  sfu: WorkerPool;
  rooms: RoomRegistry;
  logger: Logger;
  db: DataServices['db'];
  demoLogins: DataServices['demoLogins'];
  consultations: DataServices['consultations'];
  grants: DataServices['grants'];
  close(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  /** Serve the Next.js app (needs `web/.next` from `npm run build`). Tests of the API alone may skip it. */
  web?: boolean;
  /** The pre-call connectivity probe's lifetime and measuring time; tests shorten them. */
  precheck?: ProbeOptions;
}

/** Starts the whole service on one port: the web app, the signalling WebSocket and the SFU. */
export async function startConvene(config: Config, options: StartOptions = {}): Promise<RunningConvene> {
  const logger = options.logger ?? pino({ level: config.logLevel, base: { service: 'convene' } });
  const tokens = new TokenService(loadOrCreateJwtSecret(config.dataDir, config.jwtSecret));
  let port = config.port;
  // Never the request's Host header: whoever sends the request chooses that.
  const publicUrl = (): string => config.publicUrl ?? `http://localhost:${port}`;
  // One board for the directory's answers over HTTP and the pushes over the socket: they cannot disagree.
  const presence = new LocalPresenceBoard();
  const data = await openDataServices(config, tokens, logger, publicUrl, (userId) => presence.of(userId));
  const sfu = await WorkerPool.create({
    workers: config.sfuWorkers,
    listenIp: config.rtc.listenIp,
    announcedAddress: config.rtc.announcedAddress,
    minPort: config.rtc.minPort,
    maxPort: config.rtc.maxPort,
  });
  const rooms = new RoomRegistry(sfu);
  sfu.on('workerDied', ({ pid, error }) =>
    logger.error({ pid, err: error }, 'mediasoup worker died: starting a replacement; its rooms are made again'),
  );
  sfu.on('workerReplaced', ({ pid, replacedPid }) => logger.warn({ pid, replacedPid }, 'mediasoup worker replaced'));
  sfu.on('replacementFailed', ({ error, attempt }) =>
    logger.error({ err: error, attempt }, 'could not start a replacement mediasoup worker; trying again'),
  );
  let origins = new Set<string>();
  const signalling = signallingServer({
    logger,
    tokens,
    grants: data.grants,
    consultations: data.consultations,
    rooms,
    sfu,
    trustProxy: config.trustProxy,
    maxProbes: config.maxProbes,
    absenceGraceMs: config.absenceGraceMs,
    resumeGraceMs: config.resumeGraceMs,
    presence,
    mdtRooms: (identity, id) => mdtRoomJudgement(data.db, identity, id),
    mdt: mdtWiring(data.mdtLive, logger),
    precheck: options.precheck,
    originAllowed: (origin) => originAllowed(origin, origins),
  });
  const metrics = createMetrics({
    connections: () => signalling.clientCount,
    workers: () => sfu.workers.length,
    routers: () => sfu.workers.reduce((n, w) => n + w.routers.size, 0),
  });
  countWorkerFailures(metrics, sfu);
  const web: WebApp | undefined = options.web !== false ? await startWebApp() : undefined;

  const http = createServer(
    httpEntry(logger, (req, res, path) => {
      if (path === '/healthz') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify({ ok: true, workers: sfu.workers.length }));
      }
      if (path === '/metrics') return serveMetrics(req, res, metrics, config.metricsToken);
      if (serveNhsAssets(path, res)) return;
      if (data.api.handles(path)) return data.api.handle(req, res);
      if (path === DEV_TOKEN_PATH) return serveDevToken(req, res, tokens, config.devTokens);
      if (!web) return void res.writeHead(404).end();
      // A fresh script nonce per page: Next.js reads it from the request's policy and stamps its scripts.
      applyContentSecurityPolicy(req, res);
      return web.handle(req, res);
    }),
  );
  http.on('upgrade', (req, socket, head) => {
    const path = requestPath(req.url);
    if (path === null) return refuseUpgrade(socket, 400, 'the request target is not a valid path');
    if (path !== signalling.path) return refuseUpgrade(socket, 404, 'no WebSocket here; use /ws');
    signalling.handleUpgrade(req, socket, head);
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  port = (http.address() as AddressInfo).port;
  origins = allowedOrigins(config.publicUrl, port, config.allowedOrigins);

  return {
    url: publicUrl(),
    port,
    tokens,
    sfu,
    rooms,
    logger,
    db: data.db,
    demoLogins: data.demoLogins,
    consultations: data.consultations,
    grants: data.grants,
    async close() {
      await signalling.close();
      rooms.closeAll();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await web?.close();
      sfu.close();
      await data.close();
    },
  };
}
