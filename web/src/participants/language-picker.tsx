import { Button, Field, Fieldset, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useMemo, useRef, useState } from 'react';
import type { Schemas } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { languageName, languageOptions } from './iso-languages.js';
import './participants.css';

export type LanguageSkill = Schemas['LanguageSkillDto'];
export type LanguageLevel = LanguageSkill['level'];

/** The levels the API takes, weakest first. */
export const LANGUAGE_LEVELS: readonly LanguageLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'];

function isLevel(value: string): value is LanguageLevel {
  return (LANGUAGE_LEVELS as readonly string[]).includes(value);
}

/**
 * A participant's languages, each with a level (CEFR A1–C2 or native): add from ISO 639-1 (names in
 * the console's language), change a level, remove; a language is listed at most once and at least
 * one is needed (the form checks that on submit, through `error`). Plain selects and buttons, so the
 * keyboard does everything; after an add or a removal, focus stays on a control that makes sense and
 * a live region says what happened.
 */
export function LanguagePicker({
  value,
  onChange,
  label,
  description,
  error,
  addId,
}: {
  value: LanguageSkill[];
  onChange: (next: LanguageSkill[]) => void;
  label: string;
  description?: string;
  error?: string;
  /** The id of the select to add a language with, for an error summary to link to. */
  addId?: string;
}) {
  const { t, language } = useI18n();
  const m = t.participants.languages;
  const id = useId();
  const [code, setCode] = useState('');
  const [level, setLevel] = useState<LanguageLevel | ''>('');
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const addSelect = useRef<HTMLSelectElement>(null);
  const levelSelect = useRef<HTMLSelectElement>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());

  const chosen = useMemo(() => new Set(value.map((skill) => skill.code)), [value]);
  const available = useMemo(
    () => languageOptions(language).filter((option) => !chosen.has(option.code)),
    [language, chosen],
  );
  const levelName = (l: LanguageLevel) => t.participants.levels[l];

  const add = () => {
    if (!code) {
      setProblem(m.pickLanguage);
      addSelect.current?.focus();
      return;
    }
    if (!level) {
      setProblem(m.pickLevel);
      levelSelect.current?.focus();
      return;
    }
    setProblem(null);
    if (!chosen.has(code)) onChange([...value, { code, level }]);
    setAnnouncement(m.added(languageName(code, language), levelName(level)));
    setCode('');
    setLevel('');
    addSelect.current?.focus();
  };

  const remove = (index: number) => {
    const removed = value[index];
    const next = value.filter((_, i) => i !== index);
    onChange(next);
    setAnnouncement(m.removed(languageName(removed.code, language)));
    // Focus goes to the row that takes its place, else the one before, else the language to add.
    const neighbour = next[index] ?? next[index - 1];
    const target = neighbour ? removeButtons.current.get(neighbour.code) : addSelect.current;
    requestAnimationFrame(() => target?.focus());
  };

  const setSkillLevel = (index: number, next: string) => {
    if (!isLevel(next)) return;
    onChange(value.map((skill, i) => (i === index ? { ...skill, level: next } : skill)));
  };

  const shownError = problem ?? error;
  return (
    <Fieldset className="language-picker" aria-describedby={shownError ? `${id}-error` : undefined}>
      <Fieldset.Legend>{label}</Fieldset.Legend>
      {description ? <Fieldset.Description>{description}</Fieldset.Description> : null}
      {value.length === 0 ? (
        <Paragraph data-size="sm">{m.none}</Paragraph>
      ) : (
        <ul className="language-list" aria-label={m.chosen}>
          {value.map((skill, index) => {
            const name = languageName(skill.code, language);
            return (
              <li key={skill.code} className="language-row">
                <span className="language-name">
                  {name} <span className="language-code">({skill.code})</span>
                </span>
                <Field data-size="sm" className="language-level">
                  <Label className="visually-hidden">{m.levelFor(name)}</Label>
                  <Select value={skill.level} onChange={(event) => setSkillLevel(index, event.target.value)}>
                    {LANGUAGE_LEVELS.map((l) => (
                      <Select.Option key={l} value={l}>
                        {levelName(l)}
                      </Select.Option>
                    ))}
                  </Select>
                </Field>
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  ref={(button) => {
                    if (button) removeButtons.current.set(skill.code, button);
                    else removeButtons.current.delete(skill.code);
                  }}
                  aria-label={m.removeNamed(name)}
                  onClick={() => remove(index)}
                >
                  {m.remove}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="row language-add">
        <Field data-size="sm">
          <Label>{m.languageToAdd}</Label>
          <Select
            ref={addSelect}
            id={addId}
            value={code}
            onChange={(event) => {
              setCode(event.target.value);
              setProblem(null);
            }}
          >
            <Select.Option value="">{m.chooseLanguage}</Select.Option>
            {available.map((option) => (
              <Select.Option key={option.code} value={option.code}>
                {option.name} ({option.code})
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field data-size="sm">
          <Label>{m.level}</Label>
          <Select
            ref={levelSelect}
            value={level}
            onChange={(event) => {
              setLevel(isLevel(event.target.value) ? event.target.value : '');
              setProblem(null);
            }}
          >
            <Select.Option value="">{m.chooseLevel}</Select.Option>
            {LANGUAGE_LEVELS.map((l) => (
              <Select.Option key={l} value={l}>
                {levelName(l)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Button type="button" variant="secondary" data-size="sm" onClick={add}>
          {m.add}
        </Button>
      </div>
      {shownError ? <ValidationMessage id={`${id}-error`}>{shownError}</ValidationMessage> : null}
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
    </Fieldset>
  );
}
