import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { trimmed } from '../../common/transforms.js';
import { IsPersonName } from '../../common/contact-fields.js';
import { IsOptionalNotNull } from '../../common/validators.js';
import { ROLES, type Role } from '../user.entity.js';

/**
 * An admin's change of a user account; the fields left out stay as they are. A change of role or
 * municipalities, or disabling, ends the user's sessions and every access token issued before it.
 */
export class UpdateUserDto {
  @ApiPropertyOptional({ description: 'Full name, shown in the console' })
  @IsOptionalNotNull()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @IsPersonName()
  name?: string;

  @ApiPropertyOptional({
    description:
      'admin, lead or coordinator. A coordinator needs municipalityCodes (kept from before when the role stays ' +
      'coordinator); moving away from coordinator drops the municipalities',
    enum: ROLES,
    enumName: 'UserRole',
  })
  @IsOptionalNotNull()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({
    description: 'Kommunenummer of the municipalities a coordinator holds (replaces the list; only for coordinators)',
    example: ['1870', '1866'],
    type: [String],
  })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(400)
  @ArrayUnique({ message: 'municipalityCodes must not repeat a code' })
  @Matches(/^\d{4}$/, { each: true, message: 'each of municipalityCodes must be a four-digit kommunenummer' })
  municipalityCodes?: string[];

  @ApiPropertyOptional({
    description: 'true: the user can no longer log in, and their sessions end; false: they can log in again',
  })
  @IsOptionalNotNull()
  @IsBoolean({ message: 'disabled must be true or false' })
  disabled?: boolean;
}
