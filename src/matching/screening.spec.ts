import { screeningExpiresOn, screeningProblems } from './screening.js';

describe('screeningProblems', () => {
  it('names each document missing', () => {
    expect(screeningProblems({ policeCertificateSeenOn: null, confidentialitySignedOn: null }, '2027-01-10')).toEqual([
      'police_certificate_missing',
      'confidentiality_declaration_missing',
    ]);
  });

  it('holds a document until the day before it turns three years old', () => {
    const mentor = { policeCertificateSeenOn: '2024-01-10', confidentialitySignedOn: '2026-05-01' };
    expect(screeningProblems(mentor, '2027-01-09')).toEqual([]);
    expect(screeningProblems(mentor, '2027-01-10')).toEqual(['police_certificate_too_old']);
  });

  it('lets a document of 29 February turn three years old on 28 February', () => {
    expect(screeningExpiresOn('2024-02-29')).toBe('2027-02-28');
  });
});
