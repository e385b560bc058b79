'use client';
import type { ReactNode } from 'react';
import { presenter, type CallState } from '../call-state';
import type { CallClient } from '../call-client';
import { CallControls } from './CallControls';
import { MediaElement } from './MediaElement';
import { VideoTile } from './VideoTile';
import './call-layout.css';

export interface CallViewProps {
  state: CallState;
  client: CallClient;
  /** Leaving as the screen means it (a consultation tells the server first); by default just the room. */
  onLeave?: () => void;
  /** Buttons the screen adds after "Leave call". */
  extraControls?: ReactNode;
}

/**
 * The call itself: the others, then oneself (small, beside or over them, when there is one other), or
 * the shared screen large with people beside it. The others come first in reading order too: they are
 * who the call is for.
 */
export function CallView({ state, client, onLeave, extraControls }: CallViewProps) {
  const shared = presenter(state);
  const onResize = (consumerId: string, w: number, h: number) => client.reportTileSize(consumerId, w, h);
  const self = (
    <VideoTile
      key="self"
      peerId={state.selfId ?? 'self'}
      name={state.displayName}
      source="camera"
      track={state.local.camera}
      local
      micMuted={state.micMuted}
      activeSpeaker={state.activeSpeakerId === state.selfId}
    />
  );
  const people = state.peers.map((p) => (
    <VideoTile
      key={p.peerId}
      peerId={p.peerId}
      name={p.displayName}
      source="camera"
      track={p.tracks.camera?.track}
      consumerId={p.tracks.camera?.consumerId}
      micMuted={p.paused.mic ?? !p.tracks.mic}
      activeSpeaker={state.activeSpeakerId === p.peerId}
      reconnecting={p.reconnecting}
      onResize={onResize}
    />
  ));
  const sharer =
    shared &&
    (shared.peerId === state.selfId
      ? state.displayName
      : state.peers.find((p) => p.peerId === shared.peerId)?.displayName);

  return (
    <section data-testid="call" data-layout={shared ? 'presenter' : 'grid'} aria-label="Video call">
      <div className="convene-call-status">
        <p className="convene-recording-status" role="status">
          <span aria-hidden="true">●</span> Nothing is being recorded
        </p>
        <p className="nhsuk-body-s" aria-live="polite" data-testid="call-connection" data-state={state.connection}>
          {state.connection === 'reconnecting'
            ? 'Reconnecting to the call…'
            : state.peers.length === 0
              ? 'Waiting for others to join.'
              : `${state.peers.length + 1} people in this call.`}
        </p>
      </div>
      {shared ? (
        <div className="convene-presenter">
          <div className="convene-presenter__stage">
            <VideoTile
              peerId={shared.peerId}
              name={sharer ?? 'Someone'}
              source="screen"
              track={shared.track}
              local={shared.peerId === state.selfId}
            />
          </div>
          <div className="convene-presenter__strip">
            {people}
            {self}
          </div>
        </div>
      ) : (
        <div
          className="convene-grid"
          data-with-others={state.peers.length > 0 ? 'true' : 'false'}
          data-others={Math.min(state.peers.length, 2)}
        >
          {people}
          {self}
        </div>
      )}
      {state.peers.map((p) =>
        p.tracks.mic ? <MediaElement key={`a-${p.peerId}`} track={p.tracks.mic.track} kind="audio" /> : null,
      )}
      <CallControls
        state={state}
        onToggleMic={() => void client.setMicMuted(!state.micMuted)}
        onToggleCamera={() => void client.setCameraOff(!state.cameraOff)}
        onToggleScreen={() => void (state.local.screen ? client.stopScreenShare() : client.startScreenShare())}
        onLeave={onLeave ?? (() => void client.leave())}
        extra={extraControls}
      />
    </section>
  );
}
