import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import type { ProbeOptions } from '../sfu/connectivity-probe';
import type { RoomDirectory } from '../sfu/room-registry';
import type { WorkerPool } from '../sfu/worker-pool';
import { Connection } from '../signalling/connection';
import { ConsultationHub } from '../signalling/consultation-hub';
import { ConsultationSession } from '../signalling/consultation-session';
import { relayConsultationEvents } from '../signalling/consultation-relay';
import { PrecheckSession } from '../signalling/precheck-session';
import { LocalPresenceBoard, type PresenceBoard } from '../signalling/presence';
import { PresenceRelay } from '../signalling/presence-relay';
import { ProbeQuota } from '../signalling/probe-quota';
import { PROTOCOL_VERSION } from '../contracts/protocol/version';
import { RoomSession } from '../signalling/room-session';
import { LocalResumeBook } from '../signalling/resume-book';
import { translateSfuError } from '../signalling/protocol-error';
import { RoomSessions } from '../signalling/room-sessions';
import { AbsentStaffWatch } from '../signalling/absent-staff';
import type { Actor } from '../domain/kernel/context';
import { formatRoomId } from '../contracts/protocol/rooms';
import { SignallingServer } from '../signalling/signalling-server';
import type { Consultations } from '../domain/consultations/consultations';
import { clientIp } from './http/http-json';
import { identityFromClaims } from '../access/authorize';
import type { LiveGrants } from '../identity/live-grants';
import type { AccessClaims, TokenService } from '../identity/tokens';
import { roomAuthorizer, type RoomJudge } from './room-access';
import type { MdtWiring } from './mdt-wiring';
import { SocketGrant } from './socket-grant';

export interface SignallingDeps {
  logger: Logger;
  tokens: TokenService;
  grants: LiveGrants;
  consultations: Consultations;
  rooms: RoomDirectory;
  sfu: WorkerPool;
  trustProxy: boolean;
  maxProbes: number;
  /** Who may be in an MDT meeting's room (the meeting's team). */
  mdtRooms: RoomJudge;
  /** Live MDT meetings: following, moving the panel, outcomes typed live, attendance from the call. */
  mdt: MdtWiring;
  /** How long a call may have no member of staff in its room before the guest is put back to wait. */
  absenceGraceMs: number;
  /** How long a dropped socket's place in a call is kept for it to resume. */
  resumeGraceMs: number;
  precheck?: ProbeOptions | undefined;
  /** Who of the staff is reachable; this process's sockets unless a deployment of several nodes gives one. */
  presence?: PresenceBoard;
  /** Whether a browser page from this Origin may open the socket. */
  originAllowed(origin: string | undefined): boolean;
}

/** A guest whose link is for an MDT meeting: a clinician from outside its team. */
const isExternal = (claims: AccessClaims): boolean => claims.role === 'guest' && claims.scope?.kind === 'mdt_meeting';

/**
 * What a guest's tile and the queue show: the name they gave, marked as unverified, with who they
 * said they are; an MDT's external clinician by the name the coordinator gave, marked external.
 */
function shownName(claims: AccessClaims): string {
  if (isExternal(claims)) return `${claims.name} (external)`;
  return claims.role === 'guest' && claims.guest ? `${claims.name} (guest, ${claims.guest})` : claims.name;
}

/**
 * The signalling WebSocket wired to the SFU and the consultation domain: each socket is checked
 * (Origin, token, the sign-in behind it) and then served by one session per area, each asking
 * `may` on every request. Sockets whose sign-in ends are closed at once.
 */
