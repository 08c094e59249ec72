import { Client, type Dispatcher } from 'undici';

/** One keep-alive connection lent to one request at a time. */
export interface Lease {
  dispatcher: Dispatcher;
  /** The connection already carried a complete answer: a reset before any byte is then probably stale. */
  reused: boolean;
  /** The label given with the last complete answer on this connection, when reused. */
  previous?: string;
  /** Gives the connection back; `answered`: a complete answer came back on it, for `label`. */
  release(answered: boolean, label?: string): void;
  /** Closes the connection for good (it timed out: whatever it still holds must not delay the next request). */
  discard(): void;
}

export interface ConnectionPool {
  acquire(): Promise<Lease>;
  destroy(): Promise<void>;
}

interface Slot {
  client: Client;
  connected: boolean;
  /** Complete answers on the current socket. */
  served: number;
  /** Label of the last of them. */
  last?: string;
  busy: boolean;
}

function createSlot(origin: string, options: Client.Options): Slot {
  const client = new Client(origin, options);
  const slot: Slot = { client, connected: false, served: 0, busy: false };
  client.on('connect', () => ((slot.connected = true), (slot.served = 0)));
  client.on('disconnect', () => (slot.connected = false));
  client.on('connectionError', () => (slot.connected = false));
  return slot;
}

/**
 * At most `size` undici Clients (one socket each) for one origin. Unlike a Pool it knows which connection
 * a request went out on and whether that connection was reused, which undici does not tell.
 */
export function createConnectionPool(origin: string, options: Client.Options, size: number): ConnectionPool {
  const slots: Slot[] = [];
  const waiting: ((slot: Slot) => void)[] = [];
  const handOn = (slot: Slot): void => {
    slot.busy = false;
    const next = waiting.shift();
    if (next !== undefined) next(slot);
  };
  const lend = (slot: Slot): Lease => {
    slot.busy = true;
    const release = (answered: boolean, label?: string): void => {
      if (!slot.busy) return;
      if (answered) {
        slot.served++;
        slot.last = label;
      }
      handOn(slot);
    };
    const discard = (): void => {
      if (!slot.busy) return;
      slot.busy = false;
      void slot.client.destroy().catch(() => undefined);
      const fresh = createSlot(origin, options);
      slots.splice(slots.indexOf(slot), 1, fresh);
      handOn(fresh);
    };
    const reused = slot.connected && slot.served > 0;
    const previous = reused && slot.last !== undefined ? { previous: slot.last } : {};
    return { dispatcher: slot.client, reused, ...previous, release, discard };
  };
  return {
    acquire(): Promise<Lease> {
      const idle = slots.find((slot) => !slot.busy);
      if (idle !== undefined) return Promise.resolve(lend(idle));
      if (slots.length < size) {
        const slot = createSlot(origin, options);
        slots.push(slot);
        return Promise.resolve(lend(slot));
      }
      return new Promise((resolve) => waiting.push((slot) => resolve(lend(slot))));
    },
    async destroy(): Promise<void> {
      const closing = slots.splice(0).map((slot) => slot.client.destroy());
      await Promise.allSettled(closing);
    },
  };
}
