import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiInvalidInputResponse } from '../common/api-error.response.js';
import { Clock } from '../common/clock.js';
import { Roles } from '../common/access/access.decorator.js';
import { RunRemindersDto, SweepResponse } from './dto/run-reminders.dto.js';
import { RemindersService } from './reminders.service.js';

@ApiTags('email')
@ApiBearerAuth()
@ApiInvalidInputResponse()
@Controller('admin/reminders')
export class RemindersController {
  constructor(
    private readonly reminders: RemindersService,
    private readonly clock: Clock,
  ) {}

  @Post('run')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Run the reminder sweep by hand, as if the clock read asOf',
    description:
      'The daily sweep does the same at 09:00 in each programme’s time zone. Running it twice sends nothing twice.',
  })
  @ApiOkResponse({ description: 'What the sweep queued', type: SweepResponse })
  async run(@Body() dto: RunRemindersDto): Promise<SweepResponse> {
    return this.reminders.sweep(dto.asOf ? new Date(dto.asOf) : this.clock.now());
  }
}
