import { createHash } from 'node:crypto';
import { authorise } from './access';
import { requireId } from '../kernel/ids';
import { change } from './change';
import type { ConsultationContext } from './context';
import { DomainError } from '../kernel/domain-error';
import { claimedType, cleanFilename, sniffType, type SharedFileType } from './file-types';
import { speaker } from './messages';
import { auditOnly, recordStep } from './timeline';
import type { Actor, SharedFile } from './types';

/** Pictures and letters, not videos: enough for a photo of a wound or a discharge summary. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const KIND_NAMES: Record<SharedFileType, string> = {
  'image/png': 'a PNG picture',
  'image/jpeg': 'a JPEG picture',
  'application/pdf': 'a PDF',
};

function checkFile(filename: string, bytes: Uint8Array): { name: string; contentType: SharedFileType } {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new DomainError('too_large', `a file may be at most ${MAX_FILE_BYTES / 1024 / 1024} MiB`);
  }
  if (bytes.length === 0) throw new DomainError('bad_request', 'the file is empty');
  const contentType = sniffType(bytes);
  const claimed = claimedType(cleanFilename(filename));
  if (!contentType) {
    const claim = claimed ? `it is named as ${KIND_NAMES[claimed]} but is not one` : 'it is not a picture or a PDF';
    throw new DomainError('unsupported_type', `Only PNG or JPEG pictures and PDFs can be shared: ${claim}.`);
  }
  if (claimed && claimed !== contentType) {
    throw new DomainError(
      'unsupported_type',
      `The file is named as ${KIND_NAMES[claimed]} but is ${KIND_NAMES[contentType]}.`,
    );
  }
  return { name: cleanFilename(filename, contentType), contentType };
}

export async function attachFile(
  ctx: ConsultationContext,
  actor: Actor,
  id: string,
  file: { filename: string; bytes: Uint8Array },
): Promise<SharedFile> {
  const { name, contentType } = checkFile(file.filename, file.bytes);
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const { result } = await change(ctx, actor, 'file.upload', id, async (trx, c, at) => {
    const from = await speaker(trx, c, actor, at);
    const { id: fileId } = await trx
      .insertInto('files')
      .values({
        consultation_id: c.id,
        mdt_case_id: null,
        uploaded_by: actor.identity.id,
        filename: name,
        content_type: contentType,
        size_bytes: file.bytes.length,
        sha256,
        content: file.bytes,
        storage_path: null,
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const details = {
      file_id: fileId,
      filename: name,
      content_type: contentType,
      size_bytes: file.bytes.length,
      sha256,
    };
    await recordStep(trx, ctx, actor, { consultationId: c.id, kind: 'file_shared', at, details });
    return { consultationId: c.id, fileId, from: from.display_name, at };
  });
  const shared: SharedFile = {
    fileId: result.fileId,
    filename: name,
    contentType,
    sizeBytes: file.bytes.length,
    sha256,
    from: result.from,
    sharedAt: result.at,
  };
  ctx.emit('fileShared', {
    consultationId: result.consultationId,
    fileId: shared.fileId,
    filename: shared.filename,
    contentType: shared.contentType,
    sizeBytes: shared.sizeBytes,
    from: shared.from,
  });
  return shared;
}

export async function readFile(
  ctx: ConsultationContext,
  actor: Actor,
  fileId: string,
): Promise<{ filename: string; contentType: string; bytes: Buffer }> {
  const row = await ctx.db
    .selectFrom('files')
    .select(['id', 'consultation_id', 'filename', 'content_type', 'content'])
    .where('id', '=', requireId(fileId, 'file'))
    .executeTakeFirst();
  // Files of MDT cases are not this domain's to hand out.
  if (!row?.consultation_id || !row.content) throw new DomainError('not_found', 'there is no such file');
  await authorise(ctx, actor, 'file.read', row.consultation_id);
  await auditOnly(
    ctx.db,
    ctx,
    actor,
    'file.read',
    { type: 'file', id: row.id },
    { consultation_id: row.consultation_id },
  );
  return { filename: row.filename, contentType: row.content_type, bytes: Buffer.from(row.content) };
}

/** The files shared in a consultation, without their contents. */
export async function fileList(db: ConsultationContext['db'], consultationId: string): Promise<SharedFile[]> {
  const rows = await db
    .selectFrom('files as f')
    .select(['f.id', 'f.filename', 'f.content_type', 'f.size_bytes', 'f.sha256', 'f.created_at', 'f.uploaded_by'])
    .select((eb) =>
      eb
        .selectFrom('consultation_participants as p')
        .select('p.display_name')
        .whereRef('p.consultation_id', '=', 'f.consultation_id')
        .where((w) =>
          w.or([
            w('p.guest_id', '=', w.ref('f.uploaded_by')),
            w(w.cast('p.user_id', 'text'), '=', w.ref('f.uploaded_by')),
          ]),
        )
        .limit(1)
        .as('from'),
    )
    .where('f.consultation_id', '=', consultationId)
    .orderBy('f.created_at')
    .execute();
  return rows.map((r) => ({
    fileId: r.id,
    filename: r.filename,
    contentType: r.content_type,
    sizeBytes: r.size_bytes,
    sha256: r.sha256,
    from: r.from ?? 'someone no longer listed',
    sharedAt: r.created_at,
  }));
}
