import type { ShareKey } from '@/components/i18n/vi/share';

/** English strings of the pictures to share and the bulletin-board poster: every key of the Vietnamese table. */
export const enShare: Record<ShareKey, string> = {
  'share.title': 'Share my progress',
  'share.intro':
    'The picture is drawn on your computer and sent nowhere. Download it, or copy it and paste it into a Zalo or Facebook group.',
  'share.shape': 'Picture shape',
  'share.square': 'Square 1080 × 1080 (Zalo, Facebook)',
  'share.wide': 'Wide 1200 × 630 (posts with a link)',
  'share.withName': 'Put my name on the picture',
  'share.preview': 'Preview of the picture. {description}',
  'share.download': 'Download PNG',
  'share.copyPicture': 'Copy picture',
  'share.copyText': 'Copy text',
  'share.copying': 'Copying…',
  'share.downloaded': 'Picture {file} downloaded.',
  'share.copiedPicture': 'Picture copied: paste it (Ctrl+V) into a Zalo group or a Facebook post.',
  'share.copiedText': 'Text copied: paste it (Ctrl+V) into a message or a post.',
  'share.refused':
    'Not copied: the browser has not allowed the extension to write to the clipboard. You can still download the picture and send it.',
  'share.failed': 'Not copied ({message}). You can still download the picture and send it.',
  'share.permissionHint':
    'At the first copy the browser asks whether the extension may write to the clipboard; it never reads the clipboard.',
  'share.bandPersonal': 'My campaign progress',
  'share.bandOffice': 'Results of the departments',
  'share.workingDays': '{measure}: {taken}/{working} working days, up to {date}',
  'share.firstWorkingDay': 'days taken part; the first working day is {date}',
  'share.streak': 'working days in a row',
  'share.actionsHeading': 'Actions done',
  'share.impactHeading': 'Estimated impact',
  'share.impactLine': '≈ {estimate} {unit} ({pledge})',
  'share.source': 'Estimated with the coefficient of: {source}',
  'share.periodAsOf': '{from} – {to} · figures up to {date}',
  'share.officeActions': 'Done by the whole office',
  'share.textI': 'I',
  'share.textDaysBefore':
    '{who} took part on {days} days of the campaign “{campaign}” ({from} – {to}); the first working day is {first}.',
  'share.textDays':
    '{who} took part on {days} of {working} working days of the campaign “{campaign}” ({from} – {to}); {streak} days in a row.',
  'share.textActions': 'Actions done: {actions}.',
  'share.textImpact': 'Estimated: {impacts} (coefficients from: {sources}).',
  'share.textOffice': '“{campaign}”: {measure} of the departments from {from} to {to} (figures up to {date}): {rows}.',
  'share.officeTitle': 'Share and pin up the office’s results',
  'share.officeIntro':
    'The picture and the poster hold the departments’ figures only (ranked by {measure}), never a person’s name.',
  'share.posterLinks':
    'A poster for the bulletin board at the headquarters (opens in a new tab; print it from the browser):',
  'share.posterA4': 'A4 poster',
  'share.posterA3': 'A3 poster',
  'share.impactsTitle': 'Estimated impact by department',
  'share.impactsNote':
    'Estimates: the amount done times the coefficient in the campaign file. A pledge with no coefficient from a published source is not estimated.',
  'share.sources': 'Sources of the coefficients',
  'share.officeRow': 'Whole office',
  'poster.title': 'Bulletin-board poster',
  'poster.heading': 'Departments ranked by participation',
  'poster.period': 'From {from} to {to}',
  'poster.asOf': 'Figures up to {date}',
  'poster.impacts': 'Estimated impact of the whole office',
  'poster.print': 'Print the poster',
  'poster.size': 'Paper size:',
  'poster.tooMany':
    'With this many departments the type on this paper is smaller than can be read from 2 metres: print it on A3.',
  'poster.badAddress':
    'This poster address is wrong. Open the poster again from the Department page or the Admin page.',
  'poster.noBulletin': 'No bulletin of this campaign is loaded: load one on the Department page first.',
};
