import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, LANGUAGES, MESSAGES, pickLabel, translate } from '@/components/i18n';
import { enActivities } from '@/components/i18n/en/activities';
import { enAdmin } from '@/components/i18n/en/admin';
import { enAgencies } from '@/components/i18n/en/agencies';
import { enDashboard } from '@/components/i18n/en/dashboard';
import { enEditor } from '@/components/i18n/en/editor';
import { enPlan } from '@/components/i18n/en/plan';
import { enPopup } from '@/components/i18n/en/popup';
import { enReport } from '@/components/i18n/en/report';
import { enRules } from '@/components/i18n/en/rules';
import { enShare } from '@/components/i18n/en/share';
import { enWorkflow } from '@/components/i18n/en/workflow';
import { makeI18n } from '@/components/i18n/format';
import { viActivities } from '@/components/i18n/vi/activities';
import { viAdmin } from '@/components/i18n/vi/admin';
import { viAgencies } from '@/components/i18n/vi/agencies';
import { viDashboard } from '@/components/i18n/vi/dashboard';
import { viEditor } from '@/components/i18n/vi/editor';
import { viPlan } from '@/components/i18n/vi/plan';
import { viPopup } from '@/components/i18n/vi/popup';
import { viReport } from '@/components/i18n/vi/report';
import { viRules } from '@/components/i18n/vi/rules';
import { viShare } from '@/components/i18n/vi/share';
import { viWorkflow } from '@/components/i18n/vi/workflow';
import enLocale from '@/public/_locales/en/messages.json';
import viLocale from '@/public/_locales/vi/messages.json';
import { FAR_APART_ZONES, restoreProcessTimeZoneAfterEach, setProcessTimeZone } from '@/tests/fixtures/time-zone';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message tables', () => {
  const tables = [
    ['popup', viPopup, enPopup],
    ['dashboard', viDashboard, enDashboard],
    ['admin', viAdmin, enAdmin],
    ['editor', viEditor, enEditor],
    ['report', viReport, enReport],
    ['file rules', viRules, enRules],
    ['share and poster', viShare, enShare],
    ['reports from agencies', viAgencies, enAgencies],
    ['the office’s plan', viPlan, enPlan],
    ['admin pages and overview', viWorkflow, enWorkflow],
    ['activities and indicators', viActivities, enActivities],
  ] as const;

  it.each(tables)('have exactly the same keys in Vietnamese and English in the %s table', (_, vi, en) => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('hold each key in one table only, so no string is written twice', () => {
    const keys = tables.flatMap(([, vi]) => Object.keys(vi));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('are all offered to the options page, and every language offered has them all', () => {
    for (const lang of LANGUAGES) {
      const keys = tables.flatMap(([, vi]) => Object.keys(vi)).sort();
      expect(Object.keys(MESSAGES[lang]).sort()).toEqual(keys);
    }
  });

  it.each(Object.keys(MESSAGES.vi))('have the same {placeholders} in both languages for "%s"', (key) => {
    const k = key as keyof typeof MESSAGES.vi;
    expect(placeholders(MESSAGES.en[k])).toEqual(placeholders(MESSAGES.vi[k]));
  });

  it('have no empty message in either language', () => {
    const empty = LANGUAGES.flatMap((lang) =>
      Object.entries(MESSAGES[lang])
        .filter(([, text]) => text.trim() === '')
        .map(([key]) => `${lang}:${key}`),
    );
    expect(empty).toEqual([]);
  });

  it('have no placeholder with a typo of braces', () => {
    const broken = LANGUAGES.flatMap((lang) =>
      Object.entries(MESSAGES[lang])
        .filter(([, text]) => /\{(?!\w+\})|(?<!\{\w+)\}/.test(text))
        .map(([key]) => `${lang}:${key}`),
    );
    expect(broken).toEqual([]);
  });
});

describe('translating a message', () => {
  it.each([
    ['vi', 'Ngày 8/26'],
    ['en', 'Day 8/26'],
  ] as const)('fills the placeholders of "day 8 of 26" in %s', (lang, expected) => {
    expect(translate(lang, 'day.heading', { number: 8, length: 26 })).toBe(expected);
  });

  it.each([
    ['vi', '1.234'],
    ['en', '1,234'],
  ] as const)('writes 1234 the %s way', (lang, expected) => {
    expect(formatNumber(lang, 1234)).toBe(expected);
    expect(translate(lang, 'day.heading', { number: 1234, length: 26 })).toContain(`${expected}/26`);
  });

  it('puts text parameters in as they are, without formatting', () => {
    expect(translate('en', 'options.campaignPeriod', { start: '1234', end: 'x' })).toBe('1234 – x');
  });

  it('leaves a placeholder it was not given visible instead of writing "undefined"', () => {
    expect(translate('en', 'day.heading', { number: 8 })).toBe('Day 8/{length}');
  });

  it('shows the key itself, not a blank, when a page asks for a string its table lacks', () => {
    const popupOnly = makeI18n('en', enPopup);
    expect(popupOnly.t('badge.kept', { count: 3 })).toBe(translate('en', 'badge.kept', { count: 3 }));
    expect(popupOnly.t('progress.title')).toBe('progress.title');
  });
});

describe('showing a calendar date', () => {
  restoreProcessTimeZoneAfterEach();

  it.each(FAR_APART_ZONES)('shows 12 June 2024 as 12/06/2024 in Vietnamese with the computer set to %s', (zone) => {
    setProcessTimeZone(zone);
    expect(formatDate('vi', '2024-06-12')).toBe('12/06/2024');
    expect(formatDate('en', '2024-06-12')).toBe('12/06/2024');
  });

  it.each(FAR_APART_ZONES)('keeps New Year’s Day in its own year with the computer set to %s', (zone) => {
    setProcessTimeZone(zone);
    expect(formatDate('vi', '2025-01-01')).toBe('01/01/2025');
  });

  it.each(FAR_APART_ZONES)('names Wednesday 12 June in the long form with the computer set to %s', (zone) => {
    setProcessTimeZone(zone);
    expect(formatDate('en', '2024-06-12', 'long')).toMatch(/^Wednesday,? 12 June 2024$/);
    expect(makeI18n('vi', viPopup).date('2024-06-12', 'long')).toMatch(/Thứ Tư/i);
  });
});

describe('a label from a campaign file', () => {
  it.each([
    ['the English text in English', { vi: 'Trồng cây', en: 'Plant trees' }, 'en', 'Plant trees'],
    ['the Vietnamese text in Vietnamese', { vi: 'Trồng cây', en: 'Plant trees' }, 'vi', 'Trồng cây'],
    ['Vietnamese when there is no English', { vi: 'Trồng cây' }, 'en', 'Trồng cây'],
    [
      'Vietnamese when there is only another language',
      { vi: 'Trồng cây', fr: 'Planter des arbres' },
      'en',
      'Trồng cây',
    ],
  ] as const)('reads as %s', (_name, label, lang, expected) => {
    expect(pickLabel(label, lang)).toBe(expected);
  });
});

describe('the browser’s own strings (public/_locales)', () => {
  const locales: Record<string, Record<string, { message: string }>> = { vi: viLocale, en: enLocale };
  const read = (lang: string) => locales[lang]!;

  it('have the same keys in Vietnamese and English', () => {
    expect(Object.keys(read('en')).sort()).toEqual(Object.keys(read('vi')).sort());
  });

  it.each(['vi', 'en'])('have a non-empty name and description in %s', (lang) => {
    const messages = read(lang);
    expect(messages.extName?.message.trim()).toBeTruthy();
    expect(messages.extDescription?.message.trim()).toBeTruthy();
    expect(Object.values(messages).every((m) => m.message.trim() !== '')).toBe(true);
  });

  it('name the extension as the pages do', () => {
    expect(read('vi').extName?.message).toBe(viPopup['app.name']);
    expect(read('en').extName?.message).toBe(enPopup['app.name']);
  });
});
