'use client';
import { useEffect, useRef } from 'react';
import { MediaElement } from './MediaElement';

export interface TileProps {
  peerId: string;
  name: string;
  source: 'camera' | 'screen';
  track?: MediaStreamTrack;
  consumerId?: string;
  local?: boolean;
  micMuted?: boolean;
  activeSpeaker?: boolean;
  /** Their connection dropped and is being restored (the video may freeze meanwhile). */
  reconnecting?: boolean;
  onResize?: (consumerId: string, width: number, height: number) => void;
}

/** One person's camera or screen, with their name and whether they are muted or speaking. */
export function VideoTile(p: TileProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { consumerId, onResize } = p;
  useEffect(() => {
    const el = ref.current;
    if (!el || !consumerId || !onResize) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new ResizeObserver(([entry]) => {
      clearTimeout(timer);
      const { width, height } = entry!.contentRect;
      timer = setTimeout(() => onResize(consumerId, width * devicePixelRatio, height * devicePixelRatio), 250);
    });
    observer.observe(el);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [consumerId, onResize]);

  const label = `${p.name}${p.local ? ' (you)' : ''}${p.source === 'screen' ? ' – shared screen' : ''}`;
  return (
    <div
      ref={ref}
      className={`convene-tile${p.activeSpeaker ? ' convene-tile--speaking' : ''}`}
      data-testid="tile"
      data-peer-id={p.peerId}
      data-source={p.source}
      data-local={p.local ? 'true' : 'false'}
      data-active-speaker={p.activeSpeaker ? 'true' : 'false'}
      data-muted={p.micMuted ? 'true' : 'false'}
      data-reconnecting={p.reconnecting ? 'true' : 'false'}
    >
      {p.track ? (
        <MediaElement track={p.track} kind="video" label={label} />
      ) : (
        <div className="convene-tile__placeholder">Camera off</div>
      )}
      {p.reconnecting ? <span className="convene-tile__reconnecting">Reconnecting…</span> : null}
      <span className="convene-tile__name">
        {label}
        {p.micMuted ? <strong className="convene-tile__muted"> · muted</strong> : null}
      </span>
    </div>
  );
}
