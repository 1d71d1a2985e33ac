import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrorResponse, ApiInvalidInputResponse, ApiStateConflictResponse } from '../common/api-error.response.js';
import { CurrentActor, Roles } from '../common/access/access.decorator.js';
import type { Actor } from '../common/access/actor.js';
import { UuidParam } from '../common/uuid-param.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import { UserResponse } from './dto/user.response.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a user account (admin)' })
  @ApiCreatedResponse({ description: 'The user', type: UserResponse })
  @ApiInvalidInputResponse()
  @ApiStateConflictResponse('A user has this email')
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto): Promise<UserResponse> {
    return UserResponse.from(await this.users.create(actor, dto));
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'List user accounts (admin)' })
  @ApiOkResponse({ description: 'Every user', type: [UserResponse] })
  async list(): Promise<UserResponse[]> {
    return (await this.users.findAll()).map((u) => UserResponse.from(u));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({
    summary: 'Change a user account: name, role, municipalities, disabled (admin)',
    description:
      "A change of role or municipalities, or disabling, ends the user's sessions, and every access token issued " +
      'to them before it answers 401 from then on.',
  })
  @ApiOkResponse({ description: 'The user as changed', type: UserResponse })
  @ApiNotFoundResponse({ description: 'No such user', type: ApiErrorResponse })
  @ApiInvalidInputResponse()
  @ApiStateConflictResponse('The change would leave no enabled admin')
  async update(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserResponse> {
    return UserResponse.from(await this.users.update(actor, id, dto));
  }
}
