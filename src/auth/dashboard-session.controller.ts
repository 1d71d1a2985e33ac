import { Controller, HttpCode, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor, Roles } from '../common/access/access.decorator.js';
import type { Actor } from '../common/access/actor.js';
import { ApiErrorResponse } from '../common/api-error.response.js';
import { DASHBOARD_COOKIE, DashboardCookie } from './dashboard-cookie.js';

@ApiTags('admin')
@Controller('admin/dashboard-session')
export class DashboardSessionController {
  constructor(private readonly cookie: DashboardCookie) {}

  @Post()
  @HttpCode(204)
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary: "Let this browser into the queue dashboard (/api/v1/admin/queues) for 15 minutes with the admin's session",
    description:
      `Sets the ${DASHBOARD_COOKIE} cookie (HttpOnly, SameSite=Strict, Path=/api/v1/admin/queues), which the dashboard ` +
      'takes as well as HTTP Basic. It stops working after 15 minutes, when the console session of the token ends, ' +
      'or when the user is no longer an admin.',
  })
  @ApiNoContentResponse({ description: 'The cookie is set' })
  @ApiUnauthorizedResponse({ description: 'No valid access token', type: ApiErrorResponse })
  @ApiForbiddenResponse({ description: 'Not an admin', type: ApiErrorResponse })
  async open(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.cookie.issue(res, actor);
  }
}
