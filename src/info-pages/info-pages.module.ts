import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import { InfoPage } from './info-page.entity.js';
import { InfoPagesController } from './info-pages.controller.js';
import { InfoPagesService } from './info-pages.service.js';
import { PublicInfoController } from './public-info.controller.js';

@Module({
  imports: [TypeOrmModule.forFeature([InfoPage]), MunicipalitiesModule],
  controllers: [InfoPagesController, PublicInfoController],
  providers: [InfoPagesService],
})
export class InfoPagesModule {}
