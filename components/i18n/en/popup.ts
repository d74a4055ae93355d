import type { PopupKey } from '@/components/i18n/vi/popup';
import { enMeasures } from './measures';

/** English: every key of the Vietnamese table, no more, no fewer (checked by a test). */
export const enPopup: Record<PopupKey, string> = {
  ...enMeasures,
  'app.name': 'Green Office Pledge',
  'common.loading': 'Loading…',
  'common.openDashboard': 'Open the dashboard',
  'share.open': 'Share my progress (a picture for Zalo, Facebook)',
  'common.save': 'Save',
  'common.saved': 'Saved',
  'common.error': 'Something went wrong: {message}',

  'setup.title': 'Welcome',
  'setup.intro': 'Enter your name and department to start recording the daily pledges of “{campaign}”.',
  'setup.name': 'Full name',
  'setup.department': 'Department or unit',
  'setup.departmentPick': '— Choose a department —',
  'setup.start': 'Start',
  'setup.privacy': 'Your data stays in this browser until you export it yourself.',

  'profile.name-empty': 'Please enter your full name.',
  'profile.name-long': 'The name can be at most {maxName} characters.',
  'profile.name-control': 'The name holds characters that are not allowed.',
  'profile.department-unknown': 'Please choose your department.',

  'day.heading': 'Day {number}/{length}',
  'day.working': 'working day',
  'day.rest': 'rest day',
  'day.firstWorking': 'The campaign’s first working day is {date}; you can still record pledges today.',
  'day.today': 'Today',
  'day.late': 'late',
  'day.pick': 'Record for',
  'day.lateHint': '{date} has passed: pledges recorded for it are marked late.',

  'pledges.heading': 'Pledges for {date}',
  'pledges.decrease': 'One less: {label}',
  'pledges.increase': 'One more: {label}',
  'pledges.recorded': 'Recorded: {label}',
  'pledges.cleared': 'Cleared: {label}',
  'pledges.refused.date-closed': 'This day can no longer be recorded.',
  'pledges.refused.count-range': 'The number must be from 0 to {maxCount}.',
  'pledges.refused.pledge-unknown': 'This pledge is not part of the campaign.',
  'pledges.refused.note-long': 'A note can be at most {maxNote} characters.',

  'undo.button': 'Undo the last change',
  'undo.done': 'Undone: {label}',

  'note.label': 'Note for {date} (optional)',
  'note.save': 'Save note',
  'note.saved': 'Note saved.',
  'note.limit': '{count}/{maxNote} characters',

  'stats.streak': 'Working days in a row',

  'phase.beforeNext':
    'Come back that day to record your first pledge. Meanwhile you can read the plan and set your reminder.',
  'phase.afterNext': 'See your results on the dashboard.',
  'phase.seeResults': 'See my results',
  'phase.openSettings': 'Open settings',

  'phase.startsIn': 'starts in {days} days, {start}',
  'phase.startsTomorrow': 'starts tomorrow, {start}',
  'phase.beforeLine': 'The campaign {starts}.',

  'start.none': 'No campaign is running today.',
  'phase.after': '“{campaign}” ended on {end}. You took part on {days} days.',
  'start.offers': 'Start recording pledges in one of three ways:',
  'start.loadFile': 'Load the file my office sent',
  'start.loadFileHint': 'Opens Settings to pick the chien-dich_….json file your office sent by Zalo or e-mail.',
  'start.challenge': 'Start the 30-day challenge today',
  'start.challengeHint':
    'A campaign of your own, from today to {end}, Monday to Friday. Only your name is needed; nothing is sent to anyone.',
  'start.challengeGo': 'Start recording',
  'start.office': 'Create the office’s campaign (whoever collects reports)',
  'start.officeHint': 'Opens the admin section to create the campaign and download the file for staff.',

  'setup.againTitle': 'Choose your department again',
  'setup.againIntro':
    '“{campaign}” no longer has the department you chose before. Choose again before your next export.',

  'badge.none': 'No pledge recorded today yet',
  'badge.kept': '{count} pledges kept today',
  'reminder.title': 'Green Office Pledge reminder',
  'reminder.body':
    'You have not recorded a pledge today ({date}) for “{campaign}”. Click the toolbar icon to record one.',
  'recovery.popup': 'Some of the data stored in the browser cannot be read. Open “My data” to restore from a backup.',
  'recovery.open': 'Open “My data”',
};
