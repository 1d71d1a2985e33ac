import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Public } from '../common/access/access.decorator.js';
import { AuthService } from './auth.service.js';
import { LoginDto, LoginResponse } from './dto/login.dto.js';
import { LoginRateLimitGuard } from './login-rate-limit.guard.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @UseGuards(LoginRateLimitGuard)
  @ApiOperation({ summary: 'Log in with email and password; returns a short-lived access token' })
  @ApiUnauthorizedResponse({ description: 'Wrong email or password (the same answer for both)' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts for this address and email; wait a minute' })
  @ApiOkResponse({ description: 'Logged in', type: LoginResponse })
  login(@Body() dto: LoginDto): Promise<LoginResponse> {
    return this.auth.login(dto);
  }
}
