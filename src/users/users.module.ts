import { Module } from '@nestjs/common';
import { repositoryProvider } from '../database/transactions.js';
import { UsersController } from './users.controller.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

@Module({
  controllers: [UsersController],
  providers: [repositoryProvider(UsersRepository), UsersService],
  exports: [UsersService],
})
export class UsersModule {}
