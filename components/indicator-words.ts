import { formatNumber, type I18n } from '@/components/i18n/format';
import { isIndicatorCode } from '@/storage/indicators/codes';

/** An indicator's name and unit in the page's language; a code nobody knows is shown as itself (docs/formats.md §5). */
export const indicatorName = (t: I18n['t'], code: string): string =>
  isIndicatorCode(code) ? t(`indicator.${code}`) : code;

export const indicatorUnit = (t: I18n['t'], code: string): string =>
  isIndicatorCode(code) ? t(`indicatorUnit.${code}`) : '';

/** "120,5 kg chất thải…; 1,2 km …": an activity's results on one line. */
export function resultsLine(i18n: Pick<I18n, 't' | 'lang'>, results: Record<string, number>): string {
  return Object.entries(results)
    .map(([code, value]) =>
      `${indicatorName(i18n.t, code)}: ${formatNumber(i18n.lang, value)} ${indicatorUnit(i18n.t, code)}`.trim(),
    )
    .join('; ');
}
