import { useI18n } from '../i18n/i18n.js';
import type { Participant } from './participants-api.js';

/** An instant's calendar day in Norway (the console's municipalities), YYYY-MM-DD. */
export function localDay(instant: string): string {
  return new Date(instant).toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
}

/** A mentor's places left (capacity − pairs holding a place), or None, when the API gives the pairs held. */
export function placesLeft(participant: Participant): number | undefined {
  if (participant.role !== 'mentor' || participant.activeMentees === undefined) return undefined;
  return Math.max(0, participant.capacity - participant.activeMentees);
}

/**
 * Where a person stands, in words (a symbol only adds to the text): a mentor's places left, a
 * mentee's whether they have a mentor.
 */
export function Standing({ participant }: { participant: Participant }) {
  const { t, f } = useI18n();
  const m = t.participants.standing;
  if (participant.role === 'mentor') {
    const left = placesLeft(participant);
    if (left === undefined) return <>{m.capacity(f.number(participant.capacity))}</>;
    return left > 0 ? (
      <>{m.placesLeft(f.number(left), f.number(participant.capacity))}</>
    ) : (
      <>
        <span aria-hidden="true">● </span>
        {m.full(f.number(participant.capacity))}
      </>
    );
  }
  if (participant.hasMentor === undefined) return <>–</>;
  return participant.hasMentor ? (
    <>
      <span aria-hidden="true">✓ </span>
      {m.hasMentor}
    </>
  ) : (
    <>
      <span aria-hidden="true">○ </span>
      {m.noMentor}
    </>
  );
}
