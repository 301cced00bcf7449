import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addDays,
  type DeadlineReading,
  daysBetween,
  parseDeadline,
  toIsoDate,
} from '../../utils/core/deadline';

/** Sunday 29 November 2026, local midnight. Dec 19, 2026 is 20 days ahead. */
const today = new Date(2026, 10, 29);
const read = (text: string, locale?: string) => parseDeadline(text, { today, locale });
const in20: DeadlineReading = { date: '2026-12-19', daysLeft: 20 };

type Case = [text: string, expected: DeadlineReading];

describe('English (US and UK)', () => {
  it.each<Case>([
    ['Rotate by Dec 19, 2026', in20],
    ['Rotate by Dec. 19 2026', in20],
    ['Rotate by December 19th, 2026', in20],
    ['Client secret expires on 19 December 2026', in20],
    ['Your client secret expires on 12/19/2026', in20],
    ['Expires 2026-12-19', in20],
    ['Expires in 20 days', { daysLeft: 20 }],
    ['Expires in 1 day', { daysLeft: 1 }],
    ['Expires in a day', { daysLeft: 1 }],
    ['20 days left', { daysLeft: 20 }],
    ['Expires in 2 weeks', { daysLeft: 14 }],
    ['expires today', { daysLeft: 0 }],
    ['Expires tomorrow', { daysLeft: 1 }],
    ['Expired', { expired: true }],
    ['Your client secret has expired', { expired: true }],
    ['Expired 3 days ago', { daysLeft: -3, expired: true }],
    ['Expired yesterday', { daysLeft: -1, expired: true }],
    ['Expired today', { daysLeft: 0, expired: true }],
    ['Expired on Nov 1, 2026', { date: '2026-11-01', daysLeft: -28, expired: true }],
    ['Expires in 5 hours', { withinDays: 1 }],
  ])('%s', (text, expected) => expect(read(text)).toStrictEqual(expected));
});

describe('German', () => {
  it.each<Case>([
    ['Läuft in 20 Tagen ab', { daysLeft: 20 }],
    ['Läuft in 1 Tag ab', { daysLeft: 1 }],
    ['Läuft in einem Tag ab', { daysLeft: 1 }],
    ['Noch 3 Tage gültig', { daysLeft: 3 }],
    ['Rotation bis 19.12.2026 erforderlich', in20],
    ['Rotation bis 19. 12. 2026 erforderlich', in20],
    ['Läuft am 19. Dezember 2026 ab', in20],
    ['Läuft am 19. Dez. 2026 ab', in20],
    ['Ablaufdatum: 1. März 2027', { date: '2027-03-01', daysLeft: 92 }],
    ['Ablaufdatum: 1. Maerz 2027', { date: '2027-03-01', daysLeft: 92 }],
    ['Ablaufdatum: 1. Mär. 2027', { date: '2027-03-01', daysLeft: 92 }],
    ['Läuft heute ab', { daysLeft: 0 }],
    ['Läuft morgen ab', { daysLeft: 1 }],
    ['Läuft übermorgen ab', { daysLeft: 2 }],
    ['Abgelaufen', { expired: true }],
    ['Vor 2 Tagen abgelaufen', { daysLeft: -2, expired: true }],
  ])('%s', (text, expected) => expect(read(text, 'de-DE')).toStrictEqual(expected));
});

describe('French', () => {
  it.each<Case>([
    ['Expire dans 20 jours', { daysLeft: 20 }],
    ['Expire dans 1 jour', { daysLeft: 1 }],
    ['Expire dans un jour', { daysLeft: 1 }],
    ['Expire le 19 déc. 2026', in20],
    ['Expire le 19 decembre 2026', in20],
    ['Expire le 1er décembre 2026', { date: '2026-12-01', daysLeft: 2 }],
    ['Expire le 5 FÉVR. 2027', { date: '2027-02-05', daysLeft: 68 }],
    ['Expire le 3 août 2027', { date: '2027-08-03', daysLeft: 247 }],
    ['à renouveler avant le 19/12/2026', in20],
    ['Expire aujourd’hui', { daysLeft: 0 }],
    ['Expire demain', { daysLeft: 1 }],
    ['Expiré', { expired: true }],
    ['Le secret a expiré le 01/11/2026', { date: '2026-11-01', daysLeft: -28, expired: true }],
  ])('%s', (text, expected) => expect(read(text, 'fr')).toStrictEqual(expected));
});

