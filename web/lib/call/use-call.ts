'use client';
import { useState, useSyncExternalStore } from 'react';
import { CallClient } from './call-client';
import type { CallState } from './call-state';

/** One CallClient per mounted call screen, and its state as React state. */
export function useCall(): [CallState, CallClient] {
  const [client] = useState(() => new CallClient());
  const state = useSyncExternalStore(client.subscribe, client.getState, client.getState);
  return [state, client];
}
