import type { SubscriptionProblem } from '@/utils/settings/pack-subscription';
import { t } from './i18n';

/** Why a rule pack was refused (or a subscription's download not used), in the UI's language. */
export function packProblemText(problem: SubscriptionProblem): string {
  switch (problem.kind) {
    case 'invalid':
      return t('packProblem_invalid', problem.path);
    case 'duplicate':
      return t('packProblem_duplicate', problem.entry);
    case 'example':
      return t('packProblem_example', [
        problem.entry,
        problem.input,
        problem.expected ?? '—',
        problem.got ?? '—',
      ]);
    case 'status':
      return t('packProblem_status', String(problem.status));
    default:
      return t(`packProblem_${problem.kind}`);
  }
}
