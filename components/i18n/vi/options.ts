import { viActivities } from './activities';
import { viAdmin } from './admin';
import { viAgencies } from './agencies';
import { viDashboard } from './dashboard';
import { viEditor } from './editor';
import { viPlan } from './plan';
import { viReport } from './report';
import { viRules } from './rules';
import { viShare } from './share';
import { viWorkflow } from './workflow';

/** Every string the options page shows beyond the popup's, loaded only by the options page. */
export const viOptions = {
  ...viDashboard,
  ...viAdmin,
  ...viEditor,
  ...viReport,
  ...viRules,
  ...viShare,
  ...viAgencies,
  ...viPlan,
  ...viWorkflow,
  ...viActivities,
};
