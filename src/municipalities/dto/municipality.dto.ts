import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsLatitude, IsLongitude, IsNumber, IsString, MaxLength, MinLength } from 'class-validator';
import { trimmed } from '../../common/transforms.js';
import { IsMunicipalityCode } from '../../common/validators.js';
import type { Municipality } from '../municipality.entity.js';

export class CreateMunicipalityDto {
  @ApiProperty({ description: 'Kommunenummer, four digits', example: '1870' })
  @IsMunicipalityCode({ message: 'code must be a four-digit kommunenummer' })
  code!: string;

  @ApiProperty({ description: 'Name of the municipality', example: 'Sortland' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({ description: 'County (fylke)', example: 'Nordland' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  county!: string;

  @ApiProperty({ description: 'Latitude of the administrative centre, WGS84 degrees', example: 68.6973 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'lat must be a number' })
  @IsLatitude({ message: 'lat must be a latitude between -90 and 90' })
  lat!: number;

  @ApiProperty({ description: 'Longitude of the administrative centre, WGS84 degrees', example: 15.4131 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'lon must be a number' })
  @IsLongitude({ message: 'lon must be a longitude between -180 and 180' })
  lon!: number;
}

export class MunicipalityResponse {
  @ApiProperty({ description: 'Kommunenummer, four digits', example: '1870' })
  code!: string;

  @ApiProperty({ description: 'Name of the municipality', example: 'Sortland' })
  name!: string;

  @ApiProperty({ description: 'County (fylke)', example: 'Nordland' })
  county!: string;

  @ApiProperty({ description: 'Latitude of the administrative centre, WGS84 degrees' })
  lat!: number;

  @ApiProperty({ description: 'Longitude of the administrative centre, WGS84 degrees' })
  lon!: number;

  static from(m: Municipality): MunicipalityResponse {
    return { code: m.code, name: m.name, county: m.county, lat: m.lat, lon: m.lon };
  }
}
