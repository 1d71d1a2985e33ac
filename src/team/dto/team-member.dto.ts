import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { IsContactEmail, IsPersonName } from '../../common/contact-fields.js';
import { lowerCased, trimmed } from '../../common/transforms.js';
import { TEAM_SECTORS, type TeamMember, type TeamSector } from '../team-member.entity.js';

export class CreateTeamMemberDto {
  @ApiProperty({ description: 'Full name', example: 'Ingrid Hansen' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @IsPersonName()
  name!: string;

  @ApiProperty({
    description: "Where the team's emails go; once per municipality",
    example: 'ingrid@sortland.kommune.no',
  })
  @Transform(lowerCased)
  @IsContactEmail({ message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ description: 'The organisation they come from', example: 'Sortland kommune, NAV' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  organisation!: string;

  @ApiProperty({ description: 'The sector of their organisation', enum: TEAM_SECTORS })
  @IsIn(TEAM_SECTORS, { message: `sector must be one of ${TEAM_SECTORS.join(', ')}` })
  sector!: TeamSector;
}

export class TeamMemberResponse {
  @ApiProperty({ description: 'Id of the membership', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'The municipality whose team it is', example: '1870' })
  municipalityCode!: string;

  @ApiProperty({ description: 'Full name' })
  name!: string;

  @ApiProperty({ description: "Where the team's emails go" })
  email!: string;

  @ApiProperty({ description: 'The organisation they come from' })
  organisation!: string;

  @ApiProperty({ description: 'The sector of their organisation', enum: TEAM_SECTORS })
  sector!: TeamSector;

  @ApiProperty({ description: 'When they were added', format: 'date-time' })
  createdAt!: string;

  static from(member: TeamMember): TeamMemberResponse {
    return {
      id: member.id,
      municipalityCode: member.municipalityCode,
      name: member.name,
      email: member.email,
      organisation: member.organisation,
      sector: member.sector,
      createdAt: member.createdAt.toISOString(),
    };
  }
}
