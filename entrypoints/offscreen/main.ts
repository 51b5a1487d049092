import { answerCopies } from '@/utils/extension/clipboard';

answerCopies(document.querySelector('textarea')!);
