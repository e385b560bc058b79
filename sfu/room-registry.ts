import { Room } from './room';
import type { WorkerPool } from './worker-pool';

/**
 * Where the open rooms are found by id. Rooms live in the process that runs their routers; a
 * deployment of several nodes adds an implementation that knows which node holds which room.
 */
export interface RoomDirectory {
  get(id: string): Room | undefined;
  getOrCreate(id: string): Promise<Room>;
  readonly all: Room[];
  closeAll(): void;
}

/** The open rooms of this process by id. A room is created on first join and forgotten when it closes. */
export class RoomRegistry implements RoomDirectory {
  private readonly rooms = new Map<string, Room>();
  private readonly creating = new Map<string, Promise<Room>>();

  constructor(private readonly pool: WorkerPool) {}

  get(id: string): Room | undefined {
    return this.rooms.get(id);
  }

  async getOrCreate(id: string): Promise<Room> {
    const open = this.rooms.get(id);
    if (open && !open.isClosed) return open;
    // Two peers joining an empty room at once must land on the same router.
    let pending = this.creating.get(id);
    if (!pending) {
      pending = Room.create(id, this.pool).then((room) => {
        this.rooms.set(id, room);
        room.once('closed', () => {
          if (this.rooms.get(id) === room) this.rooms.delete(id);
        });
        return room;
      });
      pending.finally(() => this.creating.delete(id)).catch(() => {});
      this.creating.set(id, pending);
    }
    return pending;
  }

  get all(): Room[] {
    return [...this.rooms.values()];
  }

  closeAll(): void {
    for (const room of this.rooms.values()) room.close();
    this.rooms.clear();
  }
}
