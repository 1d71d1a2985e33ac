import type { Formatters } from '../i18n/format.js';
import type { Messages } from '../i18n/nb.js';

/**
 * A pair's score (0 to 1): the number as text, and a meter drawing it. The meter repeats the
 * number, so it is hidden from screen readers, which read «0,82 av 1». No hooks:
 * lists of proposals and candidates draw many.
 */
export function Score({ score, t, f }: { score: number; t: Messages; f: Formatters }) {
  const text = f.number(score, 2);
  return (
    <span className="score">
      <span className="score-number">
        <span aria-hidden="true">{text}</span>
        <span className="visually-hidden">{t.matching.scoreOf(text)}</span>
      </span>
      <meter className="score-meter" min={0} max={1} low={0.4} high={0.7} optimum={1} value={score} aria-hidden="true">
        {t.matching.scoreOf(text)}
      </meter>
    </span>
  );
}
