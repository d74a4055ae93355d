import { useI18n } from '@/components/i18n/context';
import { type DepartmentDraft, emptyDepartment } from '@/storage/campaign/draft';
import type { SectionProps } from './types';

/** The departments, one table row each; every input is labelled with its column and row. */
export function DepartmentRows({ draft, update, field, focusLater }: SectionProps) {
  const { t } = useI18n();
  const addId = field('departments').id;

  // An edited row is the office's own unit, no longer an example to replace.
  const change = (index: number, patch: Partial<DepartmentDraft>) =>
    update((d) => ({
      ...d,
      departments: d.departments.map((dep, i) => (i === index ? { ...dep, ...patch, example: undefined } : dep)),
    }));

  function add() {
    update((d) => ({ ...d, departments: [...d.departments, emptyDepartment()] }));
    focusLater(field(`departments-${draft.departments.length}-id`).id);
  }

  function remove(index: number) {
    update((d) => ({ ...d, departments: d.departments.filter((_, i) => i !== index) }));
    focusLater(addId);
  }

  const columns = {
    id: t('editor.departmentId'),
    vi: t('editor.inVi', { field: t('editor.departmentName') }),
    en: t('editor.inEn', { field: t('editor.departmentName') }),
    headcount: t('editor.headcount'),
  };

  const cell = (
    index: number,
    key: string,
    column: string,
    value: string,
    onInput: (value: string) => void,
    extra: Record<string, unknown> = {},
  ) => {
    const props = field(`departments-${index}-${key}`);
    return (
      <td>
        <label class="visually-hidden" for={props.id}>
          {t('editor.ofRow', { field: column, number: index + 1 })}
        </label>
        <input {...props} {...extra} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
      </td>
    );
  };

  return (
    <fieldset class="editor-group">
      <legend>{t('editor.departments')}</legend>
      <div class="editor-scroll" role="region" tabIndex={0} aria-label={t('editor.departments')}>
        <table class="editor-table">
          <thead>
            <tr>
              <th scope="col" class="num">
                {t('editor.rowNumber')}
              </th>
              <th scope="col">{columns.id}</th>
              <th scope="col">{columns.vi}</th>
              <th scope="col">{columns.en}</th>
              <th scope="col">{columns.headcount}</th>
              <th scope="col">{t('editor.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {draft.departments.map((dep, i) => (
              <tr key={dep.key}>
                <th scope="row" class="num">
                  {i + 1}
                </th>
                {cell(i, 'id', columns.id, dep.id, (id) => change(i, { id }), { size: 12 })}
                {cell(i, 'name-vi', columns.vi, dep.name.vi, (vi) => change(i, { name: { ...dep.name, vi } }), {
                  lang: 'vi',
                })}
                {cell(i, 'name-en', columns.en, dep.name.en, (en) => change(i, { name: { ...dep.name, en } }), {
                  lang: 'en',
                })}
                {cell(i, 'headcount', columns.headcount, dep.headcount, (headcount) => change(i, { headcount }), {
                  type: 'number',
                  min: 0,
                  step: 1,
                  inputMode: 'numeric',
                  class: 'editor-count',
                })}
                <td>
                  <button type="button" class="editor-nowrap" onClick={() => remove(i)}>
                    {t('editor.removeDepartment', { number: i + 1 })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" id={addId} onClick={add}>
        {t('editor.addDepartment')}
      </button>
    </fieldset>
  );
}
