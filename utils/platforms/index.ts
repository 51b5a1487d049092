import type { Platform } from './schema';
import taobao from './taobao';
import tmall from './tmall';
import xianyu from './xianyu';
import eleme from './eleme';
import alibaba1688 from './alibaba1688';
import alipay from './alipay';
import jd from './jd';
import pinduoduo from './pinduoduo';
import dangdang from './dangdang';
import meituan from './meituan';
import dianping from './dianping';
import douyin from './douyin';
import kuaishou from './kuaishou';
import xiaohongshu from './xiaohongshu';
import bilibili from './bilibili';
import iqiyi from './iqiyi';
import oasis from './oasis';
import weibo from './weibo';
import zhihu from './zhihu';
import trip from './trip';
import neteasemusic from './neteasemusic';
import wechat from './wechat';
import qqmusic from './qqmusic';
import weishi from './weishi';
import qq from './qq';
import baidu from './baidu';
import toutiao from './toutiao';
import xigua from './xigua';
import huoshan from './huoshan';
import pipixia from './pipixia';
import pipigx from './pipigx';
import zuiyou from './zuiyou';
import meipai from './meipai';
import acfun from './acfun';
import kaiyan from './kaiyan';
import qishui from './qishui';
import wesing from './wesing';
import tieba from './tieba';
import kugou from './kugou';
import kuwo from './kuwo';
import ximalaya from './ximalaya';
import dewu from './dewu';
import fanqie from './fanqie';
import ucbrowser from './ucbrowser';
import amap from './amap';
import baidupan from './baidupan';
import aliyundrive from './aliyundrive';
import quark from './quark';
import pan123 from './pan123';
import lanzou from './lanzou';
import pan115 from './pan115';
import tianyi from './tianyi';
import xunlei from './xunlei';
import caiyun from './caiyun';
import ecpan from './ecpan';
import wopan from './wopan';
import ctfile from './ctfile';
import yunpan360 from './yunpan360';
import weiyun from './weiyun';
import { sites } from './sites';

/** Every platform Unwall knows, in priority order (earlier wins where two claim the same host). */
export const platforms: readonly Platform[] = [
  taobao,
  tmall,
  xianyu,
  eleme,
  alibaba1688,
  alipay,
  jd,
  pinduoduo,
  dangdang,
  meituan,
  dianping,
  // Before Douyin: it owns qishui.douyin.com.
  qishui,
  douyin,
  kuaishou,
  xiaohongshu,
  bilibili,
  iqiyi,
  oasis,
  weibo,
  zhihu,
  trip,
  neteasemusic,
  wechat,
  qqmusic,
  weishi,
  // Before QQ: it owns kg.qq.com.
  wesing,
  qq,
  // Before Baidu: they own tieba.baidu.com and pan.baidu.com.
  tieba,
  baidupan,
  baidu,
  toutiao,
  xigua,
  huoshan,
  pipixia,
  pipigx,
  zuiyou,
  meipai,
  acfun,
  kaiyan,
  kugou,
  kuwo,
  ximalaya,
  dewu,
  fanqie,
  ucbrowser,
  amap,
  aliyundrive,
  quark,
  pan123,
  lanzou,
  pan115,
  tianyi,
  xunlei,
  caiyun,
  ecpan,
  wopan,
  ctfile,
  yunpan360,
  weiyun,
  ...sites,
];
