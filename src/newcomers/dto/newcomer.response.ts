import { ApiProperty } from '@nestjs/swagger';
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
  @ApiProperty({ enum: EDUCATION_LEVELS })
  level!: EducationLevel;

  @ApiProperty({ nullable: true, type: String })
  field!: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'ISO 3166-1 alpha-2' })
  country!: string | null;

  @ApiProperty({ enum: RECOGNITION_STATUSES })
  recognition!: RecognitionStatus;
}

export class CareerGuidanceResponse {
  @ApiProperty({ enum: CAREER_GUIDANCE_STATUSES })
  status!: CareerGuidanceStatus;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  referredOn!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  doneOn!: string | null;
}

export class ConsentResponse {
  @ApiProperty({ enum: [true] })
  register!: boolean;

  @ApiProperty()
  invitations!: boolean;

  @ApiProperty()
  mentorProgramme!: boolean;

  @ApiProperty({ format: 'date' })
  givenOn!: string;
}

export class EnrolmentResponse {
  @ApiProperty({ format: 'uuid' })
  programmeId!: string;

  @ApiProperty({ format: 'uuid', description: 'The mentee made of the newcomer' })
  participantId!: string;

  @ApiProperty({ format: 'date-time' })
  enrolledAt!: string;
}

export class NewcomerResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Kommunenummer of the register' })
  municipalityCode!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ nullable: true, type: String })
  email!: string | null;

  @ApiProperty({ nullable: true, type: String })
  phone!: string | null;

  @ApiProperty()
  preferredLanguage!: string;

  @ApiProperty({ type: [LanguageSkillDto] })
  languages!: LanguageSkillDto[];

  @ApiProperty({ enum: MENTEE_CATEGORIES })
  category!: MenteeCategory;

  @ApiProperty({ example: '2026-09' })
  arrivalMonth!: string;

  @ApiProperty({ enum: GENDERS, nullable: true })
  gender!: Gender | null;

  @ApiProperty({ nullable: true, type: Number })
  birthYear!: number | null;

  @ApiProperty({ nullable: true, type: String })
  professionCode!: string | null;

  @ApiProperty({ nullable: true, type: String })
  desiredProfessionCode!: string | null;

  @ApiProperty({ nullable: true, type: EducationResponse })
  education!: EducationResponse | null;

  @ApiProperty({ nullable: true, type: Number })
  workYears!: number | null;

  @ApiProperty()
  inIntroductionProgramme!: boolean;

  @ApiProperty({ type: CareerGuidanceResponse })
  careerGuidance!: CareerGuidanceResponse;

  @ApiProperty({ type: ConsentResponse })
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

  @ApiProperty({ format: 'date-time' })
  registeredAt!: string;

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

  @ApiProperty({ description: 'Of them, enrolled in a mentor programme' })
  inMentorProgramme!: number;

  @ApiProperty({ description: 'Of them, with career guidance done' })
  careerGuidanceDone!: number;
}

export class CategoryReach extends ReachFigures {
  @ApiProperty({ enum: MENTEE_CATEGORIES })
  category!: MenteeCategory;
}

export class ReachResponse {
  @ApiProperty()
  municipalityCode!: string;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  from!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  to!: string | null;

  @ApiProperty({ type: [CategoryReach], description: 'Every residence category, in a fixed order, zeros included' })
  byCategory!: CategoryReach[];

  @ApiProperty({ type: ReachFigures })
  total!: ReachFigures;
}
