import jsQR from 'jsqr';
import type { Locator } from '@playwright/test';

/**
 * What a phone camera would read from a QR code on the screen: an inline <svg> or an <img>, drawn
 * onto a canvas in the page and decoded here.
 */
export async function scanQr(qr: Locator): Promise<string | undefined> {
  const side = 400;
  const pixels = await qr.evaluate(async (el, px) => {
    const img = el instanceof HTMLImageElement ? el : new Image();
    if (!(el instanceof HTMLImageElement)) {
      const svg = new XMLSerializer().serializeToString(el);
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    }
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = px;
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0, px, px);
    return Array.from(g.getImageData(0, 0, px, px).data);
  }, side);
  return jsQR(Uint8ClampedArray.from(pixels), side, side)?.data;
}
