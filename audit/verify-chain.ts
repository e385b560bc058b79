import type { Kysely } from 'kysely';
import type { AuditEvent, Database } from '../db/schema';
import { auditHash, GENESIS_HASH } from './audit-log';

export type ChainProblem =
  /** Event `id` is missing: deleted, or the events after it were. */
  | 'deleted'
  /** Event `id` no longer matches its own hash: a field was changed. */
  | 'edited'
  /** Event `id` does not link to the event before it: that one, or this link, was rewritten and re-hashed. */
  | 'relinked';

export type ChainReport =
  | { intact: true; count: number; headHash: string }
  | { intact: false; count: number; id: number; problem: ChainProblem; message: string };

const PAGE = 500;

const span = (from: number, to: number): string => (from === to ? `event ${from}` : `events ${from}–${to}`);

function broken(count: number, id: number, problem: ChainProblem, message: string): ChainReport {
  return { intact: false, count, id, problem, message };
}

function checkEvent(e: AuditEvent, expectedId: number, prevHash: string, count: number): ChainReport | null {
  if (e.id !== expectedId) {
    const gap = span(expectedId, e.id - 1);
    return broken(count, expectedId, 'deleted', `${gap} missing: the chain jumps from ${expectedId - 1} to ${e.id}`);
  }
  if (auditHash(e) !== e.hash) return broken(count, e.id, 'edited', `event ${e.id} was changed after it was written`);
  if (e.prev_hash !== prevHash) {
    return broken(
      count,
      e.id,
      'relinked',
      `event ${e.id} does not follow event ${e.id - 1}: one of them was rewritten`,
    );
  }
  return null;
}

/**
 * Walks the audit chain from the first event, in id order, re-computing every hash. Stops at the
 * first event that is missing, altered or out of the chain and names it. Reads one snapshot, so
 * events appended meanwhile do not disturb the walk.
 */
export async function verifyAuditChain(db: Kysely<Database>): Promise<ChainReport> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      let expectedId = 1;
      let prevHash = GENESIS_HASH;
      let count = 0;
      for (;;) {
        const page = await trx
          .selectFrom('audit_events')
          .selectAll()
          .where('id', '>=', expectedId)
          .orderBy('id')
          .limit(PAGE)
          .execute();
        for (const e of page) {
          const problem = checkEvent(e, expectedId, prevHash, count);
          if (problem) return problem;
          expectedId += 1;
          prevHash = e.hash;
          count += 1;
        }
        if (page.length < PAGE) break;
      }
      const head = await trx.selectFrom('audit_chain_head').select(['last_id', 'last_hash']).executeTakeFirstOrThrow();
      if (head.last_id !== count || head.last_hash !== prevHash) {
        if (head.last_id > count) {
          return broken(count, count + 1, 'deleted', `${span(count + 1, head.last_id)} missing from the end`);
        }
        return broken(count, head.last_id, 'relinked', 'the chain head does not match the last event');
      }
      return { intact: true, count, headHash: prevHash };
    });
}
