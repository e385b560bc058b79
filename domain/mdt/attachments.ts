import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { claimedType, cleanFilename, sniffType } from '../consultations/file-types';
import { MAX_FILE_BYTES } from '../consultations/files';
import { change } from '../kernel/change';
import type { Actor } from '../kernel/context';
import { DomainError } from '../kernel/domain-error';
import { requireId } from '../kernel/ids';
import { requireListed } from './case-list';
import { attachmentsOf, type MdtAttachmentView } from './case-view';
import { authoriseCase, roleMay } from './mdt-access';
import { auditMdt, type MdtContext } from './mdt-context';

/**
 * Reports and key images on a case: the same kinds and size limit as files shared in a consultation
 * (PNG, JPEG, PDF up to 10 MiB, judged by their bytes, not their names), in the same table.
 */
function checkAttachment(filename: string, bytes: Uint8Array) {
  if (bytes.length > MAX_FILE_BYTES)
    throw new DomainError('too_large', `a file may be at most ${MAX_FILE_BYTES / 1024 / 1024} MiB`);
  if (bytes.length === 0) throw new DomainError('bad_request', 'the file is empty');
  const contentType = sniffType(bytes);
  if (!contentType)
    throw new DomainError('unsupported_type', 'Only PNG or JPEG images and PDF reports can be attached to a case.');
  const claimed = claimedType(cleanFilename(filename));
  if (claimed && claimed !== contentType)
    throw new DomainError('unsupported_type', `The file is named as ${claimed} but is ${contentType}.`);
  return { name: cleanFilename(filename, contentType), contentType };
}

/** A coordinator attaches a report or key image to a listed case, for the panel to read beforehand. */
export async function attachToCase(
  ctx: MdtContext,
  actor: Actor,
  caseId: string,
  file: { filename: string; bytes: Uint8Array },
): Promise<MdtAttachmentView> {
  const authorise = () => authoriseCase(ctx, actor, 'mdt.meeting.manage', caseId);
  const lock = (trx: Transaction<Database>, c: Awaited<ReturnType<typeof authorise>>) =>
    trx.selectFrom('mdt_cases').select(['id', 'status']).where('id', '=', c.id).forUpdate().executeTakeFirstOrThrow();
  const { result } = await change(ctx, { authorise, lock }, async (trx, c, at) => {
    requireListed(c.status);
    const { name, contentType } = checkAttachment(file.filename, file.bytes);
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const row = await trx
      .insertInto('files')
      .values({
        consultation_id: null,
        mdt_case_id: c.id,
        uploaded_by: actor.identity.id,
        filename: name,
        content_type: contentType,
        size_bytes: file.bytes.length,
        sha256,
        content: file.bytes,
        storage_path: null,
        created_at: at,
      })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    const details = {
      file_id: row.id,
      filename: name,
      content_type: contentType,
      size_bytes: file.bytes.length,
      sha256,
    };
    await auditMdt(ctx, trx, actor, 'mdt.attachment.add', { type: 'mdt_case', id: c.id }, details);
    const view = { id: row.id, filename: name, contentType, sizeBytes: file.bytes.length };
    return { ...view, sha256, uploadedAt: row.created_at };
  });
  return result;
}

/** The attachments of a case, without their bytes, for any member of its team. */
export async function listAttachments(ctx: MdtContext, actor: Actor, caseId: string): Promise<MdtAttachmentView[]> {
  const c = await authoriseCase(ctx, actor, 'mdt.case.read', caseId);
  return (await attachmentsOf(ctx.db, [c.id])).get(c.id) ?? [];
}

/** One attachment's bytes, for a member of its case's team; every download is audited. */
export async function readAttachment(
  ctx: MdtContext,
  actor: Actor,
  fileId: string,
): Promise<{ filename: string; contentType: string; bytes: Buffer }> {
  const id = requireId(fileId, 'attachment');
  await roleMay(ctx, actor, 'mdt.case.read', { type: 'file', id });
  const row = await ctx.db
    .selectFrom('files')
    .select(['id', 'mdt_case_id', 'filename', 'content_type', 'content'])
    .where('id', '=', id)
    .executeTakeFirst();
  // Files shared in consultations are not this area's to hand out.
  if (!row?.mdt_case_id || !row.content) throw new DomainError('not_found', 'there is no such attachment');
  const c = await authoriseCase(ctx, actor, 'mdt.case.read', row.mdt_case_id);
  await ctx.db
    .transaction()
    .execute((trx) =>
      auditMdt(ctx, trx, actor, 'mdt.attachment.read', { type: 'file', id: row.id }, { case_id: c.id }),
    );
  return { filename: row.filename, contentType: row.content_type, bytes: Buffer.from(row.content) };
}
