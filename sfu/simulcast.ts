/**
 * The camera is sent in three spatial layers (quarter, half and full resolution). A receiver
 * is sent the smallest layer that still fills the tile it shows, which saves its bandwidth and
 * the sender's upstream when nobody watches in full.
 */
export const CAMERA_SPATIAL_LAYERS = 3;

export function spatialLayerForTile(width: number, height: number): number {
  const size = Math.max(height, width * (9 / 16));
  if (size === 0) return 0;
  if (size <= 180) return 0;
  if (size <= 360) return 1;
  return CAMERA_SPATIAL_LAYERS - 1;
}
