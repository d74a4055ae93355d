import { formatNumber, type I18n, LOCALES } from '@/components/i18n/format';
import type { PersonalCard } from '@/storage/share/card';
import type { ImpactLine } from '@/storage/share/impacts';
import type { Standings } from '@/storage/share/standings';
import type { Pledge } from '@/storage/types';
import { type Block, COLOURS, type PictureContent } from './ops';

/** What each picture says, in the person's language, as blocks for the layout. */

export type PictureShape = 'square' | 'wide';
export const SHAPES: Record<PictureShape, { width: number; height: number }> = {
  square: { width: 1080, height: 1080 },
  wide: { width: 1200, height: 630 },
};

/** A share as a whole percentage in the person's language ("82 %" / "82%"); "–" when unknown. */
export const percentText = (i18n: Pick<I18n, 'lang'>, rate: number | null) =>
  rate === null
    ? '–'
    : new Intl.NumberFormat(LOCALES[i18n.lang], { style: 'percent', maximumFractionDigits: 0 }).format(rate);

/** A count with its unit: "3 cây", "2 lần". */
export function countWith(i18n: I18n, pledge: Pick<Pledge, 'unit'>, count: number): string {
  const n = formatNumber(i18n.lang, count);
  return pledge.unit ? `${n} ${i18n.label(pledge.unit)}` : n;
}

/** "≈ 180 kg CO₂ …" (estimate) and where its coefficient comes from. */
function impactBlocks(i18n: I18n, lines: readonly ImpactLine[]): Block[] {
  if (lines.length === 0) return [];
  const { t, label, lang } = i18n;
  return [
    { kind: 'text', text: t('share.impactHeading'), size: 30, bold: true, colour: COLOURS.green },
    ...lines.flatMap((l): Block[] => [
      {
        kind: 'text',
        text: t('share.impactLine', {
          estimate: formatNumber(lang, Math.round(l.estimate * 10) / 10),
          unit: label(l.impact.unit),
          pledge: label(l.label),
        }),
        size: 30,
      },
      {
        kind: 'text',
        text: t('share.source', { source: l.impact.source }),
        size: 20,
        colour: COLOURS.muted,
        maxLines: 5,
      },
    ]),
  ];
}

/**
 * The person's participation on working days, named as everywhere else; before the first
 * working day (a start on a Sunday) the days taken part and the day the working days begin.
 */
function workingDaysFigure(i18n: I18n, card: PersonalCard): { value: string; label: string } {
  const { t, date, lang } = i18n;
  const count = (n: number) => formatNumber(lang, n);
  if (card.workingDaysSoFar === 0) {
    const label = card.firstWorkingDay
      ? t('share.firstWorkingDay', { date: i18n.weekdayDate(card.firstWorkingDay) })
      : t('measure.days');
    return { value: count(card.daysTakenPart), label };
  }
  return {
    value: percentText(i18n, card.workingDaysTaken / card.workingDaysSoFar),
    label: t('share.workingDays', {
      measure: t('measure.workingDays'),
      taken: count(card.workingDaysTaken),
      working: count(card.workingDaysSoFar),
      date: date(card.asOf),
    }),
  };
}

const footer = (i18n: I18n, hashtag?: string) =>
  hashtag ? `${hashtag.startsWith('#') ? hashtag : `#${hashtag}`} · ${i18n.t('app.name')}` : i18n.t('app.name');

export function personalContent(i18n: I18n, card: PersonalCard, shape: PictureShape, name?: string): PictureContent {
  const { t, label, date } = i18n;
  const head: Block[] = [
    { kind: 'text', text: label(card.name), size: 52, bold: true, colour: COLOURS.green, maxLines: 3 },
    {
      kind: 'text',
      text: `${label(card.organisation)} · ${date(card.start)} – ${date(card.end)}`,
      size: 26,
      colour: COLOURS.muted,
      maxLines: 2,
    },
    ...(name ? [{ kind: 'text', text: name, size: 34, bold: true, maxLines: 2 } as Block] : []),
    {
      kind: 'figures',
      items: [workingDaysFigure(i18n, card), { value: formatNumber(i18n.lang, card.streak), label: t('share.streak') }],
    },
  ];
  const done: Block[] =
    card.actions.length === 0
      ? []
      : [
          { kind: 'text', text: t('share.actionsHeading'), size: 30, bold: true, colour: COLOURS.green },
          ...card.actions.map(
            (a): Block => ({
              kind: 'text',
              text: `${label(a.label)}: ${countWith(i18n, a, a.count)}`,
              size: 30,
              maxLines: 3,
            }),
          ),
        ];
  const rest = [...done, ...impactBlocks(i18n, card.impacts)];
  return {
    band: t('share.bandPersonal'),
    columns: shape === 'wide' ? [head, rest] : [[...head, ...rest]],
    footer: footer(i18n, card.hashtag),
  };
}

export function standingsContent(i18n: I18n, s: Standings, shape: PictureShape): PictureContent {
  const { t, label, date } = i18n;
  const head: Block[] = [
    { kind: 'text', text: label(s.campaignName), size: 48, bold: true, colour: COLOURS.green, maxLines: 3 },
    {
      kind: 'text',
      text: t('share.periodAsOf', { from: date(s.period.from), to: date(s.period.to), date: date(s.asOf) }),
      size: 26,
      colour: COLOURS.muted,
      maxLines: 2,
    },
  ];
  const rows: Block[] = [
    { kind: 'text', text: t('measure.workingDays'), size: 30, bold: true, colour: COLOURS.green },
    ...s.rows.map(
      (row, i): Block => ({
        kind: 'bar',
        label: `${i + 1}. ${label(row.name)}`,
        value: percentText(i18n, row.rate),
        rate: row.rate,
      }),
    ),
  ];
  const actions = s.actions
    .map((p) => ({ p, n: s.rows.reduce((sum, r) => sum + (r.totals[p.id] ?? 0), 0) }))
    .filter((a) => a.n > 0)
    .map((a) => `${label(a.p.label)}: ${countWith(i18n, a.p, a.n)}`);
  const office: Block[] = actions.length
    ? [
        { kind: 'text', text: t('share.officeActions'), size: 28, bold: true, colour: COLOURS.green },
        ...actions.map((text): Block => ({ kind: 'text', text, size: 26, maxLines: 2 })),
      ]
    : [];
  const extra = [...office, ...impactBlocks(i18n, s.impacts)];
  return {
    band: t('share.bandOffice'),
    columns: shape === 'wide' ? [[...head, ...extra], rows] : [[...head, ...rows, ...extra]],
    footer: footer(i18n, s.hashtag),
  };
}
