import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { HealthCheckResult } from '@nestjs/terminus';
import { Redis } from 'ioredis';
import { Public } from '../common/access/access.decorator.js';
import { REDIS } from '../redis/redis.module.js';

const TIMEOUT_MS = 1500;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get()
  @Public()
  // terminus documents the answer itself only where it can load @nestjs/swagger (Node.js 24, not
  // 20): off, so the OpenAPI document (and the console's typed client) is one on every runtime.
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOkResponse({ description: 'PostgreSQL and Redis answer' })
  @ApiServiceUnavailableResponse({ description: 'PostgreSQL or Redis does not answer (which, in details)' })
  @ApiOperation({ summary: '200 when PostgreSQL and Redis answer, 503 otherwise' })
  check(): Promise<HealthCheckResult> {
    return this.health.check([() => this.db.pingCheck('postgres', { timeout: TIMEOUT_MS }), () => this.redisCheck()]);
  }

  private async redisCheck() {
    const indicator = this.indicators.check('redis');
    try {
      const answer = await Promise.race([
        this.redis.ping(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS).unref()),
      ]);
      return answer === 'PONG' ? indicator.up() : indicator.down('unexpected answer');
    } catch {
      return indicator.down('not reachable');
    }
  }
}
