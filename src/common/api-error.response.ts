import { applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODE_NAMES, type ErrorCode } from './error-codes.js';

export class ApiErrorDetail {
  @ApiProperty({
    description:
      'Full path of the field it is about (languages.1.level, rules.weights.profession, a query or path parameter), ' +
      'or null when it is about no one field',
    type: String,
    nullable: true,
    example: 'languages.1.level',
  })
  field!: string | null;

  @ApiProperty({
    description:
      "Stable code of the rule broken; the console writes the message from it in the reader's language. " +
      'Every code and its params: ERROR_CODES in src/common/error-codes.ts',
    enum: ERROR_CODE_NAMES,
    enumName: 'ErrorCode',
    example: 'must_be_one_of',
  })
  code!: ErrorCode;

  @ApiProperty({
    description:
      'The values the message needs, by name: {min, max} of a range or length, {allowed} of a choice, ' +
      '{startDate, endDate}, {status}, ... ({} when the code says it all)',
    type: 'object',
    additionalProperties: true,
    example: { allowed: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] },
  })
  params!: Record<string, unknown>;

  @ApiProperty({
    description: 'The English sentence; the entry of `message` at the same index',
    example: 'languages.1.level must be one of A1, A2, B1, B2, C1, C2, native',
  })
  message!: string;
}

export class ApiErrorResponse {
  @ApiProperty({ description: 'The HTTP status', example: 400 })
  statusCode!: number;

  @ApiProperty({
    description:
      'English: a 400 of invalid input lists one sentence per problem (the same, in order, as `errors`); other ' +
      'errors give one sentence',
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
  })
  message!: string | string[];

  @ApiProperty({ description: 'The HTTP reason phrase', example: 'Bad Request' })
  error!: string;

  @ApiProperty({
    description: 'Each problem with its field, code and params, one per sentence of `message`',
    type: [ApiErrorDetail],
  })
  errors!: ApiErrorDetail[];

  @ApiPropertyOptional({ description: 'Of a 500: the request id to quote when reporting it' })
  requestId?: string;
}

/** The 400 of an endpoint that takes input: every problem, each with a code. */
export const ApiInvalidInputResponse = (): MethodDecorator & ClassDecorator =>
  ApiBadRequestResponse({
    description: 'Invalid input: `message` lists every problem, `errors` the same with field, code and params',
    type: ApiErrorResponse,
  });

/** The 409 of an endpoint whose request can conflict with the state. */
export const ApiStateConflictResponse = (description: string): MethodDecorator & ClassDecorator =>
  applyDecorators(ApiConflictResponse({ description, type: ApiErrorResponse }));
