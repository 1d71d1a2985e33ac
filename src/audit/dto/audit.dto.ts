import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { integerFromQuery } from '../../common/transforms.js';
import { IsInstant } from '../../common/validators.js';
import { CsvQueryDto } from '../../stats/dto/stats.dto.js';
import {
  AUDIT_ACTIONS,
  AUDIT_SUBJECT_TYPES,
  type AuditAction,
  type AuditEntry,
  type AuditSubjectType,
} from '../audit-entry.entity.js';

export const AUDIT_PAGE_DEFAULT = 100;
export const AUDIT_PAGE_MAX = 1000;

export class AuditQueryDto {
  @ApiPropertyOptional({ description: 'Only what this account did', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a UUID' })
  actorId?: string;

  @ApiPropertyOptional({ description: 'Only what was done to this person, pair, meeting or account', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'subjectId must be a UUID' })
  subjectId?: string;

  @ApiPropertyOptional({ description: 'Only this action', enum: AUDIT_ACTIONS, enumName: 'AuditAction' })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS, { message: `action must be one of ${AUDIT_ACTIONS.join(', ')}` })
  action?: AuditAction;

  @ApiPropertyOptional({ description: 'Only rows at or after this instant', example: '2027-01-01T00:00:00+01:00' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Only rows before this instant', example: '2027-02-01T00:00:00+01:00' })
  @IsOptional()
  @IsInstant()
  to?: string;

  @ApiPropertyOptional({
    description: `At most this many rows (1-${AUDIT_PAGE_MAX}; default ${AUDIT_PAGE_DEFAULT})`,
    minimum: 1,
    maximum: AUDIT_PAGE_MAX,
    default: AUDIT_PAGE_DEFAULT,
  })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(1)
  @Max(AUDIT_PAGE_MAX)
  limit?: number;

  @ApiPropertyOptional({ description: 'Skip this many rows first', minimum: 0, default: 0 })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  offset?: number;
}

export class AuditCsvQueryDto extends IntersectionType(AuditQueryDto, CsvQueryDto) {}

export class AuditEntryResponse {
  @ApiProperty({ description: 'Row id', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'When it happened' })
  at!: Date;

  @ApiProperty({
    description: 'The account that did it; null for a signed link or a failed login',
    format: 'uuid',
    nullable: true,
    type: String,
  })
  actorId!: string | null;

  @ApiProperty({ description: "The account's role then", nullable: true, type: String })
  actorRole!: string | null;

  @ApiProperty({ description: 'What was done', enum: AUDIT_ACTIONS, enumName: 'AuditAction' })
  action!: AuditAction;

  @ApiProperty({
    description: 'What kind of thing it was done to; null when there is none (a failed login of an unknown email)',
    enum: AUDIT_SUBJECT_TYPES,
    enumName: 'AuditSubjectType',
    nullable: true,
  })
  subjectType!: AuditSubjectType | null;

  @ApiProperty({ description: 'Its id', format: 'uuid', nullable: true, type: String })
  subjectId!: string | null;

  @ApiPropertyOptional({ description: 'The programme it belongs to', format: 'uuid' })
  programmeId?: string;

  @ApiPropertyOptional({ description: 'The municipality of the person (of the mentee, for a pair)' })
  municipalityCode?: string;

  @ApiProperty({
    description: 'The request it happened in (X-Request-Id); null for a job',
    nullable: true,
    type: String,
  })
  requestId!: string | null;

  static from(a: AuditEntry): AuditEntryResponse {
    const response: AuditEntryResponse = {
      id: a.id,
      at: a.at,
      actorId: a.actorId,
      actorRole: a.actorRole,
      action: a.action,
      subjectType: a.subjectType,
      subjectId: a.subjectId,
      requestId: a.requestId,
    };
    if (a.programmeId) response.programmeId = a.programmeId;
    if (a.municipalityCode) response.municipalityCode = a.municipalityCode;
    return response;
  }
}
