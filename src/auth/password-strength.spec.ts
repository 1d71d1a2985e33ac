import { tooGuessable } from './password-strength.js';

describe('tooGuessable', () => {
  it.each(['password1234', 'qwertyuiop12', '123456789012', 'iloveyou1234', 'aaaaaaaaaaaa', 'abcdefghijkl'])(
    'refuses the common or patterned %s, long as it is',
    (password) => expect(tooGuessable(password)).toBe(true),
  );

  it.each(['correct horse battery staple', 'blåbærsyltetøy i fjæra', 'demo-sortland-2027', 'Nordlys over Andøya!'])(
    'accepts %s',
    (password) => expect(tooGuessable(password)).toBe(false),
  );

  it('counts the person’s own email and name as known words', () => {
    const kari = ['kari.nordmann@sortland.kommune.no', 'Kari Nordmann'];
    expect(tooGuessable('nordmannkari1', [])).toBe(false);
    expect(tooGuessable('nordmannkari1', kari)).toBe(true);
    expect(tooGuessable('kari.nordmann@sortland.kommune.no', kari)).toBe(true);
  });
});
