import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsContactEmail } from '../../common/contact-fields.js';
import { lowerCased } from '../../common/transforms.js';
import { UserResponse } from '../../users/dto/user.response.js';

export class LoginDto {
  @ApiProperty({ description: 'Login email', example: 'admin@example.org' })
  @Transform(lowerCased)
  @IsContactEmail({ message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ description: 'Password' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}

export class LoginResponse {
  @ApiProperty({ description: 'Short-lived JWT to send as "Authorization: Bearer <accessToken>"' })
  accessToken!: string;

  @ApiProperty({ description: 'Seconds until the access token expires' })
  expiresIn!: number;

  @ApiProperty({ description: 'The logged-in user', type: UserResponse })
  user!: UserResponse;
}
