import { Inject, Injectable } from '@nestjs/common';
import { InvalidCredentialsError } from '../common/errors.js';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { UserResponse } from '../users/dto/user.response.js';
import { UsersService } from '../users/users.service.js';
import type { LoginDto, LoginResponse } from './dto/login.dto.js';
import { verifyPassword } from './passwords.js';

export interface AccessTokenPayload {
  sub: string;
  role: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One answer for an unknown email and a wrong password, in the same time. */
  async login(dto: LoginDto): Promise<LoginResponse> {
    const user = await this.users.findByEmail(dto.email);
    const ok = await verifyPassword(user?.passwordHash, dto.password);
    if (!user || !ok) throw new InvalidCredentialsError();
    const payload: AccessTokenPayload = { sub: user.id, role: user.role };
    const accessToken = await this.jwt.signAsync(payload, {
      expiresIn: this.config.ACCESS_TOKEN_TTL,
      algorithm: 'HS256',
    });
    return { accessToken, expiresIn: this.config.ACCESS_TOKEN_TTL, user: UserResponse.from(user) };
  }
}
