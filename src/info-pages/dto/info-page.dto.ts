import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { trimmed } from '../../common/transforms.js';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH } from '../info-page.entity.js';

export class SaveInfoPageDto {
  @ApiProperty({
    description: 'The heading of the page',
    example: 'Rettigheter og plikter',
    maxLength: MAX_TITLE_LENGTH,
  })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TITLE_LENGTH)
  title!: string;

  @ApiProperty({
    description: 'The page as Markdown; HTML in it is sanitised (no scripts, styles, frames or images)',
    example: '## Norskopplæring\n\nDu har rett og plikt til …',
    maxLength: MAX_BODY_LENGTH,
  })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_BODY_LENGTH)
  body!: string;
}

export class PreviewInfoPageDto {
  @ApiProperty({ description: 'Markdown to render as the public page would', maxLength: MAX_BODY_LENGTH })
  @IsString()
  @MaxLength(MAX_BODY_LENGTH)
  body!: string;
}

export class InfoPagePreviewResponse {
  @ApiProperty({ description: 'The sanitised HTML of the body, as the public page shows it' })
  html!: string;
}

export class InfoPageSummaryResponse {
  @ApiProperty({ description: 'ISO 639-1 code', example: 'nb' })
  language!: string;

  @ApiProperty({ description: "The language's name in itself", example: 'Norsk bokmål' })
  languageName!: string;

  @ApiProperty({ description: 'The direction the language is written in', enum: ['ltr', 'rtl'] })
  dir!: 'ltr' | 'rtl';

  @ApiProperty({ description: 'The heading of the page' })
  title!: string;

  @ApiProperty({ description: 'Last saved (for a starting page never saved, the day its text was written)' })
  updatedAt!: string;

  @ApiProperty({ description: 'The starting text of mentornett, never saved by the municipality: check it' })
  startingText!: boolean;

  @ApiProperty({ description: 'Address of the public page', example: '/api/v1/info/1870/nb' })
  publicPath!: string;
}

export class InfoPageResponse extends InfoPageSummaryResponse {
  @ApiProperty({ description: 'The page as Markdown' })
  body!: string;
}
