import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiInvalidInputResponse } from '../common/api-error.response.js';
import { Roles } from '../common/access/access.decorator.js';
import { OutboxEmailResponse, OutboxQueryDto } from './dto/outbox.dto.js';
import { MailService } from './mail.service.js';

@ApiTags('email')
@ApiBearerAuth()
@ApiInvalidInputResponse()
@Controller('admin/outbox')
export class MailController {
  constructor(private readonly mail: MailService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Every email decided, newest first: what was sent, what waits, what failed and why' })
  @ApiOkResponse({ description: 'Outbox emails', type: [OutboxEmailResponse] })
  async list(@Query() query: OutboxQueryDto): Promise<OutboxEmailResponse[]> {
    return (await this.mail.listOutbox(query)).map((o) => OutboxEmailResponse.from(o));
  }
}
