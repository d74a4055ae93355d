import type { I18n } from './format';

/** A measure's name inside a sentence: "Xếp hạng theo số ngày tham gia bình quân mỗi người". */
export const inSentence = (name: string) => name.charAt(0).toLocaleLowerCase() + name.slice(1);

/**
 * The `{measure}` of the report's charts and their words: chart 1 shows who took part at least
 * once, chart 2 the share taking part each day. The print, the Word file and the admin page read these.
 */
export const chartMeasures = (t: I18n['t']) => ({
  departments: { measure: t('measure.tookPartRate') },
  departmentsInSentence: { measure: inSentence(t('measure.tookPartRate')) },
  days: { measure: t('measure.dayShare') },
  daysInSentence: { measure: inSentence(t('measure.dayShare')) },
});
