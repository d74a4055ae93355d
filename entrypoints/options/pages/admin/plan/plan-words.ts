import type { I18n } from '@/components/i18n/format';
import type { PlanParagraphs, PlanWords } from '@/storage/plan/document';
import { type PlanFacts, planFacts } from '@/storage/plan/facts';
import type { CalendarDate, Campaign, PlanPart } from '@/storage/types';
import { dateLine, dateParts } from '../report/document-words';

/**
 * The plan's words in one language, as pure functions of the campaign (dates passed in): its
 * fixed lines, and parts I–III drafted from the campaign for the office to keep or rewrite.
 */

/** A date inside a sentence of the plan: `05/6/2024` as the decree writes it, the page's date in English. */
export function planDate(i18n: I18n, date: CalendarDate): string {
  if (i18n.lang !== 'vi') return i18n.date(date);
  const { day, month, year } = dateParts(date, true);
  return `${day}/${month}/${year}`;
}

/** What follows `KẾ HOẠCH`: the campaign's `plan` without its leading "Kế hoạch", or drafted from its name. */
export function planSubject({ t, label }: I18n, campaign: Campaign): string {
  const plan = campaign.plan ? label(campaign.plan).trim() : '';
  const subject = plan.replace(/^(kế hoạch|plan)(\s+for)?\s+/iu, '');
  if (!subject) return t('plan.subjectFrom', { campaign: label(campaign.name) });
  return subject.charAt(0).toUpperCase() + subject.slice(1);
}

/** Parts I–III as the app drafts them from the campaign, one paragraph a line. */
export function draftPlanText(i18n: I18n, campaign: Campaign, facts: PlanFacts = planFacts(campaign)): PlanParagraphs {
  const { t, label } = i18n;
  const name = label(campaign.name);
  const reportTo = label(campaign.reportTo);
  const cadence = facts.reportEvery ?? 'campaign';
  const communication = t('plan.draft.communication', { campaign: name });
  return {
    purpose: t('plan.draft.purpose', { organisation: label(campaign.organisation), campaign: name }),
    tasks: [
      campaign.hashtag ? `${communication} ${t('plan.draft.hashtag', { hashtag: campaign.hashtag })}` : communication,
      cadence === 'campaign' ? '' : t(`plan.draft.cadence.${cadence}`),
    ]
      .filter(Boolean)
      .join('\n'),
    implementation: [
      t('plan.draft.departments', { departments: campaign.departments.map((d) => label(d.name)).join('; ') }),
      t('plan.draft.collects', { reportTo, cadence: t(`plan.cadence.${cadence}`) }),
      t('plan.draft.staff', {
        app: t('app.name'),
        reportTo,
        when: t(`plan.send.${cadence}`, { date: planDate(i18n, facts.sendBy) }),
      }),
    ].join('\n'),
  };
}

/** The part as the plan says it: the office's own text where the file has one, else the draft. */
export function planParagraphs(i18n: I18n, campaign: Campaign): PlanParagraphs {
  const drafted = draftPlanText(i18n, campaign);
  const pick = (part: PlanPart) => {
    const own = campaign.planText?.[part];
    return own ? i18n.label(own) : drafted[part];
  };
  return { purpose: pick('purpose'), tasks: pick('tasks'), implementation: pick('implementation') };
}

/** The plan's fixed lines: header words, the lead, the time line, the pledges, the closing, `Nơi nhận`. */
export function planWords(
  i18n: I18n,
  campaign: Campaign,
  at: { place: string; date: CalendarDate; number: string },
): PlanWords {
  const { t, label } = i18n;
  const facts = planFacts(campaign);
  const organisation = label(campaign.organisation);
  const subject = planSubject(i18n, campaign);
  const last = campaign.pledges.length - 1;
  return {
    nation: t('report.nation'),
    motto: t('report.motto'),
    number: t('report.number', { number: at.number.trim() || t('plan.numberBlank') }),
    dateLine: dateLine(i18n, at.place, at.date),
    title: t('plan.title'),
    subject,
    lead: campaign.implements
      ? t('plan.lead.implements', { plan: label(campaign.implements.name), organisation })
      : t('plan.lead.own', { organisation, campaign: label(campaign.name) }),
    purposeTitle: t('plan.purposeTitle'),
    contentTitle: t('plan.contentTitle'),
    time: t('plan.time', {
      from: planDate(i18n, facts.start),
      to: planDate(i18n, facts.end),
      days: facts.days,
      working: facts.workingDays,
    }),
    tasksTitle: t('plan.tasksTitle'),
    pledgesLead: t('plan.pledgesLead', { app: t('app.name') }),
    pledges: campaign.pledges.map((p, i) => {
      const pledge = label(p.label);
      const line =
        p.kind === 'daily'
          ? t('plan.pledgeDaily', { pledge })
          : p.unit
            ? t('plan.pledgeAction', { pledge, unit: label(p.unit) })
            : t('plan.pledgeActionNoUnit', { pledge });
      return `${line}${i === last ? '.' : ';'}`;
    }),
    implementationTitle: t('plan.implementationTitle'),
    closing: t('plan.closing', {
      subject: i18n.lang === 'vi' ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject,
      organisation,
    }),
    recipientsTitle: t('report.recipients'),
    recipients: [t('plan.recipientDepartments'), t('plan.archive', { reportTo: label(campaign.reportTo) })],
    position: t('plan.position'),
  };
}
