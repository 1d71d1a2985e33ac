import { ApiProperty } from '@nestjs/swagger';
import { ROLES, USER_LANGUAGES, type Role, type User, type UserLanguage } from '../user.entity.js';

/** A user as the API shows it: never the password or its hash. */
export class UserResponse {
  @ApiProperty({ description: 'User id', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Login email' })
  email!: string;

  @ApiProperty({ description: 'Full name' })
  name!: string;

  @ApiProperty({ description: 'Role', enum: ROLES, enumName: 'UserRole' })
  role!: Role;

  @ApiProperty({ description: 'Municipalities held (coordinators); empty for admins and leads', type: [String] })
  municipalityCodes!: string[];

  @ApiProperty({
    description: 'The language of the console and of the emails the user gets',
    enum: USER_LANGUAGES,
    enumName: 'UserLanguage',
  })
  preferredLanguage!: UserLanguage;

  @ApiProperty({ description: 'A disabled user cannot log in' })
  disabled!: boolean;

  @ApiProperty({ description: 'When the account was created' })
  createdAt!: Date;

  static from(user: User): UserResponse {
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      municipalityCodes: (user.municipalities ?? []).map((m) => m.code).sort(),
      preferredLanguage: user.preferredLanguage,
      disabled: user.disabled,
      createdAt: user.createdAt,
    };
  }
}
