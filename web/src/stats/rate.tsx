import { useI18n } from '../i18n/i18n.js';

/** A rate as a percentage; with nothing to divide yet, a dash that a screen reader reads in words. */
export function Rate({ rate }: { rate: number | null | undefined }) {
  const { t, f } = useI18n();
  if (rate === null || rate === undefined) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t.stats.noFigure}</span>
      </>
    );
  }
  return <>{f.percent(rate)}</>;
}
