import { Param, type PipeTransform } from '@nestjs/common';
import { detail } from '../common/error-codes.js';
import { InvalidRequestException } from '../common/validation.js';

/** A path parameter that must be a kommunenummer (four digits); anything else is a 400 naming it. */
export const MunicipalityCodeParam = (name = 'code'): ParameterDecorator =>
  Param(name, {
    transform: (value: string) => {
      if (/^\d{4}$/.test(value)) return value;
      throw new InvalidRequestException([
        detail(name, 'must_be_municipality_code', {}, `${name} must be a four-digit municipality number`),
      ]);
    },
  } satisfies PipeTransform<string, string>);
