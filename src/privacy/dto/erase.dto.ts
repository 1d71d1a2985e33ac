import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { trimmed } from '../../common/transforms.js';

export class EraseDto {
  @ApiProperty({
    description:
      'Why the person is erased (e.g. "Asked for erasure, GDPR art. 17"); kept on the erased record, so it must ' +
      'not name or describe the person',
    minLength: 3,
    maxLength: 500,
    example: 'Asked for erasure (GDPR art. 17)',
  })
  @Transform(trimmed)
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason!: string;
}

export class ErasedResponse {
  @ApiProperty({ description: 'The id of the person erased', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Always true: name, email, phone and free text are gone for good' })
  erased!: true;

  @ApiProperty({ description: 'When the erasure was done' })
  erasedAt!: Date;

  @ApiProperty({ description: 'Emails pending to the person (or about their pairs) that were cancelled' })
  cancelledEmails!: number;
}
