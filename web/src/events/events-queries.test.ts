import { describe, expect, it } from 'vitest';
import { partnersFrom, partnersText } from './events-queries.js';

describe('partners written one a line', () => {
  it('reads an organisation and a contact after a semicolon, skipping blank lines', () => {
    expect(partnersFrom('Helsestasjonen; helsesykepleier\n\n  Sortland IL  \nNAV; Kari; rådgiver\n')).toEqual([
      { organisation: 'Helsestasjonen', contact: 'helsesykepleier' },
      { organisation: 'Sortland IL' },
      { organisation: 'NAV', contact: 'Kari; rådgiver' },
    ]);
  });

  it('writes them back the same way', () => {
    const text = partnersText([
      { organisation: 'Helsestasjonen', contact: 'helsesykepleier' },
      { organisation: 'Sortland IL', contact: null },
    ]);
    expect(text).toBe('Helsestasjonen; helsesykepleier\nSortland IL');
    expect(partnersFrom(text)).toEqual([
      { organisation: 'Helsestasjonen', contact: 'helsesykepleier' },
      { organisation: 'Sortland IL' },
    ]);
  });
});
