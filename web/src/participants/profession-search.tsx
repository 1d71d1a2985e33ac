import { Button, Field, Input, Label, Spinner, ValidationMessage } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { searchProfessions, titleIn, type Profession, type ProfessionTitle } from './participants-api.js';
import './participants.css';

/** How long typing must pause before the search is sent. */
export const PROFESSION_SEARCH_DEBOUNCE_MS = 300;
/** The fewest characters worth a search (a one-digit code is a whole field of work). */
const MIN_QUERY = 1;

/**
 * Picks an ISCO-08 (STYRK-08) group over `GET /professions?q=`: a labelled input with a listbox of
 * hits (the ARIA combobox pattern), each hit its code and its title in the console's language
 * (bokmål for nynorsk: the classification has no nynorsk titles). Typing waits for a pause before
 * it asks; arrow keys move through the hits, Enter picks, Escape closes the list (and a second
 * Escape clears the text).
 */
export function ProfessionSearch({
  label,
  description,
  code,
  title,
  onChange,
  error,
  clearable = false,
  inputId,
}: {
  label: string;
  description?: string;
  /** The code chosen now, if any. */
  code: string | null;
  /** Its title, when the caller knows it (from the participant), so nothing needs to be fetched. */
  title?: ProfessionTitle | null;
  onChange: (code: string | null, title: ProfessionTitle | null) => void;
  error?: string;
  /** The field is optional: a button clears the choice. */
  clearable?: boolean;
  /** The input's id, for an error summary to link to. */
  inputId?: string;
}) {
  const { t, language } = useI18n();
  const m = t.participants.professionSearch;
  const id = useId();
  const listId = `${id}-list`;
  const statusId = `${id}-status`;
  const chosenId = `${id}-chosen`;
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(title ? titleIn(title, language) : '');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  // A pause in typing sends the search; each keystroke before it restarts the wait.
  useEffect(() => {
    if (!open) return;
    const timer = setTimeout(() => setQuery(text.trim()), PROFESSION_SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, open]);

  const search = useQuery({
    queryKey: ['professions', 'search', query, language],
    queryFn: ({ signal }) => searchProfessions(query, language, signal),
    enabled: open && query.length >= MIN_QUERY,
    staleTime: Infinity,
  });
  const hits: Profession[] = open && query.length >= MIN_QUERY ? (search.data ?? []) : [];
  const waiting = open && text.trim().length >= MIN_QUERY && (text.trim() !== query || search.isFetching);
  const expanded = open && (hits.length > 0 || (!waiting && query.length >= MIN_QUERY && search.isSuccess));

  const pick = (hit: Profession) => {
    const picked = { nb: hit.titleNb, en: hit.titleEn };
    onChange(hit.code, picked);
    setText(titleIn(picked, language));
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        if (hits.length) setActive((i) => Math.min(i + 1, hits.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (hits.length) setActive((i) => Math.max(i - 1, 0));
        break;
      case 'Enter':
        if (expanded) {
          // Enter chooses from the list; it must not submit the form around it.
          event.preventDefault();
          const hit = hits[active] ?? (hits.length === 1 ? hits[0] : undefined);
          if (hit) pick(hit);
        }
        break;
      case 'Escape':
        if (expanded || open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          event.preventDefault();
          setText('');
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  const chosenTitle = code ? (title ? titleIn(title, language) : null) : null;
  const status = !open
    ? ''
    : waiting
      ? m.searching
      : query.length >= MIN_QUERY && search.isError
        ? m.failed
        : query.length >= MIN_QUERY && search.isSuccess
          ? hits.length
            ? m.hits(hits.length)
            : m.noHits
          : '';

  return (
    <Field className="profession-search">
      <Label>{label}</Label>
      {description ? <Field.Description>{description}</Field.Description> : null}
      <div className="profession-search-box">
        <Input
          ref={input}
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && hits[active] ? `${id}-option-${hits[active].code}` : undefined}
          aria-describedby={[chosenId, statusId].join(' ')}
          aria-invalid={error ? true : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="profession-hits"
          hidden={!expanded}
          // The list is read through aria-activedescendant; a click must not take focus from the input.
          onMouseDown={(event) => event.preventDefault()}
        >
          {hits.map((hit, index) => (
            <li
              key={hit.code}
              id={`${id}-option-${hit.code}`}
              role="option"
              aria-selected={index === active}
              className="profession-hit"
              onClick={() => pick(hit)}
            >
              <span className="profession-code">{hit.code}</span>{' '}
              {titleIn({ nb: hit.titleNb, en: hit.titleEn }, language)}
            </li>
          ))}
          {expanded && hits.length === 0 ? (
            <li role="option" aria-disabled="true" aria-selected={false} className="profession-empty">
              {m.noHits}
            </li>
          ) : null}
        </ul>
      </div>
      <p id={statusId} role="status" className="profession-status">
        {waiting ? <Spinner aria-hidden data-size="xs" /> : null}
        {status}
      </p>
      <div className="profession-chosen">
        <p id={chosenId} className="ds-paragraph" data-size="sm">
          {code ? m.chosen(code, chosenTitle ?? '') : m.noneChosen}
        </p>
        {clearable && code ? (
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            aria-label={m.clearNamed(label)}
            onClick={() => {
              onChange(null, null);
              setText('');
              input.current?.focus();
            }}
          >
            {m.clear}
          </Button>
        ) : null}
      </div>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}
