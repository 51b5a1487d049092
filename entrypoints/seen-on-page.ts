import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPaymentEvidence } from '@/utils/page/payment-reading';
import { evidenceElements } from '@/utils/payments/evidence-hosts';

/**
 * Injected into the active tab only when the popup opens (the toolbar click grants `activeTab`); it
 * reads the page, changes nothing, and its value goes back to the popup. Not a content script: no
 * page runs it by itself.
 */
export default defineUnlistedScript(() =>
  readPaymentEvidence(
    document,
    evidenceElements.map((e) => e.tag),
  ),
);
