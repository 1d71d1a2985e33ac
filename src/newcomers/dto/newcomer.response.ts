import { ApiProperty, PickType } from '@nestjs/swagger';
import { GENDERS, MENTEE_CATEGORIES, type Gender, type MenteeCategory } from '../../participants/participant-fields.js';
import { LanguageSkillDto } from '../../participants/dto/person-fields.js';
import {
  CAREER_GUIDANCE_STATUSES,
  EDUCATION_LEVELS,
  RECOGNITION_STATUSES,
  type CareerGuidanceStatus,
  type EducationLevel,
  type RecognitionStatus,
} from '../newcomer-fields.js';
import type { NewcomerEnrolment } from '../newcomer-enrolment.entity.js';
import type { Newcomer } from '../newcomer.entity.js';

export class EducationResponse {
  @ApiProperty({ enum: EDUCATION_LEVELS, description: 'Highest education completed' })
  level!: EducationLevel;

  @ApiProperty({ nullable: true, type: String, description: 'Field of study, in the newcomer’s words' })
  field!: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'ISO 3166-1 alpha-2' })
  country!: string | null;

  @ApiProperty({ enum: RECOGNITION_STATUSES, description: 'Where recognition of the education stands in Norway' })
  recognition!: RecognitionStatus;
}

export class CareerGuidanceResponse {
  @ApiProperty({
    enum: CAREER_GUIDANCE_STATUSES,
    description: 'Referral to career guidance: not referred, referred, done or declined',
  })
  status!: CareerGuidanceStatus;

  @ApiProperty({ nullable: true, type: String, format: 'date', description: 'Day of the referral' })
  referredOn!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date', description: 'Day the guidance was given' })
  doneOn!: string | null;
}

export class ConsentResponse {
  @ApiProperty({ enum: [true], description: 'Consent to being in the register: always true (no record without it)' })
  register!: boolean;

  @ApiProperty({ description: 'Consent to invitations to theme evenings' })
  invitations!: boolean;

  @ApiProperty({ description: 'Consent to being offered a mentor' })
  mentorProgramme!: boolean;

  @ApiProperty({ format: 'date', description: 'Day the consent was recorded' })
  givenOn!: string;
}

export class EnrolmentResponse {
  @ApiProperty({ format: 'uuid', description: 'The programme the newcomer was enrolled in' })
  programmeId!: string;

  @ApiProperty({ format: 'uuid', description: 'The mentee made of the newcomer' })
  participantId!: string;

  @ApiProperty({ format: 'date-time', description: 'When the enrolment was made' })
  enrolledAt!: string;
}

export class NewcomerResponse {
  @ApiProperty({ format: 'uuid', description: 'Newcomer id' })
  id!: string;

  @ApiProperty({ description: 'Kommunenummer of the register' })
  municipalityCode!: string;

  @ApiProperty({ description: 'Name' })
  name!: string;

