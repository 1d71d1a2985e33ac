import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../common/pagination.dto.js';
import { EMAIL_KINDS, OUTBOX_STATUSES, type EmailKind, type OutboxEmail, type OutboxStatus } from '../outbox.entity.js';

export class OutboxQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only emails of this status', enum: OUTBOX_STATUSES })
  @IsOptional()
  @IsIn(OUTBOX_STATUSES, { message: `status must be one of ${OUTBOX_STATUSES.join(', ')}` })
  status?: OutboxStatus;

  @ApiPropertyOptional({ description: 'Only emails of this kind', enum: EMAIL_KINDS })
  @IsOptional()
  @IsIn(EMAIL_KINDS, { message: `kind must be one of ${EMAIL_KINDS.join(', ')}` })
  kind?: EmailKind;
}

export class OutboxEmailResponse {
  @ApiProperty({ description: 'Outbox id; also the id of its job in the mail queue', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'What the email is', enum: EMAIL_KINDS })
  kind!: EmailKind;

  @ApiProperty({ description: 'The address it was sent (or is to be sent) to' })
  to!: string;

  @ApiProperty({
    description: 'pending, sent, or failed (given up: a permanent refusal or every try used)',
    enum: OUTBOX_STATUSES,
  })
  status!: OutboxStatus;

  @ApiProperty({ description: 'Tries so far' })
  attempts!: number;

  @ApiProperty({
    description: 'The period it is for: a month (2027-03), a gathering version (v0, v1 after a move) or a day',
  })
  periodKey!: string;

  @ApiPropertyOptional({ description: 'The pair it is about', format: 'uuid' })
  matchId?: string;

  @ApiPropertyOptional({ description: 'The gathering it is about', format: 'uuid' })
  gatheringId?: string;

  @ApiProperty({ description: 'When the sweep decided it' })
  createdAt!: Date;

  @ApiPropertyOptional({ description: 'When the SMTP server accepted it' })
  sentAt?: Date;

  @ApiPropertyOptional({ description: 'The last failure, as the SMTP server put it' })
  lastError?: string;

  @ApiProperty({ description: 'Language it is written in' })
  language!: string;

  static from(o: OutboxEmail): OutboxEmailResponse {
    const response: OutboxEmailResponse = {
      id: o.id,
      kind: o.kind,
      to: o.to,
      status: o.status,
      attempts: o.attempts,
      periodKey: o.periodKey,
      createdAt: o.createdAt,
      language: o.language,
    };
    if (o.matchId) response.matchId = o.matchId;
    if (o.gatheringId) response.gatheringId = o.gatheringId;
    if (o.sentAt) response.sentAt = o.sentAt;
    if (o.lastError) response.lastError = o.lastError;
    return response;
  }
}
