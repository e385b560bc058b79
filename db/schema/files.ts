import type { Generated } from 'kysely';
import type { CreatedAt } from './columns';

/**
 * Files shared in a consultation or attached to an MDT case. One table serves both, so upload,
 * storage and download are written once; its own area because it belongs to neither alone.
 */

/** One uploaded file, attached to a consultation or to an MDT case. */
export interface FileTable {
  id: Generated<string>;
  consultation_id: string | null;
  mdt_case_id: string | null;
  uploaded_by: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  /** Small files live in the row; large ones on disk under `storage_path`. Exactly one is set. */
  content: Uint8Array | null;
  storage_path: string | null;
  created_at: CreatedAt;
}
