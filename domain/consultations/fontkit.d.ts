/** The part of fontkit (plain JavaScript, no types) that Convene uses: does a font draw a character. */
declare module 'fontkit' {
  interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function openSync(path: string): Font;
}
