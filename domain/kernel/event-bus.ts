import { EventEmitter } from 'node:events';

/** Events by name, each with its payload as a tuple: the shape every area's event map takes. */
export type EventMap = Record<string, unknown[]>;

/**
 * Where the domain announces what it committed, and the layers above listen. In-process today;
 * a second node adds an implementation over a shared bus (PostgreSQL NOTIFY, NATS) that delivers
 * each event to every node's listeners.
 */
export interface EventBus<M extends EventMap> {
  emit<E extends keyof M & string>(event: E, ...payload: M[E]): void;
  on<E extends keyof M & string>(event: E, listener: (...payload: M[E]) => void): unknown;
}

/**
 * The single-process bus. A failing listener is reported, never thrown back: the change it
 * heard about is committed, and must not look as if it was not.
 */
export class LocalEventBus<M extends EventMap> implements EventBus<M> {
  private readonly emitter = new EventEmitter();

  emit<E extends keyof M & string>(event: E, ...payload: M[E]): void {
    for (const listener of this.emitter.listeners(event)) {
      try {
        (listener as (...args: unknown[]) => void)(...payload);
      } catch (err) {
        process.emitWarning(`a ${event} listener failed: ${(err as Error).message}`);
      }
    }
  }

  on<E extends keyof M & string>(event: E, listener: (...payload: M[E]) => void): this {
    this.emitter.on(event, listener as (...args: unknown[]) => void);
    return this;
  }
}
