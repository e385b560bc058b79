import { extractText } from 'unpdf';

/** The text a PDF shows, as a PDF reader extracts it (pdf.js, through each font's ToUnicode map). */
export async function pdfText(pdf: Buffer): Promise<string> {
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  return text;
}