describe('Italian', () => {
  it.each<Case>([
    ['Scade tra 20 giorni', { daysLeft: 20 }],
    ['Scade tra 1 giorno', { daysLeft: 1 }],
    ['Scade tra un giorno', { daysLeft: 1 }],
    ['Scade il 19 dic 2026', in20],
    ['Scade il 19 dicembre 2026', in20],
    ['Scade il 19 AGO 2027', { date: '2027-08-19', daysLeft: 263 }],
    ['19/12/2026', in20],
    ['Scade oggi', { daysLeft: 0 }],
    ['Scade domani', { daysLeft: 1 }],
    ['Scaduto', { expired: true }],
    ['Chiave scaduta', { expired: true }],
    ['Scaduto il 1 nov 2026', { date: '2026-11-01', daysLeft: -28, expired: true }],
  ])('%s', (text, expected) => expect(read(text, 'it-IT')).toStrictEqual(expected));
});

describe('Spanish', () => {
  it.each<Case>([
    ['Caduca en 20 días', { daysLeft: 20 }],
    ['Caduca en 20 dias', { daysLeft: 20 }],
    ['Caduca en 1 día', { daysLeft: 1 }],
    ['Caduca en un día', { daysLeft: 1 }],
    ['Vence el 19 de diciembre de 2026', in20],
    ['Vence el 19 de diciembre del 2026', in20],
    ['Vence el 19 dic. 2026', in20],
    ['Vence el 19 de setiembre de 2027', { date: '2027-09-19', daysLeft: 294 }],
    ['Caduca hoy', { daysLeft: 0 }],
    ['Caduca mañana', { daysLeft: 1 }],
    ['Caducado', { expired: true }],
    ['Vencida', { expired: true }],
    ['Caducó hace 3 días', { daysLeft: -3, expired: true }],
  ])('%s', (text, expected) => expect(read(text, 'es-ES')).toStrictEqual(expected));
});

describe('Japanese', () => {
  it.each<Case>([
    ['有効期限: 2026年12月19日', in20],
    ['有効期限：２０２６年１２月１９日', in20],
    ['2026 年 12 月 19 日までにローテーションしてください', in20],
    ['2026/12/19', in20],
    ['あと20日で期限切れ', { daysLeft: 20 }],
    ['あと１日で期限切れ', { daysLeft: 1 }],
    ['期限まで残り3日', { daysLeft: 3 }],
    ['本日期限切れ', { daysLeft: 0, expired: true }],
    ['明日期限切れ', { daysLeft: 1 }],
    ['期限切れ', { expired: true }],
    ['3日前に期限切れ', { daysLeft: -3, expired: true }],
    ['期限切れになりました', { expired: true }],
    ['失効日: 2026/12/19', in20],
  ])('%s', (text, expected) => expect(read(text, 'ja')).toStrictEqual(expected));

  it('does not read the 日 of a date without year as a day count', () => {
    expect(read('12月19日までに更新', 'ja')).toBeNull();
  });

  it('does not read a negated or future 期限切れ as expired', () => {
    expect(read('期限切れではありません', 'ja')).toBeNull();
    expect(read('まもなく期限切れになります', 'ja')).toBeNull();
  });
});

