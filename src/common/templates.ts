import Handlebars from 'handlebars';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export type TemplateFormat = 'html' | 'text';

const PAGE_LAYOUT = new URL('./templates/page-layout.hbs', import.meta.url);

/**
 * Text that people read (emails, the meeting-link pages) lives in Handlebars files, one folder
 * per language: `<dir>/<language>/<name>.<part>.hbs`. A language without its own file falls
 * back to English. HTML parts escape every value; text parts do not (they are not HTML).
 */
export class TemplateSet {
  private readonly html = Handlebars.create();
  private readonly cache = new Map<string, Handlebars.TemplateDelegate>();
  private readonly languages = new Map<string, string>();

  constructor(
    private readonly dir: string,
    private readonly fallbackLanguage = 'en',
  ) {}

  /** Registers `<dir>/<name>.hbs` as a partial, such as the layout every email's HTML part wraps itself in. */
  withPartial(name: string): this {
    this.html.registerPartial(name, readFileSync(join(this.dir, `${name}.hbs`), 'utf8'));
    return this;
  }

  /**
   * Registers the layout of the public pages (no login, no JavaScript: the signed-link pages, a
   * certificate's verification) as the partial `layout`: one look, one set of styles, for them all.
   */
  withPageLayout(): this {
    this.html.registerPartial('layout', readFileSync(fileURLToPath(PAGE_LAYOUT), 'utf8'));
    return this;
  }

  static at(url: URL): TemplateSet {
    return new TemplateSet(fileURLToPath(url));
  }

  /**
   * The language a template set answers for `preferred`: itself when it has templates, else the
   * fallback. Norwegian without a written standard (no), and nynorsk where a set has none, is
   * answered in bokmål.
   */
  languageFor(preferred: string): string {
    let answer = this.languages.get(preferred);
    if (answer === undefined) {
      const has = (lang: string) => existsSync(join(this.dir, lang));
      const lang = preferred === 'no' || (preferred === 'nn' && !has('nn')) ? 'nb' : preferred;
      answer = has(lang) ? lang : this.fallbackLanguage;
      this.languages.set(preferred, answer);
    }
    return answer;
  }

  render(language: string, name: string, part: string, context: object): string {
    const format: TemplateFormat = part.endsWith('html') ? 'html' : 'text';
    const lang = this.languageFor(language);
    const key = `${lang}/${name}.${part}`;
    let template = this.cache.get(key);
    if (!template) {
      const source = readFileSync(join(this.dir, lang, `${name}.${part}.hbs`), 'utf8');
      template = this.html.compile(source, { noEscape: format === 'text', strict: true });
      this.cache.set(key, template);
    }
    const out = template(context);
    return part === 'subject' ? out.replace(/\s+/g, ' ').trim() : out;
  }
}
