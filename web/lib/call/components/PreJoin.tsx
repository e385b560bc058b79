'use client';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { MediaElement } from './MediaElement';

export interface PreJoinChoice {
  displayName: string;
  mic?: MediaStreamTrack;
  camera?: MediaStreamTrack;
}

/** Name and devices, with a live camera preview, before joining. */
export function PreJoin({
  onJoin,
  error,
  busy,
}: {
  onJoin(choice: PreJoinChoice): void;
  error?: string;
  busy: boolean;
}) {
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  const [cameraId, setCameraId] = useState<string>();
  const [micId, setMicId] = useState<string>();
  const [stream, setStream] = useState<MediaStream>();
  const [mediaError, setMediaError] = useState<string>();
  // Joining before the camera has started waits for it rather than joining without media.
  const pending = useRef<Promise<MediaStream | undefined>>(Promise.resolve(undefined));

  useEffect(() => {
    let current: MediaStream | undefined;
    let cancelled = false;
    const request = navigator.mediaDevices.getUserMedia({
      audio: micId ? { deviceId: { exact: micId } } : true,
      video: cameraId ? { deviceId: { exact: cameraId } } : { width: 1280, height: 720 },
    });
    pending.current = request.catch(() => undefined);
    request
      .then(async (s) => {
        if (cancelled) return s.getTracks().forEach((t) => t.stop());
        current = s;
        setStream(s);
        setMediaError(undefined);
        setDevices(await navigator.mediaDevices.enumerateDevices());
      })
      .catch((err: Error) =>
        setMediaError(
          err.name === 'NotAllowedError'
            ? 'Your browser blocked the camera and microphone. Allow them in the address bar, then reload the page.'
            : `Your camera or microphone could not be started (${err.message}).`,
        ),
      );
    return () => {
      cancelled = true;
      current?.getTracks().forEach((t) => t.stop());
    };
  }, [cameraId, micId]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setNameError('Enter your name');
    setNameError(undefined);
    const media = await pending.current;
    // The call takes these tracks over; the preview must not stop them when it unmounts.
    const mic = media?.getAudioTracks()[0]?.clone();
    const camera = media?.getVideoTracks()[0]?.clone();
    onJoin({ displayName: name.trim(), mic, camera });
  };

  const cameras = devices.filter((d) => d.kind === 'videoinput');
  const mics = devices.filter((d) => d.kind === 'audioinput');
  const preview = stream?.getVideoTracks()[0];
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {error || mediaError ? (
        <div className="nhsuk-error-summary" aria-labelledby="join-error-title" role="alert" tabIndex={-1}>
          <h2 className="nhsuk-error-summary__title" id="join-error-title">
            There is a problem
          </h2>
          <div className="nhsuk-error-summary__body">
            <p>{error ?? mediaError}</p>
          </div>
        </div>
      ) : null}
      <div className={`nhsuk-form-group${nameError ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor="display-name">
          Your name
        </label>
        <div className="nhsuk-hint" id="display-name-hint">
          Others in the call will see this.
        </div>
        {nameError ? (
          <span className="nhsuk-error-message" id="display-name-error">
            <span className="nhsuk-u-visually-hidden">Error:</span> {nameError}
          </span>
        ) : null}
        <input
          className="nhsuk-input nhsuk-input--width-20"
          id="display-name"
          name="displayName"
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-describedby="display-name-hint"
        />
      </div>
      {preview ? (
        <div className="convene-preview">
          <MediaElement track={preview} kind="video" label="Your camera preview" />
        </div>
      ) : null}
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="camera-select">
          Camera
        </label>
        <select
          className="nhsuk-select"
          id="camera-select"
          value={cameraId ?? preview?.getSettings().deviceId ?? ''}
          onChange={(e) => setCameraId(e.target.value)}
        >
          {cameras.map((d, i) => (
            <option key={d.deviceId} value={d.deviceId}>
              {d.label || `Camera ${i + 1}`}
            </option>
          ))}
        </select>
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="mic-select">
          Microphone
        </label>
        <select
          className="nhsuk-select"
          id="mic-select"
          value={micId ?? stream?.getAudioTracks()[0]?.getSettings().deviceId ?? ''}
          onChange={(e) => setMicId(e.target.value)}
        >
          {mics.map((d, i) => (
            <option key={d.deviceId} value={d.deviceId}>
              {d.label || `Microphone ${i + 1}`}
            </option>
          ))}
        </select>
      </div>
      <button className="nhsuk-button" type="submit" disabled={busy}>
        {busy ? 'Joining…' : 'Join call'}
      </button>
    </form>
  );
}
