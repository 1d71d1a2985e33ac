import { Checkbox, Link, Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { useProgramme } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { ProgrammeNav } from '../programmes/programme-nav.js';
import { LoadError, Loading } from '../ui/loading.js';
import { MonthMarkLegend } from '../ui/month-mark.js';
import { Page } from '../ui/page.js';
import { MonthGrid } from './month-grid.js';
import { usePairs } from './pairs-queries.js';
import './pairs.css';

/** The URL parameter of the filter, as the programme list links to it. */
const ATTENTION_PARAM = 'needsAttention';

export function PairsPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const m = t.matching.pairs;
  const [params, setParams] = useSearchParams();
  const attentionOnly = params.get(ATTENTION_PARAM) === 'true';
  const programme = useProgramme(id);
  const pairs = usePairs(id);
  const attentionCount = useMemo(() => pairs.data?.filter((p) => p.needsAttention).length ?? 0, [pairs.data]);
  const shown = useMemo(
    () => (attentionOnly ? pairs.data?.filter((p) => p.needsAttention) : pairs.data) ?? [],
    [pairs.data, attentionOnly],
  );

  return (
    <Page title={m.title}>
      <ProgrammeNav programmeId={id} programmeName={programme.data?.name} />
      {programme.data ? (
        <Paragraph className="matching-context">{t.matching.programme(programme.data.name)}</Paragraph>
      ) : null}
      {pairs.isPending ? <Loading /> : null}
      {pairs.isError ? <LoadError error={pairs.error} retry={() => void pairs.refetch()} /> : null}
      {pairs.data ? (
        <div className="stack">
          {pairs.data.length === 0 ? (
            <Paragraph>
              {m.none}{' '}
              <Link asChild>
                <RouterLink to={`/programmes/${id}/matching`}>{t.matching.toMatching}</RouterLink>
              </Link>
            </Paragraph>
          ) : (
            <>
              <div className="pairs-filters">
                <Checkbox
                  label={m.attentionOnly}
                  checked={attentionOnly}
                  onChange={(event) => {
                    const next = new URLSearchParams(params);
                    if (event.target.checked) next.set(ATTENTION_PARAM, 'true');
                    else next.delete(ATTENTION_PARAM);
                    setParams(next, { replace: true });
                  }}
                />
                <Paragraph role="status" data-size="sm">
                  {m.count(pairs.data.length, attentionCount)}
                </Paragraph>
              </div>
              <MonthMarkLegend t={t} />
              {shown.length === 0 ? (
                <Paragraph>{m.noneNeedAttention}</Paragraph>
              ) : (
                <MonthGrid pairs={shown} caption={m.caption} />
              )}
            </>
          )}
        </div>
      ) : null}
    </Page>
  );
}
