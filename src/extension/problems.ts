import type { PackProblem } from '../settings/pack-records.ts';
import type { BackgroundResponse } from './messages.ts';
import { t } from './i18n.ts';

type ResponseProblem = Extract<BackgroundResponse, { ok: false }>['problem'];

export interface DescribedProblem {
  summary: string;
  /** One line per error of a refused pack: its JSON path and the reason. */
  details: string[];
}

/** A pack or request problem in the user's language. */
export function describeProblem(problem: PackProblem | ResponseProblem): DescribedProblem {
  switch (problem.kind) {
    case 'http':
      return { summary: t('optionsProblemHttp', problem.status), details: [] };
    case 'timeout':
      return { summary: t('optionsProblemTimeout', problem.seconds), details: [] };
    case 'network':
      return { summary: t('optionsProblemNetwork', problem.detail), details: [] };
    case 'too-large':
      return { summary: t('optionsProblemTooLarge', Math.round(problem.maxBytes / 1024)), details: [] };
    case 'bad-redirect':
      return { summary: problem.reason === 'hidden' ? t('optionsProblemRedirectHidden') : t('optionsProblemRedirect', problem.url), details: [] };
    case 'too-many-redirects':
      return { summary: t('optionsProblemTooManyRedirects', problem.max), details: [] };
    case 'storage':
      return { summary: t('optionsProblemStorage', problem.detail), details: [] };
    case 'invalid':
      return { summary: t('optionsProblemInvalid', problem.errors.length), details: problem.errors.map((error) => `${error.path}: ${error.message}`) };
    case 'bad-url':
      return { summary: t('optionsProblemBadUrl'), details: [] };
    case 'not-removable':
      return { summary: t('optionsProblemNotRemovable'), details: [] };
    case 'internal':
      return { summary: t('optionsProblemInternal', problem.detail), details: [] };
  }
}
