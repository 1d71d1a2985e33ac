import { Param, type PipeTransform } from '@nestjs/common';
import { detail } from '../common/error-codes.js';
import { InvalidRequestException } from '../common/validation.js';
import { isLanguageCode } from './languages.js';

/** A path parameter that must be an ISO 639-1 code in lower case; anything else is a 400 naming it. */
export const LanguageParam = (name = 'language'): ParameterDecorator =>
  Param(name, {
    transform: (value: string) => {
      if (isLanguageCode(value)) return value;
      throw new InvalidRequestException([
        detail(name, 'must_be_language_code', {}, `${name} must be an ISO 639-1 language code such as nb, en or ar`),
      ]);
    },
  } satisfies PipeTransform<string, string>);
