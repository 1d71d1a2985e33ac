import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponse, ApiInvalidInputResponse } from '../common/api-error.response.js';
import { CurrentActor, Roles } from '../common/access/access.decorator.js';
import type { Actor } from '../common/access/actor.js';
import { UuidParam } from '../common/uuid-param.js';
import { SurveyResultResponse } from './dto/survey.dto.js';
import { SurveysService } from './surveys.service.js';

@ApiTags('surveys')
@ApiBearerAuth()
@ApiInvalidInputResponse()
@Controller('programmes/:id/surveys')
export class SurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @Get()
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({
    summary: 'The survey results of a programme: one entry per survey kind',
    description:
      'midway_survey and closing_survey go to every mentor and mentee of a pair active on the day of the midway and ' +
      'closing gathering, followup_survey to each mentee 3, 6 and 12 months after their pair ended. `sent` counts ' +
      'the emails sent, `answered` the people who answered. A coordinator gets their municipalities’ share: the ' +
      'people living there.',
  })
  @ApiNotFoundResponse({ description: 'No such programme, or none you see', type: ApiErrorResponse })
  @ApiOkResponse({ description: 'midway_survey, closing_survey, followup_survey', type: [SurveyResultResponse] })
  results(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<SurveyResultResponse[]> {
    return this.surveys.results(actor, id);
  }
}
