import { describe, expect, it } from 'vitest';
import { bodyOf } from './newcomer-form.js';

const draft = {
  name: ' Olena Kovalenko ',
  email: '',
  phone: '',
  preferredLanguage: 'uk',
  languages: [{ code: 'uk', level: 'native' as const }],
  category: 'labour_spouse' as const,
  arrivalMonth: '2026-09',
  gender: '' as const,
  birthYear: '',
  professionCode: '2221',
  desiredProfessionCode: null,
  educationLevel: 'bachelor' as const,
  educationField: '',
  educationCountry: 'ua',
  recognition: 'pending' as const,
  workYears: '6',
  inIntroductionProgramme: false,
  guidanceStatus: 'referred' as const,
  referredOn: '2026-10-05',
  doneOn: '2026-11-01',
  consentRegister: true,
  consentInvitations: false,
  consentMentorProgramme: true,
  givenOn: '2026-10-01',
};

describe('the body the newcomer form sends', () => {
  it('leaves out empty optional fields on a registration, and sends only the dates the status has', () => {
    expect(bodyOf(draft, false)).toEqual({
      name: 'Olena Kovalenko',
      preferredLanguage: 'uk',
      languages: [{ code: 'uk', level: 'native' }],
      category: 'labour_spouse',
      arrivalMonth: '2026-09',
      professionCode: '2221',
      education: { level: 'bachelor', recognition: 'pending', country: 'UA' },
      workYears: 6,
      inIntroductionProgramme: false,
      careerGuidance: { status: 'referred', referredOn: '2026-10-05' },
      consent: { register: true, invitations: false, mentorProgramme: true, givenOn: '2026-10-01' },
    });
  });

  it('clears emptied fields with null on a change', () => {
    const body = bodyOf({ ...draft, educationLevel: '', workYears: '' }, true);
    expect(body).toMatchObject({
      email: null,
      phone: null,
      gender: null,
      birthYear: null,
      education: null,
      workYears: null,
    });
  });

  it('sends no mapping for someone in the introduction programme (it is the state’s)', () => {
    expect(bodyOf({ ...draft, inIntroductionProgramme: true }, false)).not.toHaveProperty('education');
    expect(bodyOf({ ...draft, inIntroductionProgramme: true }, false)).not.toHaveProperty('workYears');
    expect(bodyOf({ ...draft, inIntroductionProgramme: true }, true)).toMatchObject({
      education: null,
      workYears: null,
    });
  });
});
