import { containsPattern } from './participants.repository.js';

describe('the LIKE pattern of a search', () => {
  it('matches the text anywhere, with %, _ and \\ taken literally', () => {
    expect(containsPattern('hassan')).toBe('%hassan%');
    expect(containsPattern('100%')).toBe('%100\\%%');
    expect(containsPattern('anne_marie')).toBe('%anne\\_marie%');
    expect(containsPattern('a\\b')).toBe('%a\\\\b%');
    expect(containsPattern('%_\\')).toBe('%\\%\\_\\\\%');
  });
});
