import { pdfmake } from '../common/pdf.js';
import { CERTIFICATE_TEXTS, type CertificateLanguage, writtenDate, writtenList } from './certificate-texts.js';

/** What a certificate says. */
export interface CertificateContent {
  language: CertificateLanguage;
  menteeName: string;
  programmeName: string;
  municipalityNames: string[];
  periodStart: string;
  periodEnd: string;
  meetings: number;
  minutes: number;
  gatherings: number;
  code: string;
  /** The public page that confirms the code. */
  verifyUrl: string;
  issuedOn: string;
}

const BLUE = '#00509e';

/** The one-page A4 certificate, in its language. */
export function certificatePdf(c: CertificateContent): Promise<Buffer> {
  const t = CERTIFICATE_TEXTS[c.language];
  const number = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 1 });
  const figure = (label: string, value: string) => [
    { text: label, color: '#333333' },
    { text: value, bold: true, alignment: 'right' },
  ];
  return pdfmake
    .createPdf({
      pageSize: 'A4',
      pageMargins: [64, 72, 64, 72],
      info: { title: `${t.title} – ${c.menteeName}`, subject: c.programmeName, creator: 'mentornett' },
      language: c.language === 'en' ? 'en-GB' : c.language === 'nn' ? 'nn-NO' : 'nb-NO',
      defaultStyle: { font: 'Roboto', fontSize: 12, lineHeight: 1.3, color: '#1a1a1a' },
      content: [
        { canvas: [{ type: 'rect', x: 0, y: 0, w: 467, h: 6, color: BLUE }] },
        { text: t.title, fontSize: 34, bold: true, color: BLUE, margin: [0, 36, 0, 4] },
        { text: t.subtitle, fontSize: 14, color: '#333333', margin: [0, 0, 0, 48] },
        { text: c.menteeName, fontSize: 26, bold: true, margin: [0, 0, 0, 12] },
        { text: t.completed(c.programmeName), fontSize: 15 },
        { text: t.inMunicipalities(writtenList(c.municipalityNames, t)), fontSize: 15, margin: [0, 0, 0, 36] },
        {
          table: {
            widths: ['*', 'auto'],
            body: [
              figure(t.period, `${writtenDate(c.periodStart, t)} – ${writtenDate(c.periodEnd, t)}`),
              figure(t.meetings, number.format(c.meetings)),
              figure(t.hours, number.format(c.minutes / 60)),
              figure(t.gatherings, number.format(c.gatherings)),
            ],
          },
          layout: {
            hLineWidth: () => 0.5,
            vLineWidth: () => 0,
            hLineColor: () => '#bbbbbb',
            paddingTop: () => 8,
            paddingBottom: () => 8,
          },
          margin: [0, 0, 0, 48],
        },
        { text: `${t.issued}: ${writtenDate(c.issuedOn, t)}`, margin: [0, 0, 0, 4] },
        {
          text: [
            { text: `${t.code}: `, color: '#333333' },
            { text: c.code, bold: true },
          ],
          margin: [0, 0, 0, 4],
        },
        { text: t.verify(c.verifyUrl), fontSize: 10, color: '#333333' },
      ],
      footer: { text: t.footer, fontSize: 9, color: '#555555', alignment: 'center', margin: [64, 24, 64, 0] },
    })
    .getBuffer();
}
