import { useI18n } from '@/components/i18n/context';
import { departmentLines, type NewCampaignForm } from '@/storage/campaign/new-campaign';
import type { Field, SetForm } from './form-types';

/**
 * Departments pasted as lines (`Phòng Tổng hợp; 12`), and the ids made from their names, shown
 * and editable: the id is what summaries name, so the officer sees it before staff do.
 */
export function DepartmentLines({ form, setForm, field }: { form: NewCampaignForm; setForm: SetForm; field: Field }) {
  const { t } = useI18n();
  const lines = departmentLines(form.departments, form.idEdits);
  return (
    <fieldset class="editor-group">
      <legend>{t('editor.departments')}</legend>
      <div class="field wide">
        <label for="cn-departments">{t('create.departments')}</label>
        <textarea
          {...field('departments')}
          rows={Math.min(12, Math.max(4, lines.length + 1))}
          value={form.departments}
          onInput={(e) => {
            const departments = e.currentTarget.value;
            // Ids typed over are kept by line while the lines stay as many.
            setForm((f) => ({
              ...f,
              departments,
              idEdits: departmentLines(departments).length === lines.length ? f.idEdits : {},
            }));
          }}
        />
      </div>
      {lines.length > 0 && (
        // A wide table scrolls inside its own region on a narrow screen, never the page (WCAG 1.4.10).
        <div class="editor-scroll" role="region" tabIndex={0} aria-labelledby="cn-departments-caption">
          <table class="editor-table">
            <caption id="cn-departments-caption">{t('create.departmentIds')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('editor.departmentName')}</th>
                <th scope="col">{t('create.headcount')}</th>
                <th scope="col">{t('editor.departmentId')}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line, i) => (
                <tr key={`${i}-${line.name}`}>
                  <th scope="row">{line.name}</th>
                  <td>{line.headcount}</td>
                  <td>
                    <input
                      {...field(`dep-id-${i}`)}
                      aria-label={t('create.departmentId', { name: line.name })}
                      value={line.id}
                      onInput={(e) => {
                        const id = e.currentTarget.value;
                        setForm((f) => ({ ...f, idEdits: { ...f.idEdits, [i]: id } }));
                      }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </fieldset>
  );
}
