import type { PackProblem } from '@/utils/settings/rule-pack';
import { t } from './i18n';

/** Why a rule pack was refused, in the UI's language. */
export function packProblemText(problem: PackProblem): string {
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
    default:
      return t(`packProblem_${problem.kind}`);
  }
}
