'use client';
import type { SignallingClient } from '../../../contracts/client/signalling-client';
import { formatRoomId } from '../../../contracts/protocol/rooms';
import { useCall } from '../call/use-call';

/**
 * The meeting's own call, on the page's staff socket: joining it is what records attendance, so
 * there is nothing else to send. Camera and microphone are asked for on the press, not before;
 * without them the person joins to watch and listen.
 */
export function useMeetingCall(meetingId: string, signalling: SignallingClient | undefined, name: string | undefined) {
  const [call, client] = useCall();
  const join = async () => {
    if (!signalling || !name) return;
    const media = await navigator.mediaDevices
      .getUserMedia({ audio: true, video: { width: 1280, height: 720 } })
      .catch(() => undefined);
    const [mic, camera] = [media?.getAudioTracks()[0], media?.getVideoTracks()[0]];
    await client.join({
      signalling,
      roomId: formatRoomId({ kind: 'mdt', id: meetingId }),
      displayName: name,
      mic,
      camera,
    });
  };
  return { call, client, join, inCall: call.status === 'joining' || call.status === 'joined' };
}
