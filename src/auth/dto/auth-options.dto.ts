import { ApiProperty } from '@nestjs/swagger';

/** What the login page offers besides email and password. */
export class AuthOptionsResponse {
  @ApiProperty({
    description: 'Single sign-on with the municipality account is configured: GET /auth/oidc/login starts it',
  })
  oidc!: boolean;
}
