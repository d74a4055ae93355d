/**
 * Every limit the product holds a value to, in one place: the rules that check them and the
 * messages that quote them read the same constant (docs/formats.md).
 */

/** The largest file any input reads; a larger one is refused before it is parsed. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/**
 * The largest backup a restore reads: a wrong pick (a video) is refused before it is read, and the
 * restored text stays far below the longest string a browser holds (about 512 M characters). A backup
 * is measured against it before it is saved (storage/backup/backup.ts `backupToSave`): photos can pass it.
 */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
/** A person's name, in characters (code points). */
export const MAX_NAME = 100;
/** One action's count on one day. */
export const MAX_COUNT = 1000;
/** A day's note, in characters. */
export const MAX_NOTE = 500;
/** A label or description in a campaign or bulletin file, in characters. */
export const MAX_TEXT = 500;

const CONTROL = /[\p{Cc}]/u;

/** Whether the text holds a control character (a tab, a line break, a NUL…). */
export const hasControlCharacters = (text: string): boolean => CONTROL.test(text);

/** The length a person sees: characters, not UTF-16 units ("🌳" is one). */
export const charCount = (text: string): number => [...text].length;

/** Lower case without accents, `đ` as `d`: how names are compared and ids are made. */
export function plainText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();
}

/** One line of a report's details (number, place, header lines, signer, a recipient), in characters. */
export const MAX_REPORT_LINE = 200;
/** Recipients listed under "Nơi nhận" on a report. */
export const MAX_RECIPIENTS = 20;
/** A report's own texts (assessment, direction), in characters. */
export const MAX_REPORT_TEXT = 5000;
/** Each paragraph part of a campaign's plan (`planText`), in characters. */
export const MAX_PLAN_TEXT = 5000;

/**
 * People on a staff list: far above an office (the seed's has about 60), low enough that a list
 * picked by mistake (100,000 rows) is refused at once instead of freezing the admin section.
 */
export const MAX_ROSTER_ROWS = 10_000;

/** How deep JSON may nest where rows are kept as read (a backup): ours nest about 12 deep. */
export const MAX_JSON_DEPTH = 64;

/**
 * Any one figure of an office report (docs/formats.md §4): people or a pledge's total. Far above a
 * country's (100 million people, a year), low enough that sums of thousands of them stay exact.
 */
export const MAX_REPORT_FIGURE = 1_000_000_000;

/** An activity's title in an office report (docs/formats.md §4), in characters. */
export const MAX_ACTIVITY_TITLE = 200;
