import { json, renderWith } from './test-support.js';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../i18n/languages.js';
import type { ProfessionTitle } from './participants-api.js';
import { ProfessionSearch } from './profession-search.js';

const NURSES = { code: '2221', title: 'Sykepleiere', titleNb: 'Sykepleiere', titleEn: 'Nursing professionals' };
const SPECIALISTS = {
  code: '2222',
  title: 'Jordmødre',
  titleNb: 'Jordmødre',
  titleEn: 'Midwifery professionals',
};

let fetchMock: ReturnType<typeof vi.fn<(request: Request) => Promise<Response>>>;

beforeEach(() => {
  fetchMock = vi.fn((request: Request) => {
    const q = new URL(request.url).searchParams.get('q') ?? '';
    return Promise.resolve(json(q.startsWith('syke') || q.startsWith('nurs') ? [NURSES, SPECIALISTS] : []));
  });
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The search as a form holds it. */
function Holder({ onChange }: { onChange: (code: string | null, title: ProfessionTitle | null) => void }) {
  const [value, setValue] = useState<{ code: string | null; title: ProfessionTitle | null }>({
    code: null,
    title: null,
  });
  return (
    <form onSubmit={() => onChange('submitted', null)}>
      <ProfessionSearch
        label="Yrke"
        code={value.code}
        title={value.title}
        onChange={(code, title) => {
          onChange(code, title);
          setValue({ code, title });
        }}
      />
    </form>
  );
}

function renderSearch(language: Language = 'nb') {
  const onChange = vi.fn<(code: string | null, title: ProfessionTitle | null) => void>();
  render(renderWith(<Holder onChange={onChange} />, language));
  return { onChange, user: userEvent.setup() };
}

const searchesSent = () => fetchMock.mock.calls.map(([request]) => new URL(request.url));

describe('ProfessionSearch', () => {
  it('waits for a pause in typing and then asks once, in the console language', async () => {
    const { user } = renderSearch();
    const input = screen.getByRole('combobox', { name: 'Yrke' });
    await user.type(input, 'sykepleier');
    // Typing is quicker than the pause: nothing asked yet.
    expect(fetchMock).not.toHaveBeenCalled();
    await screen.findByRole('option', { name: '2221 Sykepleiere' });
    const sent = searchesSent();
    expect(sent).toHaveLength(1);
    expect(sent[0].pathname).toBe('/api/v1/professions');
    expect(sent[0].searchParams.get('q')).toBe('sykepleier');
    expect(sent[0].searchParams.get('lang')).toBe('nb');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('2 treff');
  });

  it('picks a hit with the arrow keys and Enter, without submitting the form', async () => {
    const { onChange, user } = renderSearch();
    const input = screen.getByRole('combobox', { name: 'Yrke' });
    await user.type(input, 'syke');
    await screen.findByRole('option', { name: '2221 Sykepleiere' });
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const midwives = screen.getByRole('option', { name: '2222 Jordmødre' });
    expect(midwives).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', midwives.id);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('2221', { nb: 'Sykepleiere', en: 'Nursing professionals' });
    expect(input).toHaveValue('Sykepleiere');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('Valgt: Sykepleiere (2221)')).toBeInTheDocument();
  });

  it('picks a hit with the mouse', async () => {
    const { onChange, user } = renderSearch();
    await user.type(screen.getByRole('combobox', { name: 'Yrke' }), 'syke');
    await user.click(await screen.findByRole('option', { name: '2222 Jordmødre' }));
    expect(onChange).toHaveBeenCalledWith('2222', { nb: 'Jordmødre', en: 'Midwifery professionals' });
  });

  it('shows the English titles in English and asks for them', async () => {
    const { onChange, user } = renderSearch('en');
    const input = screen.getByRole('combobox', { name: 'Yrke' });
    await user.type(input, 'nurse');
    const list = await screen.findByRole('listbox');
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['2221 Nursing professionals', '2222 Midwifery professionals']);
    expect(searchesSent()[0].searchParams.get('lang')).toBe('en');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(input).toHaveValue('Nursing professionals');
    expect(onChange).toHaveBeenCalledWith('2221', { nb: 'Sykepleiere', en: 'Nursing professionals' });
    expect(screen.getByText('Chosen: Nursing professionals (2221)')).toBeInTheDocument();
  });

  it('shows the bokmål titles in nynorsk, which the classification does not have', async () => {
    const { user } = renderSearch('nn');
    await user.type(screen.getByRole('combobox', { name: 'Yrke' }), 'syke');
    expect(await screen.findByRole('option', { name: '2221 Sykepleiere' })).toBeInTheDocument();
    expect(searchesSent()[0].searchParams.get('lang')).toBe('nn');
  });

  it('says when nothing is found, and Escape closes the list', async () => {
    const { user } = renderSearch();
    const input = screen.getByRole('combobox', { name: 'Yrke' });
    await user.type(input, 'astronaut');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Fant ingen yrker'));
    await user.clear(input);
    await user.type(input, 'syke');
    await screen.findByRole('option', { name: '2221 Sykepleiere' });
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option', { name: '2221 Sykepleiere' })).not.toBeInTheDocument();
  });
});
