import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import pdfmake from 'pdfmake';

/*
 * pdfmake set up once for every PDF of ours (certificates, the funder report): Roboto, shipped
 * with pdfmake, has every Norwegian letter (æ ø å) and the rest of Latin, and is embedded
 * (subset) in each PDF. A PDF of ours never fetches anything, and reads no file but the fonts.
 */
const FONT_DIR = dirname(createRequire(import.meta.url).resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));
pdfmake.setFonts({
  Roboto: {
    normal: `${FONT_DIR}/Roboto-Regular.ttf`,
    bold: `${FONT_DIR}/Roboto-Medium.ttf`,
    italics: `${FONT_DIR}/Roboto-Italic.ttf`,
    bolditalics: `${FONT_DIR}/Roboto-MediumItalic.ttf`,
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(`${FONT_DIR}/`));

export { pdfmake };
