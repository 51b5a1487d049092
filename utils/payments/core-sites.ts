import type { PaymentSite } from './schema';

/** The sites the popup has covered since 0.1, moved out of the platform files. */
export const coreSites: readonly PaymentSite[] = [];
