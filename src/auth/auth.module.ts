import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { UsersModule } from '../users/users.module.js';
import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, AccessTokens } from './access-tokens.js';
import { AdminPageAuth } from './admin-page.auth.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AccountLockout } from './account-lockout.js';
import { AuthService } from './auth.service.js';
import { DashboardCookie } from './dashboard-cookie.js';
import { DashboardSessionController } from './dashboard-session.controller.js';
import { OidcLoginCookie } from './oidc/oidc-login-cookie.js';
import { OidcController } from './oidc/oidc.controller.js';
import { OidcService } from './oidc/oidc.service.js';
import { SealedValues } from './sealed-values.js';
import { LoginRateLimitGuard } from './login-rate-limit.guard.js';
import { PasswordRateLimitGuard } from './password-rate-limit.guard.js';
import { SessionCookie } from './session-cookie.js';
import { MfaCodeRateLimitGuard, MfaLoginRateLimitGuard } from './mfa/mfa-rate-limit.guard.js';
import { MfaTokens } from './mfa/mfa-tokens.js';
import { MfaController } from './mfa/mfa.controller.js';
import { MfaRepository } from './mfa/mfa.repository.js';
import { MfaService } from './mfa/mfa.service.js';
import { TotpSecretBox } from './mfa/totp-secret-box.js';
import { SessionsRepository } from './sessions.repository.js';
import { SessionsService } from './sessions.service.js';

@Module({
  imports: [
    UsersModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.JWT_SECRET,
        // Every token this service signs names it and its API; AccessTokens.verify refuses any other.
        signOptions: {
          algorithm: ACCESS_TOKEN_ALGORITHM,
          issuer: ACCESS_TOKEN_ISSUER,
          audience: ACCESS_TOKEN_AUDIENCE,
        },
      }),
    }),
  ],
  controllers: [AuthController, MfaController, OidcController, DashboardSessionController],
  providers: [
    AuthService,
    AccessTokens,
    SessionsService,
    SessionsRepository,
    SessionCookie,
    LoginRateLimitGuard,
    AccountLockout,
    PasswordRateLimitGuard,
    AdminPageAuth,
    MfaService,
    MfaRepository,
    MfaTokens,
    TotpSecretBox,
    MfaLoginRateLimitGuard,
    MfaCodeRateLimitGuard,
    OidcService,
    OidcLoginCookie,
    DashboardCookie,
    {
      provide: SealedValues,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new SealedValues(config.JWT_SECRET),
    },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AdminPageAuth],
})
export class AuthModule {}
