import { coreSites } from './core-sites';
import { moreSites } from './more-sites';
import { moreSitesB } from './more-sites-b';
import { moreSitesC } from './more-sites-c';
import type { PaymentSite } from './schema';

/** Every site with payment facts, in the order the atlas lists them. */
export const paymentSites: readonly PaymentSite[] = [
  ...coreSites,
  ...moreSites,
  ...moreSitesB,
  ...moreSitesC,
];
