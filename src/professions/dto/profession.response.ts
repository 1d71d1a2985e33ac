import { ApiProperty } from '@nestjs/swagger';
import { titleIn, type IscoGroup, type TitleLanguage } from '../isco.js';

export class ProfessionResponse {
  @ApiProperty({ description: 'ISCO-08 / STYRK-08 code, 1 to 4 digits', example: '7221' })
  code!: string;

  @ApiProperty({
    description: 'Title in the language asked for (lang; bokmål for nb, nn and when none is asked)',
    example: 'Smeder',
  })
  title!: string;

  @ApiProperty({ description: 'Title in English', example: 'Blacksmiths, hammersmiths and forging press workers' })
  titleEn!: string;

  @ApiProperty({ description: 'Title in Norwegian bokmål', example: 'Smeder' })
  titleNb!: string;

  static from(group: IscoGroup, lang: TitleLanguage = 'nb'): ProfessionResponse {
    return { code: group.code, title: titleIn(group, lang), titleEn: group.titleEn, titleNb: group.titleNb };
  }
}
