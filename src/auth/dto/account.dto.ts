import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { trimmed } from '../../common/transforms.js';
import { IsPersonName } from '../../common/contact-fields.js';
import { IsOptionalNotNull } from '../../common/validators.js';
import { USER_LANGUAGES, type UserLanguage } from '../../users/user.entity.js';

/** The caller's own account: what they may change about themselves. */
export class UpdateAccountDto {
  @ApiPropertyOptional({ description: 'Full name, shown in the console' })
  @IsOptionalNotNull()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @IsPersonName()
  name?: string;

  @ApiPropertyOptional({
    description: 'The language of the console and of the emails the user gets: bokmål, nynorsk or English',
    enum: USER_LANGUAGES,
    enumName: 'UserLanguage',
  })
  @IsOptionalNotNull()
  @IsIn(USER_LANGUAGES, { message: `preferredLanguage must be one of ${USER_LANGUAGES.join(', ')}` })
  preferredLanguage?: UserLanguage;
}

export class ChangePasswordDto {
  @ApiProperty({ description: 'The password the caller has now' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword!: string;

  @ApiProperty({
    description: 'The new password, 12 to 200 characters; stored only as an argon2id hash',
    minLength: 12,
  })
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  newPassword!: string;
}
