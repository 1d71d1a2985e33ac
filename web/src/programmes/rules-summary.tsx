import { useI18n } from '../i18n/i18n.js';
import { DEFAULT_RULES, weightShares, type ProgrammeRules } from './rules.js';

/** A programme's rules in plain words, each saying whether it is the default and, if not, what the default is. */
export function RulesSummary({ rules }: { rules: ProgrammeRules }) {
  const { t, f } = useI18n();
  const m = t.programmes.rules;
  const decimal = (value: number) => f.number(value, Number.isInteger(value * 10) ? 1 : 2);
  const shares = weightShares(rules.weights);
  const weightsAreDefault =
    rules.weights.profession === DEFAULT_RULES.weights.profession &&
    rules.weights.language === DEFAULT_RULES.weights.language &&
    rules.weights.location === DEFAULT_RULES.weights.location;
  const defaultWeights = m.weightsDefault(
    decimal(DEFAULT_RULES.weights.profession),
    decimal(DEFAULT_RULES.weights.language),
    decimal(DEFAULT_RULES.weights.location),
  );
  const rows: { key: string; text: string; isDefault: boolean; defaultText: string }[] = [
    {
      key: 'minMeetingsPerMonth',
      text: m.minMeetingsPerMonth(rules.minMeetingsPerMonth),
      isDefault: rules.minMeetingsPerMonth === DEFAULT_RULES.minMeetingsPerMonth,
      defaultText: f.number(DEFAULT_RULES.minMeetingsPerMonth),
    },
    {
      key: 'minMeetingMinutes',
      text: m.minMeetingMinutes(f.number(rules.minMeetingMinutes)),
      isDefault: rules.minMeetingMinutes === DEFAULT_RULES.minMeetingMinutes,
      defaultText: f.number(DEFAULT_RULES.minMeetingMinutes),
    },
    {
      key: 'maxDistanceKm',
      text: m.maxDistanceKm(f.number(rules.maxDistanceKm, Number.isInteger(rules.maxDistanceKm) ? 0 : 1)),
      isDefault: rules.maxDistanceKm === DEFAULT_RULES.maxDistanceKm,
      defaultText: f.number(DEFAULT_RULES.maxDistanceKm),
    },
    {
      key: 'weights',
      text: m.weights(f.percent(shares.profession), f.percent(shares.language), f.percent(shares.location)),
      isDefault: weightsAreDefault,
      defaultText: defaultWeights,
    },
    {
      key: 'midMonthReminderDay',
      text: m.midMonthReminderDay(rules.midMonthReminderDay),
      isDefault: rules.midMonthReminderDay === DEFAULT_RULES.midMonthReminderDay,
      defaultText: m.dayOfMonth(DEFAULT_RULES.midMonthReminderDay),
    },
    {
      key: 'retentionMonths',
      text: m.retentionMonths(rules.retentionMonths),
      isDefault: rules.retentionMonths === DEFAULT_RULES.retentionMonths,
      defaultText: String(DEFAULT_RULES.retentionMonths),
    },
    {
      key: 'completion',
      text: m.completion(
        rules.completion.minMeetings,
        f.number(rules.completion.minHours),
        rules.completion.minGatherings,
      ),
      isDefault:
        rules.completion.minMeetings === DEFAULT_RULES.completion.minMeetings &&
        rules.completion.minHours === DEFAULT_RULES.completion.minHours &&
        rules.completion.minGatherings === DEFAULT_RULES.completion.minGatherings,
      defaultText: m.completionDefault(
        DEFAULT_RULES.completion.minMeetings,
        f.number(DEFAULT_RULES.completion.minHours),
        DEFAULT_RULES.completion.minGatherings,
      ),
    },
    {
      key: 'requireScreening',
      text: m.requireScreening(rules.requireScreening),
      isDefault: rules.requireScreening === DEFAULT_RULES.requireScreening,
      defaultText: m.requireScreeningDefault,
    },
    {
      key: 'exemptMonths',
      text:
        rules.exemptMonths.length === 0
          ? m.noExemptMonths
          : m.exemptMonths(rules.exemptMonths.map((month) => f.monthName(month)).join(', ')),
      isDefault: rules.exemptMonths.join() === DEFAULT_RULES.exemptMonths.join(),
      defaultText: DEFAULT_RULES.exemptMonths.map((month) => f.monthName(month)).join(', '),
    },
  ];
  return (
    <ul className="rules-list">
      {rows.map((row) => (
        <li key={row.key}>
          {row.text}{' '}
          <span className="rule-default">({row.isDefault ? m.isDefault : m.defaultIs(row.defaultText)})</span>
        </li>
      ))}
    </ul>
  );
}
