import { enActivities } from './activities';
import { enAdmin } from './admin';
import { enAgencies } from './agencies';
import { enDashboard } from './dashboard';
import { enEditor } from './editor';
import { enPlan } from './plan';
import { enReport } from './report';
import { enRules } from './rules';
import { enShare } from './share';
import { enWorkflow } from './workflow';

/** Every string the options page shows beyond the popup's, loaded only by the options page. */
export const enOptions = {
  ...enDashboard,
  ...enAdmin,
  ...enEditor,
  ...enReport,
  ...enRules,
  ...enShare,
  ...enAgencies,
  ...enPlan,
  ...enWorkflow,
  ...enActivities,
};
