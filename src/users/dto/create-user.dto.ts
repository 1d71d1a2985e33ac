import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { trimmed, lowerCased } from '../../common/transforms.js';
import { IsContactEmail, IsPersonName } from '../../common/contact-fields.js';
import { IsMunicipalityCode } from '../../common/validators.js';
import { ROLES, USER_LANGUAGES, type Role, type UserLanguage } from '../user.entity.js';

export class CreateUserDto {
  @ApiProperty({
    description: 'Login email; unique, compared without regard to case',
    example: 'kari@sortland.kommune.no',
  })
  @Transform(lowerCased)
  @IsContactEmail({ message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ description: 'Full name, shown in the console', example: 'Kari Nordmann' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @IsPersonName()
  name!: string;

  @ApiProperty({ description: 'Password, 12 to 200 characters; stored only as an argon2id hash', minLength: 12 })
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password!: string;

  @ApiProperty({
    description: 'admin: everything; lead: all programmes; coordinator: only the municipalities held',
    enum: ROLES,
    enumName: 'UserRole',
  })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role!: Role;

  @ApiPropertyOptional({
    description: 'Kommunenummer of the municipalities a coordinator holds (required for, and only for, coordinators)',
    example: ['1870', '1866'],
    type: [String],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(400)
  @ArrayUnique({ message: 'municipalityCodes must not repeat a code' })
  @IsMunicipalityCode({ each: true, message: 'each of municipalityCodes must be a four-digit kommunenummer' })
  municipalityCodes?: string[];

  @ApiPropertyOptional({
    description: 'The language of the console and of the emails the user gets: bokmål, nynorsk or English',
    enum: USER_LANGUAGES,
    enumName: 'UserLanguage',
    default: 'nb',
  })
  @IsOptional()
  @IsIn(USER_LANGUAGES, { message: `preferredLanguage must be one of ${USER_LANGUAGES.join(', ')}` })
  preferredLanguage?: UserLanguage;
}
