import { mkdirSync, writeFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A PDF read back as a reader's software reads it (Mozilla's pdf.js): its pages and their text. */
export async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''));
  }
  await doc.destroy();
  return { pages: doc.numPages, text: pages.join('\n').replace(/[ \t]+/g, ' ') };
}

/** Keeps a document the tests made under test-artifacts/<dir>/<name>, to be looked at; never committed. */
export function saveArtefact(dir: string, name: string, content: Buffer): string {
  const folder = new URL(`../../test-artifacts/${dir}/`, import.meta.url);
  mkdirSync(folder, { recursive: true });
  const file = new URL(name, folder);
  writeFileSync(file, content);
  return file.pathname;
}
