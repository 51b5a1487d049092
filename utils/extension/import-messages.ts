import { t } from './i18n';
import type { ImportProblem } from './settings-file';

/** Why a settings file was refused, in the UI's language. */
export function importProblemText(problem: ImportProblem): string {
  switch (problem.kind) {
    case 'unknownFormat':
      return t('problem_unknownFormat', String(problem.format));
    case 'invalid':
      return t('problem_invalid', problem.path);
    default:
      return t(`problem_${problem.kind}`);
  }
}
