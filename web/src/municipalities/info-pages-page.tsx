import { Button, Card, Field, Heading, Label, Link, Paragraph, Select, Table, Tag } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useI18n } from '../i18n/i18n.js';
import { formatters } from '../i18n/format.js';
import { languageOptions } from '../participants/iso-languages.js';
import { LoadError, Loading } from '../ui/loading.js';
import { Page } from '../ui/page.js';
import { TableScroll } from '../ui/table-scroll.js';
import { BackToMunicipalities, useMunicipalityName } from './municipalities-page.js';
import { useInfoPages, type InfoPageSummary } from './municipality-queries.js';
import './municipalities.css';

/**
 * `/municipalities/:code/info`: the municipality's public information pages by language, with
 * the starting text marked until someone has saved it; edit one, open the public page, or start
 * a page in a new language.
 */
export function InfoPagesPage() {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const m = t.municipalities.info;
  const name = useMunicipalityName(code);
  const pages = useInfoPages(code);
  return (
    <Page title={m.title(name)}>
      <div className="stack">
        <BackToMunicipalities />
        <Paragraph>{m.intro}</Paragraph>
        {pages.error ? (
          <LoadError error={pages.error} retry={() => void pages.refetch()} />
        ) : !pages.data ? (
          <Loading />
        ) : (
          <>
            <PageTable code={code} pages={pages.data} />
            <Paragraph>
              <Link href={`/api/v1/info/${code}`}>{m.publicIndex}</Link>
            </Paragraph>
            <AddLanguage code={code} existing={pages.data.map((p) => p.language)} />
          </>
        )}
      </div>
    </Page>
  );
}

function PageTable({ code, pages }: { code: string; pages: InfoPageSummary[] }) {
  const { t, language } = useI18n();
  const m = t.municipalities.info;
  const say = formatters(language);
  return (
    <TableScroll label={m.tableCaption}>
      <Table data-size="sm" zebra>
        <caption className="visually-hidden">{m.tableCaption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{m.language}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{m.pageTitle}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{m.updated}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{m.status}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{m.actions}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {pages.map((page) => (
            <Table.Row key={page.language}>
              <Table.HeaderCell scope="row">
                <span lang={page.language} dir={page.dir}>
                  {page.languageName}
                </span>
              </Table.HeaderCell>
              <Table.Cell>
                <span lang={page.language} dir={page.dir}>
                  {page.title}
                </span>
              </Table.Cell>
              <Table.Cell>{say.day(page.updatedAt)}</Table.Cell>
              <Table.Cell>
                {page.startingText ? (
                  <Tag data-color="warning">
                    <span aria-hidden="true" className="mark-symbol">
                      !
                    </span>
                    {m.startingText}
                  </Tag>
                ) : (
                  <Tag data-color="success">
                    <span aria-hidden="true" className="mark-symbol">
                      ✓
                    </span>
                    {m.ownText}
                  </Tag>
                )}
              </Table.Cell>
              <Table.Cell>
                <ul className="municipality-links">
                  <li>
                    <Link asChild>
                      <RouterLink to={`/municipalities/${code}/info/${page.language}`}>
                        {m.edit}
                        <span className="visually-hidden"> – {page.languageName}</span>
                      </RouterLink>
                    </Link>
                  </li>
                  <li>
                    <Link href={page.publicPath}>
                      {t.municipalities.edit.viewPublic}
                      <span className="visually-hidden"> – {page.languageName}</span>
                    </Link>
                  </li>
                </ul>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/** Starts a page in a language the municipality has none in: the editor, empty, for that language. */
function AddLanguage({ code, existing }: { code: string; existing: string[] }) {
  const { t, language } = useI18n();
  const m = t.municipalities.info;
  const navigate = useNavigate();
  const options = languageOptions(language).filter((option) => !existing.includes(option.code));
  const [chosen, setChosen] = useState(options[0]?.code ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) void navigate(`/municipalities/${code}/info/${chosen}`);
  };
  return (
    <Card asChild data-color="neutral">
      <section aria-labelledby="info-add-language">
        <form className="stack" onSubmit={submit}>
          <Heading level={2} data-size="sm" id="info-add-language">
            {m.addHeading}
          </Heading>
          <Field>
            <Label htmlFor="info-new-language">{m.addLanguage}</Label>
            <Select id="info-new-language" value={chosen} onChange={(event) => setChosen(event.target.value)}>
              {options.map((option) => (
                <Select.Option key={option.code} value={option.code}>
                  {option.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <div>
            <Button type="submit" variant="secondary">
              {m.addButton}
            </Button>
          </div>
        </form>
      </section>
    </Card>
  );
}
