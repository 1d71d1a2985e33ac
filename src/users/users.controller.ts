import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access/access.decorator.js';
import { CreateUserDto } from './dto/create-user.dto.js';
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
  async create(@Body() dto: CreateUserDto): Promise<UserResponse> {
    return UserResponse.from(await this.users.create(dto));
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'List user accounts (admin)' })
  @ApiOkResponse({ description: 'Every user', type: [UserResponse] })
  async list(): Promise<UserResponse[]> {
    return (await this.users.findAll()).map((u) => UserResponse.from(u));
  }
}
