import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODE_NAMES, type ErrorCode } from '../../common/error-codes.js';
import { isco } from '../../professions/isco.js';
import {
  EMPLOYMENT_STATUSES,
  GENDERS,
  MENTEE_CATEGORIES,
  PARTICIPANT_ROLES,
  type EmploymentStatus,
  type Gender,
  type MenteeCategory,
  type ParticipantRole,
} from '../participant-fields.js';
import type { StandingParticipant } from '../participants.repository.js';
import { LanguageSkillDto } from './participant.dto.js';

/** Data minimisation, in the OpenAPI document. */
const MINIMISED =
  'Absent for a coordinator when the person is a mentor outside their municipalities who is not paired with ' +
  'one of their mentees (such a mentor shows name, municipality, profession, languages and free places)';

export class ProfessionTitle {
  @ApiProperty({ description: 'Title in English' })
  en!: string;

  @ApiProperty({ description: 'Title in Norwegian bokmål' })
  nb!: string;
}

export class ParticipantResponse {
  @ApiProperty({ description: 'Participant id', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Programme id', format: 'uuid' })
  programmeId!: string;

  @ApiProperty({ description: 'mentor or mentee', enum: PARTICIPANT_ROLES })
  role!: ParticipantRole;

  @ApiProperty({ description: 'Full name' })
  name!: string;

  @ApiPropertyOptional({ description: `Email. ${MINIMISED}` })
  email?: string;

  @ApiPropertyOptional({ description: `Phone number. ${MINIMISED}`, nullable: true, type: String })
  phone?: string | null;

  @ApiProperty({ description: 'Kommunenummer where the participant lives' })
  municipalityCode!: string;

  @ApiProperty({ description: 'ISO 639-1 code of the language emails are written in' })
  preferredLanguage!: string;

  @ApiProperty({ description: 'Languages spoken with their levels', type: [LanguageSkillDto] })
  languages!: LanguageSkillDto[];

  @ApiProperty({ description: 'ISCO-08 code of the profession' })
  professionCode!: string;

  @ApiProperty({ description: 'Title of the profession code', type: ProfessionTitle })
  professionTitle!: ProfessionTitle;

  @ApiProperty({ description: 'Mentee: ISCO-08 code of the profession aimed for', nullable: true, type: String })
  desiredProfessionCode!: string | null;

  @ApiPropertyOptional({ description: 'Title of the desired profession code', type: ProfessionTitle, nullable: true })
  desiredProfessionTitle!: ProfessionTitle | null;

  @ApiProperty({ description: 'Mentor: how many mentees they take (1 for mentees)' })
  capacity!: number;

  @ApiProperty({ description: 'Mentee: basis of residence', enum: MENTEE_CATEGORIES, nullable: true })
  category!: MenteeCategory | null;

  @ApiPropertyOptional({ description: `Gender. ${MINIMISED}`, enum: GENDERS, nullable: true })
  gender?: Gender | null;

  @ApiProperty({ description: 'Mentee: asks for a mentor of the same gender' })
  wantsSameGender!: boolean;

  @ApiProperty({ description: 'Employment when the programme started', enum: EMPLOYMENT_STATUSES, nullable: true })
  employmentStatusAtStart!: EmploymentStatus | null;

  @ApiProperty({ description: 'Year of birth, for the funder report', nullable: true, type: Number })
  birthYear!: number | null;

  @ApiProperty({ description: 'When the participant was registered' })
  createdAt!: Date;

  @ApiProperty({ description: 'When the participant was last changed' })
  updatedAt!: Date;

  @ApiProperty({
    description:
      'Mentee enrolled from the newcomer register: the day their wait for a mentor began (consent to the mentor ' +
      'programme); proposal runs break ties by the wait. Null for everyone else (their wait starts at registration)',
    nullable: true,
    type: String,
    format: 'date',
  })
  waitingSince!: string | null;

  @ApiProperty({
    description: 'Mentee: has a pair that holds a mentor, approved or completed (always false for mentors)',
  })
  hasMentor!: boolean;

  @ApiProperty({
    description:
      'Mentee: the id of their approved pair, the one running now (null for mentors and mentees without one)',
    format: 'uuid',
    nullable: true,
    type: String,
  })
  activeMatchId!: string | null;

  @ApiProperty({
    description:
      'Mentor: the pairs that hold one of their places, approved or completed (an ended pair frees its place), so places left are capacity - activeMentees; 0 for mentees',
  })
  activeMentees!: number;

  @ApiProperty({
    description: 'Mentor: the day their police certificate was seen (the document is not stored); null if not recorded',
    nullable: true,
    type: String,
    format: 'date',
  })
  policeCertificateSeenOn!: string | null;

  @ApiProperty({
    description: 'Mentor: the day they signed the confidentiality declaration; null if not recorded',
    nullable: true,
    type: String,
    format: 'date',
  })
  confidentialitySignedOn!: string | null;

  @ApiProperty({
    description:
      'The participant was erased: name, email and phone are gone for good (name is empty, email a placeholder); ' +
      'the statistical attributes stay',
  })
  erased!: boolean;

  /**
   * The participant as the caller may see them: `contact` false leaves out email, phone and gender
   * (a coordinator's view of a mentor outside their municipalities who is not paired with one of
   * their mentees).
   */
  static from({ participant: p, standing }: StandingParticipant, contact = true): ParticipantResponse {
    const response: ParticipantResponse = {
      id: p.id,
      programmeId: p.programmeId,
      role: p.role,
      name: p.name,
      email: p.email,
      phone: p.phone,
      municipalityCode: p.municipalityCode,
      preferredLanguage: p.preferredLanguage,
      languages: p.languages,
      professionCode: p.professionCode,
      professionTitle: title(p.professionCode) ?? { en: '', nb: '' },
      desiredProfessionCode: p.desiredProfessionCode,
      desiredProfessionTitle: p.desiredProfessionCode ? title(p.desiredProfessionCode) : null,
      capacity: p.capacity,
      category: p.category,
      gender: p.gender,
      wantsSameGender: p.wantsSameGender,
      employmentStatusAtStart: p.employmentStatusAtStart,
      birthYear: p.birthYear,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
      waitingSince: p.waitingSince,
      hasMentor: standing.hasMentor,
      activeMatchId: standing.activeMatchId,
      activeMentees: standing.activeMentees,
      policeCertificateSeenOn: p.policeCertificateSeenOn,
      confidentialitySignedOn: p.confidentialitySignedOn,
      erased: p.erasedAt !== null,
    };
    if (!contact) {
      delete response.email;
      delete response.phone;
      delete response.gender;
    }
    return response;
  }
}

function title(code: string): ProfessionTitle | null {
  const group = isco.find(code);
  return group ? { en: group.titleEn, nb: group.titleNb } : null;
}

export class ImportErrorResponse {
  @ApiProperty({ description: 'Row of the spreadsheet (the header is row 1)' })
  row!: number;

  @ApiProperty({ description: 'Column the error is about' })
  field!: string;

  @ApiProperty({ description: 'Full path of what is wrong within the column, e.g. languages.1.level' })
  path!: string;

  @ApiProperty({
    description: 'Stable code of the rule broken (see ERROR_CODES in src/common/error-codes.ts)',
    enum: ERROR_CODE_NAMES,
  })
  code!: ErrorCode;

  @ApiProperty({
    description: 'The values the message needs, by name (e.g. {min: 1}, {allowed: [...]}, {row: 2})',
    type: 'object',
    additionalProperties: true,
  })
  params!: Record<string, unknown>;

  @ApiProperty({ description: 'What is wrong, in English' })
  message!: string;
}

export class ImportResultResponse {
  @ApiProperty({ description: 'Participants stored' })
  created!: number;

  @ApiProperty({ description: 'Rows not stored, and why', type: [ImportErrorResponse] })
  errors!: ImportErrorResponse[];
}
