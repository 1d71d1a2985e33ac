import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../common/access/access.decorator.js';
import { TemplateSet } from '../common/templates.js';
import { InfoPagesService, type PageView } from './info-pages.service.js';
import { directionOf, isLanguageCode, labelLanguageOf, ownName, type LabelLanguage } from './languages.js';
import { publicPageHeaders } from '../common/public-page.js';

const DATE_LOCALES: Record<LabelLanguage, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** A link to a page in another language, named in that language. */
interface LanguageLink {
  code: string;
  name: string;
  dir: string;
  title: string;
  href: string;
}

/**
 * The public information pages: for residents, linked from the municipality's website. No login,
 * no JavaScript, no request to any other server (the CSP allows nothing but the page's own styles).
 * HTML, for a resident's browser: /info/:code lists the languages, /info/:code/:language is a page.
 */
@ApiExcludeController()
@Controller('info')
export class PublicInfoController {
  private readonly templates = TemplateSet.at(new URL('./templates/', import.meta.url)).withPartial('layout');

  constructor(private readonly pages: InfoPagesService) {}

  @Get(':code')
  @Public()
  async index(@Param('code') code: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const labels = this.visitorLanguage(req);
    const found = /^\d{4}$/.test(code) ? await this.pages.publicIndex(code) : null;
    if (!found) return this.send(res, 404, labels, 'missing', { lang: labels, dir: 'ltr', indexHref: '' });
    this.send(res, 200, labels, 'index', {
      lang: labels,
      dir: 'ltr',
      municipalityName: found.municipality.name,
      pages: found.pages.map((page) => link(code, page)),
    });
  }

  @Get(':code/:language')
  @Public()
  async page(
    @Param('code') code: string,
    @Param('language') language: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const valid = /^\d{4}$/.test(code) && isLanguageCode(language);
    const found = valid ? await this.pages.publicPage(code, language) : null;
    if (!found) {
      const labels = this.visitorLanguage(req);
      const hasIndex = valid && (await this.pages.publicIndex(code)) !== null;
      return this.send(res, 404, labels, 'missing', {
        lang: labels,
        dir: 'ltr',
        indexHref: hasIndex ? `/api/v1/info/${code}` : '',
      });
    }
    const { municipality, page, html, others } = found;
    const labels = labelLanguageOf(language);
    this.send(res, 200, labels, 'page', {
      lang: language,
      dir: directionOf(language),
      labelLang: labels,
      foreignLabels: labels !== language,
      title: page.title,
      html,
      municipalityName: municipality.name,
      updated: new Intl.DateTimeFormat(DATE_LOCALES[labels], { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(
        page.updatedAt,
      ),
      updatedIso: page.updatedAt.toISOString().slice(0, 10),
      others: others.map((other) => link(code, other)),
      indexHref: `/api/v1/info/${code}`,
    });
  }

  /** The visitor's language of bokmål, nynorsk and English, for pages not in a language of their own. */
  private visitorLanguage(req: Request): LabelLanguage {
    const chosen = req.acceptsLanguages('nb', 'no', 'nn', 'en');
    return chosen === 'nn' ? 'nn' : chosen === 'en' ? 'en' : chosen ? 'nb' : 'en';
  }

  private send(res: Response, status: number, labels: LabelLanguage, name: string, values: object): void {
    res
      .status(status)
      .set(publicPageHeaders({ form: 'none', secretInUrl: false }))
      .send(this.templates.render(labels, name, 'html', values));
  }
}

function link(code: string, page: PageView): LanguageLink {
  return {
    code: page.language,
    name: ownName(page.language),
    dir: directionOf(page.language),
    title: page.title,
    href: `/api/v1/info/${code}/${page.language}`,
  };
}