describe('ISO dates', () => {
  it.each<Case>([
    ['2026-12-19', in20],
    ['2026-12-19T00:00:00Z', in20],
    ['expiresAt=2026-12-19T23:59:59.000Z', in20],
    ['2026-1-5', { date: '2026-01-05', daysLeft: -328, expired: true }],
  ])('%s', (text, expected) => expect(read(text)).toStrictEqual(expected));
});

describe('numeric a/b/yyyy order', () => {
  it('reads month first for en-US and plain en', () => {
    expect(read('Expires 05/12/2026', 'en-US')).toStrictEqual({
      date: '2026-05-12',
      daysLeft: -201,
      expired: true,
    });
    expect(read('Expires 01/02/2027', 'en')).toStrictEqual({ date: '2027-01-02', daysLeft: 34 });
    expect(read('Expires 01/02/2027', 'en_US')).toStrictEqual({ date: '2027-01-02', daysLeft: 34 });
  });

  it('reads day first for en-GB and the other languages', () => {
    for (const locale of ['en-GB', 'de', 'fr-FR', 'it', 'es', 'ja-JP', 'nl']) {
      expect(read('05/12/2026', locale)).toStrictEqual({ date: '2026-12-05', daysLeft: 6 });
    }
  });

  it('lets a part over 12 decide whatever the locale says', () => {
    expect(read('19/12/2026', 'en-US')).toStrictEqual(in20);
    expect(read('12/19/2026', 'de')).toStrictEqual(in20);
  });

  it('always reads dd.mm.yyyy day first', () => {
    expect(read('05.12.2026', 'en-US')).toStrictEqual({ date: '2026-12-05', daysLeft: 6 });
  });

  it('reads dashes like slashes', () => {
    expect(read('Expires 01-02-2027', 'en-US')).toStrictEqual({ date: '2027-01-02', daysLeft: 34 });
    expect(read('Expires 01-02-2027', 'de')).toStrictEqual({ date: '2027-02-01', daysLeft: 64 });
  });

  it('guesses from English wording when no locale is given', () => {
    expect(read('Your client secret expires on 01/02/2027')).toStrictEqual({
      date: '2027-01-02',
      daysLeft: 34,
    });
    expect(read('À renouveler avant le 01/02/2027')).toStrictEqual({
      date: '2027-02-01',
      daysLeft: 64,
    });
  });

  it('reads two-digit years as 20xx', () => {
    expect(read('12/19/26', 'en-US')).toStrictEqual(in20);
    expect(read('19.12.26', 'de')).toStrictEqual(in20);
  });
});

describe('invalid dates', () => {
  it.each([
    'Rotate by Feb 30, 2027',
    '31/04/2027',
    '30.02.2027',
    '2027-13-01',
    '2027年2月29日',
    '13/13/2027',
  ])('ignores %s', (text) => expect(read(text, 'en-US')).toBeNull());

  it('keeps a real leap day', () => {
    expect(read('2028年2月29日', 'ja')).toStrictEqual({ date: '2028-02-29', daysLeft: 457 });
  });

  it('falls back to a valid candidate or a count', () => {
    expect(read('Feb 30, 2027 (typo) — expires in 20 days')).toStrictEqual({ daysLeft: 20 });
  });
});

describe('the banner bound', () => {
  it.each<Case>([
    [
      'One or more of your applications have LWA credentials that will expire in less than 30 days. Rotate them now.',
      { withinDays: 30 },
    ],
    ['Your secret has expired or will expire in less than 30 days', { withinDays: 30 }],
    ['Läuft in weniger als 30 Tagen ab', { withinDays: 30 }],
    ['Expire dans moins de 30 jours', { withinDays: 30 }],
    ['Expire dans les 30 prochains jours', { withinDays: 30 }],
    ['Scade tra meno di 30 giorni', { withinDays: 30 }],
    ['Scade entro 30 giorni', { withinDays: 30 }],
    ['Caduca en menos de 30 días', { withinDays: 30 }],
    ['30日以内に期限切れになります', { withinDays: 30 }],
    ['Rotate within 30 days; it expires in 20 days', { daysLeft: 20, withinDays: 30 }],
  ])('%s', (text, expected) => expect(read(text)).toStrictEqual(expected));
});

