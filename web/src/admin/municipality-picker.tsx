import { Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useMunicipalities } from '../api/queries.js';
import { useI18n } from '../i18n/i18n.js';
import { LoadError, Loading } from '../ui/loading.js';

/** Above this many municipalities the list gets a search field. */
const SEARCH_FROM = 10;

/**
 * Municipalities to tick, from GET /municipalities, in a fieldset with its legend; a search
 * field narrows a long list (ticked ones stay ticked while hidden, and are named above the list).
 */
export function MunicipalityPicker({
  legend,
  description,
  value,
  onChange,
  error,
}: {
  legend: string;
  description?: string;
  value: string[];
  onChange: (codes: string[]) => void;
  error?: string;
}) {
  const { t, language } = useI18n();
  const m = t.admin.municipalities;
  const municipalities = useMunicipalities();
  const [query, setQuery] = useState('');
  const errorId = useId();
  if (municipalities.error)
    return <LoadError error={municipalities.error} retry={() => void municipalities.refetch()} />;
  if (!municipalities.data) return <Loading />;
  const collator = new Intl.Collator(language === 'en' ? 'en' : 'nb');
  const all = [...municipalities.data.values()].sort((a, b) => collator.compare(a.name, b.name));
  const needle = query.trim().toLocaleLowerCase();
  const shown = needle
    ? all.filter((item) => item.name.toLocaleLowerCase().includes(needle) || item.code.startsWith(needle))
    : all;
  const chosen = new Set(value);
  const chosenNames = all.filter((item) => chosen.has(item.code)).map((item) => item.name);
  return (
    <Fieldset aria-describedby={error ? errorId : undefined}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description ? <Fieldset.Description>{description}</Fieldset.Description> : null}
      <p className="municipality-chosen" aria-live="polite">
        {chosenNames.length ? m.chosen(chosenNames.join(', ')) : m.noneChosen}
      </p>
      {all.length > SEARCH_FROM ? (
        <Textfield
          label={m.search}
          type="search"
          data-size="sm"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      ) : null}
      <div className="municipality-options">
        {shown.length === 0 ? <p>{m.noMatch}</p> : null}
        {shown.map((item) => (
          <Checkbox
            key={item.code}
            data-size="sm"
            label={`${item.name} (${item.code})`}
            value={item.code}
            checked={chosen.has(item.code)}
            onChange={(event) =>
              onChange(event.target.checked ? [...value, item.code] : value.filter((code) => code !== item.code))
            }
          />
        ))}
      </div>
      {error ? <ValidationMessage id={errorId}>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}
