import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsObject,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsContactEmail, IsPersonName } from '../../common/contact-fields.js';
import { lowerCased, trimmed } from '../../common/transforms.js';
import { IsPhoneNumber } from '../../common/validators.js';
import { GENDERS, LANGUAGE_LEVELS, MENTEE_CATEGORIES, type LanguageLevel } from '../participant-fields.js';
import { IsIscoCode, IsLanguageCode } from '../participant-validators.js';

/*
 * The rules of the fields a participant and a newcomer of the register share, declared once: both
 * DTOs put these on their fields, so the same bad value is refused by both with the same code and
 * sentence. Presence (required, optional, only for a role) stays with each DTO.
 */

export class LanguageSkillDto {
  @ApiProperty({ description: 'ISO 639-1 language code', example: 'nb' })
  @Transform(lowerCased)
  @IsLanguageCode()
  code!: string;

  @ApiProperty({ description: 'CEFR level, or native', enum: LANGUAGE_LEVELS, example: 'B1' })
  @IsIn(LANGUAGE_LEVELS, { message: `level must be one of ${LANGUAGE_LEVELS.join(', ')}` })
  level!: LanguageLevel;
}

/** A person's full name: trimmed, 1-200 characters, a letter, nothing hidden. */
export const PersonNameRules = (): PropertyDecorator =>
  applyDecorators(Transform(trimmed), IsString(), MinLength(1), MaxLength(200), IsPersonName());

/** An email a person can be written to, stored lower-cased. */
export const ContactEmailRules = (): PropertyDecorator =>
  applyDecorators(
    Transform(lowerCased),
    IsContactEmail({ message: '$property must be an email address' }),
    MaxLength(254),
  );

/** A phone number as people write it. */
export const PhoneRules = (): PropertyDecorator =>
  applyDecorators(
    Transform(trimmed),
    IsPhoneNumber({ message: '$property must be a phone number such as +47 912 34 567' }),
  );

/** An ISO 639-1 code, lower-cased (the language of the emails). */
export const LanguageCodeRules = (): PropertyDecorator => applyDecorators(Transform(lowerCased), IsLanguageCode());

/** Languages spoken with a level each, each code at most once, at least one. */
export const LanguagesRules = (): PropertyDecorator =>
  applyDecorators(
    IsArray(),
    ArrayMinSize(1, { message: '$property must list at least one language' }),
    ArrayMaxSize(20),
    ArrayUnique((l: { code?: unknown }) => l?.code, { message: '$property must list each language code at most once' }),
    IsObject({ each: true, message: 'each of $property must be an object: {code, level}' }),
    ValidateNested({ each: true }),
    Type(() => LanguageSkillDto),
  );

/** An ISCO-08 (STYRK-08) group code of 1 to 4 digits. */
export const ProfessionCodeRules = (): PropertyDecorator => IsIscoCode();

/** A basis of residence (never ethnicity or religion). */
export const ResidenceCategoryRules = (): PropertyDecorator =>
  IsIn(MENTEE_CATEGORIES, { message: `$property must be one of ${MENTEE_CATEGORIES.join(', ')}` });

/** female, male or other. */
export const GenderRules = (): PropertyDecorator =>
  IsIn(GENDERS, { message: `$property must be one of ${GENDERS.join(', ')}` });
