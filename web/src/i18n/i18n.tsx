import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en.js';
import { formatters, type Formatters } from './format.js';
import { isLanguage, type Language } from './languages.js';
import { nb, type Messages } from './nb.js';
import { nn } from './nn.js';

const MESSAGES: Record<Language, Messages> = { nb, nn, en };
const STORAGE_KEY = 'mentornett.language';

interface I18n {
  language: Language;
  t: Messages;
  f: Formatters;
  /** Switches the console's language and remembers it in this browser. */
  setLanguage: (language: Language) => void;
  /** The logged-in person's own language, used unless a language was chosen in this browser. */
  adoptDefault: (language: Language) => void;
}

const I18nContext = createContext<I18n | null>(null);

/** The language chosen in this browser, if any. */
export function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [language, setLanguageState] = useState<Language>(initial ?? storedLanguage() ?? 'nb');
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // A browser that keeps nothing still switches for this visit.
    }
  }, []);
  const adoptDefault = useCallback((preferred: Language) => {
    if (!storedLanguage()) setLanguageState(preferred);
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<I18n>(
    () => ({ language, t: MESSAGES[language], f: formatters(language), setLanguage, adoptDefault }),
    [language, setLanguage, adoptDefault],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
