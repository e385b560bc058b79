import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import pino, { type Logger } from 'pino';
import type { ProbeOptions } from '../sfu/connectivity-probe';
import { RoomRegistry } from '../sfu/room-registry';
import { WorkerPool } from '../sfu/worker-pool';
import { Connection } from '../signalling/connection';
import { ConsultationHub } from '../signalling/consultation-hub';
import { ConsultationSession, relayConsultationEvents, translateDomainError } from '../signalling/consultation-session';
import { PrecheckSession } from '../signalling/precheck-session';
import { PROTOCOL_VERSION } from '../signalling/protocol/version';
import { RoomSession, translateSfuError } from '../signalling/room-session';
import { SignallingServer } from '../signalling/signalling-server';
import type { Config } from './config';
import { openDataServices, type DataServices } from './data-services';
import { identityFromClaims } from './identity/authorize';
import { sessionIsLive } from './identity/sessions';
import { TokenService, type AccessClaims } from './identity/tokens';
import { DEV_TOKEN_PATH, serveDevToken } from './dev-token';
import { clientIp } from './http/http-json';
import { createMetrics } from './metrics';
import { roomAuthorizer } from './room-access';
import { loadOrCreateJwtSecret } from './secrets';
import { serveNhsAssets } from './static-assets';

const webDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'web');

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
  const data = await openDataServices(config, tokens, logger);
  const sfu = await WorkerPool.create({
    workers: config.sfuWorkers,
    listenIp: config.rtc.listenIp,
    announcedAddress: config.rtc.announcedAddress,
    minPort: config.rtc.minPort,
    maxPort: config.rtc.maxPort,
  });
  const rooms = new RoomRegistry(sfu);
  const consultationHub = new ConsultationHub<ConsultationSession>();
  relayConsultationEvents(data.consultations, consultationHub);
  sfu.on('workerDied', ({ pid, error }) => logger.error({ pid, err: error }, 'mediasoup worker died'));

  const signalling = new SignallingServer<AccessClaims>({
    path: '/ws',
    logger,
    async authenticate(token) {
      const claims = tokens.verifyAccess(token);
      // A signed-out (revoked) session ends its sockets' right to connect at once, not at token expiry.
      if (claims.sid && !(await sessionIsLive(data.db, claims.sid))) throw new Error('this sign-in has ended');
      return claims;
    },
    onConnection(ws, claims, req) {
      const identity = { id: claims.sub, name: claims.name, role: claims.role };
      const connection = new Connection(ws, {
        logger: logger.child({ sub: claims.sub }),
        translateError: (err) => translateSfuError(err) ?? translateDomainError(err),
      });
      connection.notify('welcome', { protocolVersion: PROTOCOL_VERSION, identity });
      const who = identityFromClaims(claims);
      const roomSession = new RoomSession(connection, identity, rooms, roomAuthorizer(who, data.consultations));
      const actor = { identity: who, name: claims.name, ip: clientIp(req, config.trustProxy) ?? undefined };
      new ConsultationSession(connection, actor, data.consultations, consultationHub, () => roomSession.leave());
      new PrecheckSession(connection, sfu, options.precheck);
    },
  });

  const metrics = createMetrics({
    connections: () => signalling.clientCount,
    workers: () => sfu.workers.length,
    routers: () => sfu.workers.reduce((n, w) => n + w.routers.size, 0),
  });

  let web: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | undefined;
  let closeWeb = async (): Promise<void> => {};
  if (options.web !== false) {
    const app = next({ dev: false, dir: webDir, quiet: true, conf: undefined });
    await app.prepare();
    web = app.getRequestHandler();
    closeWeb = () => app.close();
  }

  const http = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, workers: sfu.workers.length }));
      return;
    }
    if (path === '/metrics') {
      void metrics.metrics().then((body) => {
        res.writeHead(200, { 'content-type': metrics.contentType });
        res.end(body);
      });
      return;
    }
    if (serveNhsAssets(path, res)) return;
    if (data.api.handles(path)) return void data.api.handle(req, res);
    if (path === DEV_TOKEN_PATH) return serveDevToken(req, res, tokens, config.production);
    if (web) {
      web(req, res).catch((err: unknown) => {
        logger.error({ err, path }, 'web request failed');
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
      return;
    }
    res.writeHead(404).end();
  });
  http.on('upgrade', (req, socket, head) => {
    if (signalling.handles(req)) signalling.handleUpgrade(req, socket, head);
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const url = config.publicUrl ?? `http://localhost:${port}`;

  return {
    url,
    port,
    tokens,
    sfu,
    rooms,
    logger,
    db: data.db,
    demoLogins: data.demoLogins,
    consultations: data.consultations,
    async close() {
      await signalling.close();
      rooms.closeAll();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await closeWeb();
      sfu.close();
      await data.close();
    },
  };
}
