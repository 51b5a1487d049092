import taobao from './sites/taobao';
import tmall from './sites/tmall';
import taote from './sites/taote';
import xianyu from './sites/xianyu';
import hema from './sites/hema';
import eleme from './sites/eleme';
import youku from './sites/youku';
import damai from './sites/damai';
import kaola from './sites/kaola';
import shuqi from './sites/shuqi';
import fliggy from './sites/fliggy';
import alibabaCom from './sites/alibaba-com';
import site1688 from './sites/1688';
import aliexpress from './sites/aliexpress';
import jd from './sites/jd';
import pinduoduo from './sites/pinduoduo';
import meituan from './sites/meituan';
import dianping from './sites/dianping';
import douyin from './sites/douyin';
import kuaishou from './sites/kuaishou';
import xiaohongshu from './sites/xiaohongshu';
import vipshop from './sites/vipshop';
import suning from './sites/suning';
import dangdang from './sites/dangdang';
import trip from './sites/trip';
import site12306 from './sites/12306';
import didi from './sites/didi';
import bilibili from './sites/bilibili';
import iqiyi from './sites/iqiyi';
import tencentVideo from './sites/tencent-video';
import qqMusic from './sites/qq-music';
import neteaseMusic from './sites/netease-music';
import weibo from './sites/weibo';
import zhihu from './sites/zhihu';
import appStoreCn from './sites/app-store-cn';
import type { PaymentSite } from './schema';

/** The sites the popup has covered since 0.1, moved out of the platform files. */
export const coreSites: readonly PaymentSite[] = [
  taobao,
  tmall,
  taote,
  xianyu,
  hema,
  eleme,
  youku,
  damai,
  kaola,
  shuqi,
  fliggy,
  alibabaCom,
  site1688,
  aliexpress,
  jd,
  pinduoduo,
  meituan,
  dianping,
  douyin,
  kuaishou,
  xiaohongshu,
  vipshop,
  suning,
  dangdang,
  trip,
  site12306,
  didi,
  bilibili,
  iqiyi,
  tencentVideo,
  qqMusic,
  neteaseMusic,
  weibo,
  zhihu,
  appStoreCn,
];