describe('distracting numbers', () => {
  it.each<Case>([
    ['3 apps, updated at 10:30. Expires in 5 days', { daysLeft: 5 }],
    ['Secrets must be rotated every 180 days. Yours expires in 20 days.', { daysLeft: 20 }],
    [
      'Les secrets doivent être renouvelés tous les 180 jours. Expire dans 20 jours',
      { daysLeft: 20 },
    ],
    ['Secrets expire after 180 days; this one expires in 20 days', { daysLeft: 20 }],
    ['Rotated 160 days ago; expires in 20 days', { daysLeft: 20 }],
    ['App 12 of 30 · Client secret expires in 20 days · Version 2.3.10', { daysLeft: 20 }],
    ['Updated 2 days ago · Expires in 20 days', { daysLeft: 20 }],
    ['Updated today. Expires in 20 days', { daysLeft: 20 }],
    ['Created on Jan 5, 2025, expires on Dec 19, 2026', in20],
    ['Last rotated 06/22/2026. Next rotation by 12/19/2026.', in20],
    ['Expires 10:30 Dec 19, 2026 (PST)', in20],
    ['Expires in 20 days (Dec 18, 2026)', { date: '2026-12-18', daysLeft: 19 }],
    ['7 days · 30 days', { daysLeft: 7 }],
    ['90日ごとに更新。あと20日で期限切れ', { daysLeft: 20 }],
    ['10時30分更新、あと20日で期限切れ', { daysLeft: 20 }],
  ])('%s', (text, expected) => expect(read(text)).toStrictEqual(expected));
});

describe('texts with no deadline', () => {
  it.each([
    '',
    'View',
    'LWA credentials',
    '42 apps, 3 pending, updated 10:30',
    'Version 2.3.10',
    'heute Morgen aktualisiert',
    'Updated today',
    'Not expired',
    'Noch nicht abgelaufen',
    'Rotate every 180 days',
    'alle 180 Tage erneuern',
  ])('%j is null', (text) => expect(read(text)).toBeNull());
});

describe('calendar helpers', () => {
  it('counts calendar days, both directions', () => {
    expect(daysBetween('2026-11-29', '2026-12-19')).toBe(20);
    expect(daysBetween('2026-12-19', '2026-11-29')).toBe(-20);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-11-29', 20)).toBe('2026-12-19');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('formats the local calendar date', () => {
    expect(toIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(toIsoDate(new Date(2026, 11, 19, 0, 0))).toBe('2026-12-19');
  });

  it('rejects what is not a yyyy-mm-dd calendar date', () => {
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
    expect(() => addDays('12/19/2026', 1)).toThrow(RangeError);
  });
});

describe('across daylight-saving changes', () => {
  let savedTz: string | undefined;
  beforeEach(() => {
    savedTz = process.env.TZ;
    process.env.TZ = 'America/New_York';
  });
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('runs in a zone with DST (guards the test itself)', () => {
    // 8 March 2026 is 23 hours long in New York.
    expect(new Date(2026, 2, 9).getTime() - new Date(2026, 2, 8).getTime()).toBe(23 * 3600_000);
  });

  it('counts whole days over spring-forward and fall-back', () => {
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2026-11-01', 1)).toBe('2026-11-02');
  });

  it('measures from local midnight before a spring-forward', () => {
    const saturday = new Date(2026, 2, 7);
    expect(toIsoDate(saturday)).toBe('2026-03-07');
    expect(parseDeadline('Rotate by Mar 9, 2026', { today: saturday })).toStrictEqual({
      date: '2026-03-09',
      daysLeft: 2,
    });
    expect(
      parseDeadline('Expires in 2 days', { today: new Date(2026, 2, 7, 23, 30) }),
    ).toStrictEqual({ daysLeft: 2 });
  });
});
