import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponse, ApiInvalidInputResponse } from '../common/api-error.response.js';
import { CurrentActor, Roles } from '../common/access/access.decorator.js';
import type { Actor } from '../common/access/actor.js';
import { MunicipalityCodeParam } from '../municipalities/municipality-param.js';
import {
  InfoPagePreviewResponse,
  InfoPageResponse,
  InfoPageSummaryResponse,
  PreviewInfoPageDto,
  SaveInfoPageDto,
} from './dto/info-page.dto.js';
import { InfoPagesService, type PageView } from './info-pages.service.js';
import { LanguageParam } from './language-param.js';
import { directionOf, ownName } from './languages.js';

@ApiTags('information pages')
@ApiBearerAuth()
@ApiInvalidInputResponse()
@ApiNotFoundResponse({ description: 'No such municipality, or not one of yours', type: ApiErrorResponse })
@Controller('municipalities')
export class InfoPagesController {
  constructor(private readonly pages: InfoPagesService) {}

  @Get(':code/info')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: "The municipality's information pages: languages, titles and last edits" })
  @ApiOkResponse({ description: 'Pages, bokmål, nynorsk and English first', type: [InfoPageSummaryResponse] })
  async list(@CurrentActor() actor: Actor, @MunicipalityCodeParam() code: string): Promise<InfoPageSummaryResponse[]> {
    return (await this.pages.list(actor, code)).map((page) => summary(code, page));
  }

  @Post(':code/info/preview')
  @HttpCode(200)
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: 'Markdown rendered and sanitised as the public page would show it; stores nothing' })
  @ApiOkResponse({ description: 'The HTML', type: InfoPagePreviewResponse })
  async preview(
    @CurrentActor() actor: Actor,
    @MunicipalityCodeParam() code: string,
    @Body() dto: PreviewInfoPageDto,
  ): Promise<InfoPagePreviewResponse> {
    return { html: await this.pages.preview(actor, code, dto.body) };
  }

  @Get(':code/info/:language')
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: 'One information page with its Markdown, to edit' })
  @ApiOkResponse({ description: 'The page', type: InfoPageResponse })
  async get(
    @CurrentActor() actor: Actor,
    @MunicipalityCodeParam() code: string,
    @LanguageParam() language: string,
  ): Promise<InfoPageResponse> {
    return full(code, await this.pages.get(actor, code, language));
  }

  @Put(':code/info/:language')
  @HttpCode(200)
  @Roles('admin', 'lead', 'coordinator')
  @ApiOperation({ summary: 'Write the page in this language (created when new); public at once' })
  @ApiOkResponse({ description: 'The page as saved', type: InfoPageResponse })
  async save(
    @CurrentActor() actor: Actor,
    @MunicipalityCodeParam() code: string,
    @LanguageParam() language: string,
    @Body() dto: SaveInfoPageDto,
  ): Promise<InfoPageResponse> {
    return full(code, await this.pages.save(actor, code, language, dto));
  }
}

function summary(code: string, page: PageView): InfoPageSummaryResponse {
  return {
    language: page.language,
    languageName: ownName(page.language),
    dir: directionOf(page.language),
    title: page.title,
    updatedAt: page.updatedAt.toISOString(),
    startingText: page.startingText,
    publicPath: `/api/v1/info/${code}/${page.language}`,
  };
}

function full(code: string, page: PageView): InfoPageResponse {
  return { ...summary(code, page), body: page.body };
}
