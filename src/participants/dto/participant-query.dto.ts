import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../common/pagination.dto.js';
import { PARTICIPANT_ROLES, type ParticipantRole } from '../participant-fields.js';

export class ParticipantQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only mentors or only mentees', enum: PARTICIPANT_ROLES })
  @IsOptional()
  @IsIn(PARTICIPANT_ROLES, { message: 'role must be mentor or mentee' })
  role?: ParticipantRole;
}
