import { useMemo, useRef } from 'preact/hooks';
import { useI18n, usePageI18n } from '@/components/i18n/context';
import { draftPlanText } from '@/entrypoints/options/pages/admin/plan/plan-words';
import type { LabelDraft } from '@/storage/campaign/draft';
import { campaignFromDraft } from '@/storage/campaign/editor';
import { validateCampaign } from '@/storage/campaign/schema';
import type { PlanParagraphs } from '@/storage/plan/document';
import { PLAN_PARTS, planChanges } from '@/storage/plan/facts';
import type { Campaign, Language, PlanPart } from '@/storage/types';
import { LabelFields } from './fields';
import type { SectionProps } from './types';

/**
 * The plan's title and parts I–III in the campaign file (`planText`). A part the office has not
 * written shows its draft from the campaign as it stands, and follows it; typing in it makes it
 * the office's own, kept as written. When the campaign changes, the page says what changed and
 * which of the office's parts to read again.
 */
export function PlanFields({ draft, update, field, source }: SectionProps & { source: Campaign }) {
  const { t } = useI18n();
  const vi = usePageI18n('vi', true);
  const en = usePageI18n('en', true);
  const valid = useMemo(() => {
    const result = validateCampaign(campaignFromDraft(draft));
    return result.ok ? result.campaign : undefined;
  }, [draft]);
  // While the form breaks a rule, the drafts stay those of the last campaign that kept them all.
  const last = useRef(source);
  if (valid) last.current = valid;
  const campaign = valid ?? last.current;
  const drafted = useMemo(
    () => (vi && en ? { vi: draftPlanText(vi, campaign), en: draftPlanText(en, campaign) } : undefined),
    [vi, en, campaign],
  );
  const changes = valid ? planChanges(source, valid) : [];
  const written = PLAN_PARTS.filter((part) => draft.planText[part]);
  const partName = (part: PlanPart) => t(`plan.part.${part}`);

  function write(part: PlanPart, lang: Language, text: string) {
    update((d) => {
      const now = d.planText[part] ?? { vi: drafted?.vi[part] ?? '', en: drafted?.en[part] ?? '' };
      return { ...d, planText: { ...d.planText, [part]: { ...now, [lang]: text } } };
    });
  }

  return (
    <fieldset class="editor-group plan-fields">
      <legend>{t('plan.fields')}</legend>
      <p class="muted small">{t('plan.fieldsIntro')}</p>
      <LabelFields
        field={field}
        name="plan"
        label="plan.titleField"
        value={draft.plan}
        onChange={(plan) => update((d) => ({ ...d, plan }))}
      />
      {changes.length > 0 && (
        <div class="notice" role="status" data-plan-changes={changes.join(' ')}>
          <p>{t('plan.changed', { changes: changes.map((c) => t(`plan.change.${c}`)).join(', ') })}</p>
          <p>{t('plan.followed')}</p>
          {written.length > 0 && <p>{t('plan.keptParts', { parts: written.map(partName).join('; ') })}</p>}
        </div>
      )}
      {PLAN_PARTS.map((part) => (
        <PartText
          key={part}
          part={part}
          name={partName(part)}
          own={draft.planText[part]}
          drafted={drafted}
          field={field}
          onInput={(lang, text) => write(part, lang, text)}
          onRedraft={() => update((d) => ({ ...d, planText: { ...d.planText, [part]: null } }))}
        />
      ))}
    </fieldset>
  );
}

interface PartProps {
  part: PlanPart;
  name: string;
  own: LabelDraft | null;
  drafted: { vi: PlanParagraphs; en: PlanParagraphs } | undefined;
  field: SectionProps['field'];
  onInput: (lang: Language, text: string) => void;
  onRedraft: () => void;
}

/** One part in both languages, with whether it is drafted or the office's own. */
function PartText({ part, name, own, drafted, field, onInput, onRedraft }: PartProps) {
  const { t } = useI18n();
  const state = `plan-${part}-state`;
  return (
    <div class="plan-text" data-plan-part={part} data-written={own ? 'true' : 'false'}>
      {(['vi', 'en'] as const).map((lang) => {
        const props = field(`planText-${part}-${lang}`);
        const described = [props['aria-describedby'], state].filter(Boolean).join(' ');
        return (
          <label key={lang}>
            {t(lang === 'vi' ? 'editor.inVi' : 'editor.inEn', { field: name })}
            <textarea
              {...props}
              aria-describedby={described}
              lang={lang}
              rows={6}
              value={own ? own[lang] : (drafted?.[lang][part] ?? '')}
              onInput={(e) => onInput(lang, e.currentTarget.value)}
            />
          </label>
        );
      })}
      <p id={state} class="muted small">
        {t(own ? 'plan.written' : 'plan.drafted')}
      </p>
      {own && (
        <button type="button" onClick={onRedraft}>
          {t('plan.redraft', { part: name })}
        </button>
      )}
    </div>
  );
}
