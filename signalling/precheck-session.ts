import type { DtlsParameters, RtpParameters } from 'mediasoup/types';
import { ConnectivityProbe, type ProbeOptions } from '../sfu/connectivity-probe';
import type { WorkerPool } from '../sfu/worker-pool';
import type { Connection, MethodHandlers } from './connection';
import type { ProbeQuota } from './probe-quota';
import type { PrecheckMethods } from '../contracts/protocol/methods/precheck';
import { ProtocolError } from './protocol-error';

/**
 * One connection's pre-call connectivity check. Any identity may run one (a guest checks before
 * waiting, staff before a clinic), one at a time per connection and within the quota per
 * identity and per server; the connection's rate limit bounds how often.
 */
export class PrecheckSession {
  private probe: ConnectivityProbe | undefined;
  private socketClosed = false;

  constructor(
    connection: Connection,
    private readonly pool: WorkerPool,
    private readonly quota: { identityId: string; limits: ProbeQuota },
    private readonly options: ProbeOptions = {},
  ) {
    connection.socket.once('close', () => {
      this.socketClosed = true;
      this.stop();
    });
    connection.serve(this.handlers());
  }

  private running(): ConnectivityProbe {
    if (!this.probe || this.probe.isClosed) throw new ProtocolError('out_of_order', 'start a check first');
    return this.probe;
  }

  private handlers(): MethodHandlers<keyof typeof PrecheckMethods> {
    return {
      'precheck.start': async () => {
        if (this.probe && !this.probe.isClosed) {
          throw new ProtocolError('out_of_order', 'a check is already running; stop it first');
        }
        const release = this.quota.limits.take(this.quota.identityId);
        if (typeof release === 'string') throw new ProtocolError('out_of_order', release);
        const probe = await ConnectivityProbe.create(this.pool, this.options).catch((err: unknown) => {
          release();
          throw err;
        });
        probe.onClose(release);
        // The socket may have gone while the router was being made: nobody is left to stop it.
        if (this.socketClosed) {
          probe.close();
          throw new ProtocolError('out_of_order', 'the connection has closed');
        }
        this.probe = probe;
        probe.onClose(() => {
          if (this.probe === probe) this.probe = undefined;
        });
        const t = probe.transport;
        return {
          routerRtpCapabilities: probe.router.rtpCapabilities,
          transportId: t.id,
          iceParameters: t.iceParameters,
          iceCandidates: t.iceCandidates,
          dtlsParameters: t.dtlsParameters,
          expiresInMs: probe.timeoutMs,
        };
      },
      'precheck.connect': async ({ dtlsParameters }) => {
        await this.running().connect(dtlsParameters as DtlsParameters);
        return {};
      },
      'precheck.produce': async ({ kind, rtpParameters }) => ({
        producerId: await this.running().produce(kind, rtpParameters as RtpParameters),
      }),
      'precheck.result': async () => this.running().result(),
      'precheck.stop': async () => {
        this.stop();
        return {};
      },
    };
  }

  stop(): void {
    this.probe?.close();
    this.probe = undefined;
  }
}
