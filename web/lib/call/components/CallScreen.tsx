'use client';
import { useEffect } from 'react';
import { fetchCallToken, signallingUrl } from '../token';
import { useCall } from '../use-call';
import { CallView } from './CallView';
import { PreJoin, type PreJoinChoice } from './PreJoin';

declare global {
  interface Window {
    /** Read-only call diagnostics (decoding figures), for support staff and automated checks. */
    conveneCall?: { inboundVideoStats(): Promise<unknown[]> };
  }
}

export function CallScreen({ roomId }: { roomId: string }) {
  const [state, client] = useCall();

  useEffect(() => {
    window.conveneCall = { inboundVideoStats: () => client.inboundVideoStats() };
    return () => {
      delete window.conveneCall;
      void client.leave();
    };
  }, [client]);

  const join = async (choice: PreJoinChoice) => {
    try {
      const token = await fetchCallToken(roomId, choice.displayName);
      await client.join({ wsUrl: signallingUrl(), token, roomId, ...choice });
    } catch (err) {
      choice.mic?.stop();
      choice.camera?.stop();
      alert((err as Error).message);
    }
  };

  if (state.status === 'joined') {
    return (
      <div className="convene-wide">
        <CallView state={state} client={client} />
      </div>
    );
  }
  if (state.status === 'left') {
    return (
      <div>
        <h2>You have left the call</h2>
        <p>
          <a href={`/call/${encodeURIComponent(roomId)}`}>Join again</a>
        </p>
      </div>
    );
  }
  return <PreJoin onJoin={(c) => void join(c)} error={state.error} busy={state.status === 'joining'} />;
}
