import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiInvalidInputResponse, ApiStateConflictResponse } from '../common/api-error.response.js';
import { Roles } from '../common/access/access.decorator.js';
import { CreateMunicipalityDto, MunicipalityResponse } from './dto/municipality.dto.js';
import { MunicipalitiesService } from './municipalities.service.js';

@ApiTags('municipalities')
@ApiBearerAuth()
@Controller('municipalities')
export class MunicipalitiesController {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @Get()
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: 'Every municipality with the coordinates of its administrative centre' })
  @ApiOkResponse({ description: 'Every municipality', type: [MunicipalityResponse] })
  async list(): Promise<MunicipalityResponse[]> {
    return (await this.municipalities.findAll()).map((m) => MunicipalityResponse.from(m));
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Add a municipality (admin)' })
  @ApiInvalidInputResponse()
  @ApiStateConflictResponse('A municipality with this code exists')
  @ApiCreatedResponse({ description: 'The municipality', type: MunicipalityResponse })
  async create(@Body() dto: CreateMunicipalityDto): Promise<MunicipalityResponse> {
    return MunicipalityResponse.from(await this.municipalities.create(dto));
  }
}
