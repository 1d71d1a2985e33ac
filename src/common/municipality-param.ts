import { Param, type PipeTransform } from '@nestjs/common';
import { detail } from './error-codes.js';
import { InvalidRequestException } from './validation.js';

const fourDigits: PipeTransform<string, string> = {
  transform: (value) => {
    if (/^\d{4}$/.test(value)) return value;
    throw new InvalidRequestException([
      detail('code', 'must_be_municipality_code', {}, 'code must be a four-digit kommunenummer'),
    ]);
  },
};

/** A path parameter that must be a kommunenummer; anything else is a 400 naming it. */
export const MunicipalityCodeParam = (name: string): ParameterDecorator => Param(name, fourDigits);