export function signallingServer(d: SignallingDeps): SignallingServer<AccessClaims> {
  const hub = new ConsultationHub<ConsultationSession>();
  relayConsultationEvents(d.consultations, hub);
  const inRooms = new RoomSessions();
  const resumes = new LocalResumeBook<RoomSession>();
  // A consultation held, moved or ended changes who may be in its room: everyone there is judged again.
  d.consultations.on('statusChanged', (e) => {
    void inRooms.recheck(formatRoomId({ kind: 'consultation', id: e.consultationId }));
  });
  d.consultations.on('statusChanged', (e) => {
    if (e.status === 'ended') d.grants.ended({ consultationId: e.consultationId, why: 'consultation_ended' });
  });
  // Whoever leaves a call, or is taken out because their rights ended, no longer holds its room.
  d.consultations.on('participantLeft', (e) => {
    void inRooms.recheck(formatRoomId({ kind: 'consultation', id: e.consultationId }));
  });
  const absent = new AbsentStaffWatch<Actor>(d.absenceGraceMs, (consultationId, lastToLeave) => {
    d.consultations.leave(lastToLeave, consultationId, 'disconnected').catch((err: unknown) => {
      d.logger.warn({ err, consultationId }, 'could not return an unattended call to the waiting area');
    });
  });
  const presence = d.presence ?? new LocalPresenceBoard();
  const relay = new PresenceRelay(presence, d.consultations);
  const quota = new ProbeQuota(d.maxProbes);
  const open = new Set<SocketGrant>();
  d.grants.bus.subscribe((end) => {
    for (const g of open) g.endIfResting(end);
  });

  return new SignallingServer<AccessClaims>({
    path: '/ws',
    logger: d.logger,
    originAllowed: d.originAllowed,
    async authenticate(token) {
      const claims = d.tokens.verifyAccess(token);
      const refusal = await d.grants.refusal(claims);
      if (refusal) throw new Error(refusal);
      return claims;
    },
    onConnection(ws, claims, req: IncomingMessage) {
      const grant = new SocketGrant(ws, claims, d.grants, d.tokens);
      open.add(grant);
      ws.once('close', () => open.delete(grant));
      const connection = new Connection(ws, {
        logger: d.logger.child({ sub: claims.sub }),
        translateError: translateSfuError,
        guard: () => grant.refusal(),
      });
      grant.serve(connection);
      const identity = { id: claims.sub, name: shownName(claims), role: claims.role };
      connection.notify('welcome', {
        protocolVersion: PROTOCOL_VERSION,
        identity,
        expiresAt: grant.expiresAt.toISOString(),
      });
      const who = identityFromClaims(claims);
      const authorize = roomAuthorizer(who, d.consultations, d.mdtRooms);
      const staff = claims.role !== 'guest';
      // Staff, and an MDT meeting's external clinician, follow MDT meetings; attendance is from their calls.
      const inMdt = staff || isExternal(claims);
      const actor: Actor = { identity: who, name: claims.name, ip: clientIp(req, d.trustProxy) ?? undefined };
      const inCall = staff
        ? {
            onJoined: (roomId: string) => {
              presence.joinedRoom(claims.sub);
              absent.joined(roomId);
              d.mdt.joinedRoom(who, roomId);
            },
            onLeft: (roomId: string) => {
              presence.leftRoom(claims.sub);
              absent.left(roomId, actor);
              d.mdt.leftRoom(who, roomId);
            },
          }
        : inMdt
          ? {
              onJoined: (roomId: string) => d.mdt.joinedRoom(who, roomId),
              onLeft: (roomId: string) => d.mdt.leftRoom(who, roomId),
            }
          : {};
      const roomDeps = { rooms: d.rooms, authorize, sessions: inRooms, resumes, resumeGraceMs: d.resumeGraceMs };
      new RoomSession(connection, identity, { ...roomDeps, ...inCall });
      if (staff) relay.add(connection, actor);
      new ConsultationSession(connection, actor, d.consultations, hub);
      if (inMdt) d.mdt.serve(connection, actor);
      // Counted per invite for guests: every redemption of a multi-use link is a new guest id.
      const prober = claims.inv ? `invite:${claims.inv}` : claims.sub;
      new PrecheckSession(connection, d.sfu, { identityId: prober, limits: quota }, d.precheck);
    },
  });
}
