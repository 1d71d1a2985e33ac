import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Actor } from '../common/access/actor.js';
import { BoundedCache } from '../common/bounded-cache.js';
import { Clock } from '../common/clock.js';
import { NotFoundError } from '../common/errors.js';
import { MunicipalitiesService } from '../municipalities/municipalities.service.js';
import type { Municipality } from '../municipalities/municipality.entity.js';
import type { SaveInfoPageDto } from './dto/info-page.dto.js';
import { InfoPage } from './info-page.entity.js';
import { byReadingOrder } from './languages.js';
import { renderMarkdown } from './markdown.js';
import { STARTING_PAGES, STARTING_TEXT_DATE } from './starting-pages.js';

/** A page as it is shown: saved by the municipality, or the starting text it has not yet saved. */
export interface PageView {
  language: string;
  title: string;
  body: string;
  updatedAt: Date;
  startingText: boolean;
}

/** What a public page shows: the page, its municipality and the other languages it exists in. */
export interface PublicPage {
  municipality: Municipality;
  page: PageView;
  html: string;
  others: PageView[];
}

@Injectable()
export class InfoPagesService {
  /**
   * Rendered at read time, so every page goes through the sanitiser the service runs now (a stricter
   * schema applies to every page at once, with nothing stored to go stale); remembered by the
   * body's hash, so a page read often is rendered once.
   */
  private readonly rendered = new BoundedCache<string>(500);

  constructor(
    @InjectRepository(InfoPage) private readonly pages: Repository<InfoPage>,
    private readonly municipalities: MunicipalitiesService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, code: string): Promise<PageView[]> {
    await this.municipalities.findHeld(actor, code);
    return this.pagesOf(code);
  }

  async get(actor: Actor, code: string, language: string): Promise<PageView> {
    await this.municipalities.findHeld(actor, code);
    const page = (await this.pagesOf(code)).find((p) => p.language === language);
    if (!page) throw new NotFoundError('Info page');
    return page;
  }

  async save(actor: Actor, code: string, language: string, dto: SaveInfoPageDto): Promise<PageView> {
    await this.municipalities.findHeld(actor, code);
    const row: InfoPage = {
      municipalityCode: code,
      language,
      title: dto.title,
      body: dto.body,
      updatedAt: this.clock.now(),
      updatedBy: actor.id,
    };
    await this.pages.upsert(row, ['municipalityCode', 'language']);
    return view(row);
  }

  async preview(actor: Actor, code: string, body: string): Promise<string> {
    await this.municipalities.findHeld(actor, code);
    return renderMarkdown(body);
  }

  /** The public page of this municipality in this language, or null when there is none. */
  async publicPage(code: string, language: string): Promise<PublicPage | null> {
    const municipality = await this.municipalities.findByCode(code);
    if (!municipality) return null;
    const pages = await this.pagesOf(code);
    const page = pages.find((p) => p.language === language);
    if (!page) return null;
    return { municipality, page, html: this.html(page.body), others: pages.filter((p) => p !== page) };
  }

  /** The municipality and its pages (every language), or null when there is no such municipality. */
  async publicIndex(code: string): Promise<{ municipality: Municipality; pages: PageView[] } | null> {
    const municipality = await this.municipalities.findByCode(code);
    return municipality ? { municipality, pages: await this.pagesOf(code) } : null;
  }

  /** The municipality's pages, with the starting pages of the languages it has not saved yet. */
  private async pagesOf(code: string): Promise<PageView[]> {
    const saved = (await this.pages.findBy({ municipalityCode: code })).map(view);
    const starting = Object.entries(STARTING_PAGES)
      .filter(([language]) => !saved.some((p) => p.language === language))
      .map(([language, page]): PageView => ({ language, ...page, updatedAt: STARTING_TEXT_DATE, startingText: true }));
    return [...saved, ...starting].sort((a, b) => byReadingOrder(a.language, b.language));
  }

  private html(body: string): string {
    const key = createHash('sha256').update(body).digest('base64url');
    return this.rendered.remember(key, () => renderMarkdown(body));
  }
}

function view(row: InfoPage): PageView {
  return {
    language: row.language,
    title: row.title,
    body: row.body,
    updatedAt: row.updatedAt,
    startingText: false,
  };
}
