import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWith } from './test-support.js';
import { LanguagePicker, type LanguageSkill } from './language-picker.js';
import type { Language } from '../i18n/languages.js';

afterEach(cleanup);

/** The picker as a form holds it: the value lives outside, every change is recorded. */
function Holder({ initial, onChange }: { initial: LanguageSkill[]; onChange: (next: LanguageSkill[]) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <LanguagePicker
      label="Språk og nivå"
      value={value}
      onChange={(next) => {
        onChange(next);
        setValue(next);
      }}
    />
  );
}

function renderPicker(initial: LanguageSkill[] = [], language: Language = 'nb') {
  const onChange = vi.fn<(next: LanguageSkill[]) => void>();
  render(renderWith(<Holder initial={initial} onChange={onChange} />, language));
  return { onChange, user: userEvent.setup() };
}

const chosenList = () => screen.getByRole('list', { name: 'Valgte språk' });

describe('LanguagePicker', () => {
  it('adds a language with its level, named in the console language', async () => {
    const { onChange, user } = renderPicker();
    expect(screen.getByText('Ingen språk er lagt til ennå.')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Språk å legge til' }), 'ar');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Nivå' }), 'native');
    await user.click(screen.getByRole('button', { name: 'Legg til språk' }));

    expect(onChange).toHaveBeenLastCalledWith([{ code: 'ar', level: 'native' }]);
    expect(
      within(chosenList())
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent),
    ).toEqual(['arabisk (ar)']);
    expect(screen.getByRole('combobox', { name: 'Nivå i arabisk' })).toHaveValue('native');
    expect(screen.getByRole('status')).toHaveTextContent('arabisk er lagt til, Morsmål.');
    // Ready for the next one: the choices are cleared and focus is back on the language.
    expect(screen.getByRole('combobox', { name: 'Språk å legge til' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Nivå' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Språk å legge til' })).toHaveFocus();
  });

  it('names the languages in English when the console is in English', async () => {
    const { user } = renderPicker([{ code: 'nb', level: 'A2' }], 'en');
    expect(screen.getByRole('combobox', { name: 'Level in Norwegian Bokmål' })).toHaveValue('A2');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language to add' }), 'so');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'B1');
    await user.click(screen.getByRole('button', { name: 'Add language' }));
    expect(screen.getByRole('combobox', { name: 'Level in Somali' })).toHaveValue('B1');
  });

  it('changes the level of a language already listed', async () => {
    const { onChange, user } = renderPicker([
      { code: 'ar', level: 'native' },
      { code: 'nb', level: 'A2' },
    ]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Nivå i norsk bokmål' }), 'B1');
    expect(onChange).toHaveBeenLastCalledWith([
      { code: 'ar', level: 'native' },
      { code: 'nb', level: 'B1' },
    ]);
  });

  it('removes a language, and focus moves to the row that takes its place', async () => {
    const { onChange, user } = renderPicker([
      { code: 'ar', level: 'native' },
      { code: 'nb', level: 'A2' },
    ]);
    await user.click(screen.getByRole('button', { name: 'Fjern arabisk' }));
    expect(onChange).toHaveBeenLastCalledWith([{ code: 'nb', level: 'A2' }]);
    expect(
      within(chosenList())
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent),
    ).toEqual(['norsk bokmål (nb)']);
    expect(screen.getByRole('status')).toHaveTextContent('arabisk er fjernet.');
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Fjern norsk bokmål' })).toHaveFocus());
    // Removed, it can be added again.
    expect(screen.getByRole('option', { name: 'arabisk (ar)' })).toBeInTheDocument();
  });

  it('never lists a language twice: a chosen language is not offered again', () => {
    renderPicker([{ code: 'nb', level: 'A2' }]);
    const add = screen.getByRole('combobox', { name: 'Språk å legge til' });
    const codes = within(add)
      .getAllByRole('option')
      .map((option) => (option as HTMLOptionElement).value);
    expect(codes).not.toContain('nb');
    expect(codes).toContain('nn');
    expect(codes).toContain('ar');
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('asks for the level before adding, and adds nothing without one', async () => {
    const { onChange, user } = renderPicker();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Språk å legge til' }), 'uk');
    await user.click(screen.getByRole('button', { name: 'Legg til språk' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByText('Velg nivå for språket.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Nivå' })).toHaveFocus();
  });

  it('shows the error it is given (at least one language) until the person acts', () => {
    render(
      renderWith(<LanguagePicker label="Språk" value={[]} onChange={() => {}} error="Legg til minst ett språk." />),
    );
    expect(screen.getByText('Legg til minst ett språk.')).toBeInTheDocument();
  });

  it('works from the keyboard alone: Tab to each control, Enter adds, Space removes', async () => {
    const { onChange, user } = renderPicker([{ code: 'nb', level: 'native' }]);
    // Tab order: the level of Norwegian, its Remove button, the language to add, the level, Add.
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Nivå i norsk bokmål' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Fjern norsk bokmål' })).toHaveFocus();
    await user.tab();
    const language = screen.getByRole('combobox', { name: 'Språk å legge til' });
    expect(language).toHaveFocus();
    await user.selectOptions(language, 'ti');
    await user.tab();
    const level = screen.getByRole('combobox', { name: 'Nivå' });
    expect(level).toHaveFocus();
    await user.selectOptions(level, 'C1');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Legg til språk' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith([
      { code: 'nb', level: 'native' },
      { code: 'ti', level: 'C1' },
    ]);
    expect(language).toHaveFocus();

    screen.getByRole('button', { name: 'Fjern tigrinja' }).focus();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith([{ code: 'nb', level: 'native' }]);
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Fjern norsk bokmål' })).toHaveFocus());
  });
});
