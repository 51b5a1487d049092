import type { PaymentSite } from './schema';
import amap from './sites/amap';
import chinaMobile from './sites/china-mobile';
import chinaSouthern from './sites/china-southern';
import kfcCn from './sites/kfc-cn';
import luckin from './sites/luckin';
import mangoTv from './sites/mango-tv';
import mcdonaldsCn from './sites/mcdonalds-cn';
import starbucksCn from './sites/starbucks-cn';
import tongcheng from './sites/tongcheng';

/** Sites added for Step 12, second batch: coffee, fast food, travel, tickets and everyday services. */
export const moreSitesB: readonly PaymentSite[] = [
  luckin,
  starbucksCn,
  kfcCn,
  mcdonaldsCn,
  chinaSouthern,
  tongcheng,
  amap,
  chinaMobile,
  mangoTv,
];