  @ApiProperty({ nullable: true, type: String, description: 'Email, if given' })
  email!: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'Phone, if given' })
  phone!: string | null;

  @ApiProperty({ description: 'Language for letters and emails (ISO 639-1)' })
  preferredLanguage!: string;

  @ApiProperty({ type: [LanguageSkillDto], description: 'Languages spoken, each with a level' })
  languages!: LanguageSkillDto[];

  @ApiProperty({ enum: MENTEE_CATEGORIES, description: 'Basis of residence' })
  category!: MenteeCategory;

  @ApiProperty({ example: '2026-09', description: 'Month of arrival in the municipality (YYYY-MM)' })
  arrivalMonth!: string;

  @ApiProperty({ enum: GENDERS, nullable: true, description: 'Gender, if given' })
  gender!: Gender | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Year of birth, if given (for age bands only)' })
  birthYear!: number | null;

  @ApiProperty({ nullable: true, type: String, description: 'ISCO-08 code of the profession held, if any' })
  professionCode!: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'ISCO-08 code of the profession wanted, if any' })
  desiredProfessionCode!: string | null;

  @ApiProperty({
    nullable: true,
    type: EducationResponse,
    description: 'Competence mapping: education; null when not mapped or mapped in the introduction programme',
  })
  education!: EducationResponse | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Years of work experience, if mapped' })
  workYears!: number | null;

  @ApiProperty({
    description: "In the introduction programme: the mapping lives in the state's register and is not kept here",
  })
  inIntroductionProgramme!: boolean;

  @ApiProperty({ type: CareerGuidanceResponse, description: 'Career guidance referral and its dates' })
  careerGuidance!: CareerGuidanceResponse;

  @ApiProperty({ type: ConsentResponse, description: 'Consent per purpose' })
  consent!: ConsentResponse;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    description: 'Day of consent to the mentor programme, where the wait for a mentor starts; null without it',
  })
  waitingSince!: string | null;

  @ApiProperty({ description: 'On the waiting list: consented to the mentor programme and in none' })
  waiting!: boolean;

  @ApiProperty({ type: [EnrolmentResponse], description: 'The programmes the newcomer was enrolled in' })
  enrolments!: EnrolmentResponse[];

  @ApiProperty({ format: 'date-time', description: 'When the newcomer was registered' })
  registeredAt!: string;

  @ApiProperty({ description: 'The newcomer was erased: name, email, phone and field of education are gone for good' })
  erased!: boolean;

  static from(n: Newcomer, enrolments: NewcomerEnrolment[]): NewcomerResponse {
    return {
      id: n.id,
      municipalityCode: n.municipalityCode,
      name: n.name,
      email: n.email,
      phone: n.phone,
      preferredLanguage: n.preferredLanguage,
      languages: n.languages.map((l) => ({ code: l.code, level: l.level })),
      category: n.category,
      arrivalMonth: n.arrivalMonth,
      gender: n.gender,
      birthYear: n.birthYear,
      professionCode: n.professionCode,
      desiredProfessionCode: n.desiredProfessionCode,
      education:
        n.educationLevel && n.educationRecognition
          ? {
              level: n.educationLevel,
              field: n.educationField,
              country: n.educationCountry,
              recognition: n.educationRecognition,
            }
          : null,
      workYears: n.workYears,
      inIntroductionProgramme: n.inIntroductionProgramme,
      careerGuidance: { status: n.guidanceStatus, referredOn: n.guidanceReferredOn, doneOn: n.guidanceDoneOn },
      consent: {
        register: n.consentRegister,
        invitations: n.consentInvitations,
        mentorProgramme: n.consentMentorProgramme,
        givenOn: n.consentGivenOn,
      },
      waitingSince: n.waitingSince,
      erased: n.erasedAt !== null,
      waiting: n.consentMentorProgramme && enrolments.length === 0,
      enrolments: enrolments.map((e) => ({
        programmeId: e.programmeId,
        participantId: e.participantId,
        enrolledAt: e.enrolledAt.toISOString(),
      })),
      registeredAt: n.registeredAt.toISOString(),
    };
  }
}

export class ReachFigures {
  @ApiProperty({ description: 'Newcomers registered' })
  registered!: number;

  @ApiProperty({ description: 'Of them, attended a theme evening held in the period' })
  reachedByEvening!: number;

  @ApiProperty({ description: 'Of them, enrolled in a mentor programme' })
  inMentorProgramme!: number;

  @ApiProperty({ description: 'Of them, with career guidance done' })
  careerGuidanceDone!: number;
}

export class CategoryReach extends ReachFigures {
  @ApiProperty({ enum: MENTEE_CATEGORIES, description: 'Basis of residence' })
  category!: MenteeCategory;
}

export class ReachResponse {
  @ApiProperty({ description: 'Kommunenummer' })
  municipalityCode!: string;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    description: 'First day of the period (Oslo), or null for open',
  })
  from!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    description: 'Last day of the period (Oslo), or null for open',
  })
  to!: string | null;

  @ApiProperty({ type: [CategoryReach], description: 'Every residence category, in a fixed order, zeros included' })
  byCategory!: CategoryReach[];

  @ApiProperty({ type: ReachFigures, description: 'The figures over every category' })
  total!: ReachFigures;
}

/** One municipality's figures of GET /reach: those of its own reach, and its name. */
export class MunicipalityReach extends PickType(ReachResponse, ['municipalityCode', 'byCategory', 'total'] as const) {
  @ApiProperty({ description: 'Municipality name' })
  name!: string;
}

export class ReachOverviewResponse extends PickType(ReachResponse, ['from', 'to'] as const) {
  @ApiProperty({
    type: [MunicipalityReach],
    description:
      'The municipalities with a newcomer registered in the period (the one asked for, with or without), by name',
  })
  municipalities!: MunicipalityReach[];

  @ApiProperty({
    type: [CategoryReach],
    description: 'Every residence category over those municipalities, in a fixed order, zeros included',
  })
  byCategory!: CategoryReach[];

  @ApiProperty({ type: ReachFigures, description: 'The figures over every category and municipality' })
  total!: ReachFigures;
}
