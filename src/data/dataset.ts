/**
 * The bundled sources (today one article), each with every fact it supports and the passage
 * behind each fact. Left as plain data, checked by `validateDataset` when the add-in is built
 * (the build fails on a bad record, or on one the checks would change) and by the tests: the
 * runtimes then take it as written (src/runtime/bundled-sources.ts).
 *
 * Choices worth knowing:
 * - "announced on Monday" in an article dated Tuesday 2018-04-10 is 2018-04-09 (inferred, day).
 * - "in July" and "In October" name no year; the article's "in recent months" and its date put
 *   them in 2017 (inferred, month precision).
 * - The July round has no series letter and Megvii's round names no lead and no valuation: those
 *   fields are absent, and the API answers "not reported".
 * - "Other investors include …" names some of the Series C's other investors, and Ant Financial
 *   "joined" Megvii's round alongside others: both lists are marked `complete: false`. "Led by"
 *   names a round's leads (`complete: true`); the July round names no other investor at all, so
 *   its list of investors is not complete either (no `others`).
 */
import { ARTICLE_2018_04_10 } from "./article-2018-04-10";

const MONDAY =
  "Chinese facial recognition startup SenseTime Group Ltd announced on Monday it has acquired $600 million in its Series C round of fundraising led by e-commerce giant Alibaba Group Holding Ltd";
const VALUATION =
  "SenseTime will become the world's most valuable artificial intelligence startup, with its valuation exceeding $4.5 billion after the fundraising.";
const OTHER_INVESTORS =
  "Other investors include Temasek Holdings and Suning Commerce Group Co Ltd.";
const JULY_ROUND =
  "The move came after the AI startup completed a $410 million financing led by CDH Investments and Sailing Capital in July.";
const MEGVII_ROUND =
  "In October, Alibaba's financial arm Ant Financial Services Group joined a $460 million Series C financing round in another Chinese AI unicorn, Megvii Technology Inc, more commonly known as Face++.";
const FOUNDED =
  "Founded in 2014, Sense-Time focuses on innovative computer vision and deep learning technologies, and has established partnerships with more than 400 leading domestic and overseas enterprises across security, fintech, automobile, retail, smartphone, mobile internet, robotics and smart city development.";
const PARTNERS =
  "Its partners include global chip giants Qualcomm Inc and Nvidia Corp, China UnionPay, smartphone maker Xiaomi Corp, Huawei Technologies Co Ltd, Oppo Electronics Corp and Vivo Mobile Communication Technology.";
const HONDA =
  "It has also partnered with Honda Motor Co Ltd to develop autonomous driving systems.";
const XU_LI =
  "Xu Li, co-founder and chief executive officer of Sense-Time, said the company plans to use the capital to expand its presence overseas.";
const PROCEEDS_PLATFORM =
  "The company said the capital injection will provide important impetus to the buildout of its AI platform, advancing the company's technological innovation and opening up new business opportunities.";
const PROCEEDS_INVESTMENTS =
  "The latest financing will also bankroll investments in the fields such as autonomous driving, security and surveillance, intelligent retail, finance and education.";
const ARTICLE_DATE = "the article is dated 2018-04-10";

export const rawDataset: unknown = {
  version: "1.0.0",
  sources: [
    {
      id: "article-2018-04-10",
      headline: "New financing lifts valuation of facial recognition startup to $4.5 billion",
      date: "2018-04-10",
      caption:
        "A visitor looks at a digital product equipped with SenseTime's human pose estimation at a high-tech exhibition in Shenzhen, Guangdong province, recently. (Photo/Xinhua)",
      text: ARTICLE_2018_04_10,
      companies: [
        {
          id: "sensetime",
          name: "SenseTime",
          legalName: "SenseTime Group Ltd",
          aliases: ["Sense-Time", "SenseTime Group", "商汤", "商汤科技", "商湯", "商湯科技"],
          country: {
            text: "China",
            quote: "Chinese facial recognition startup SenseTime Group Ltd",
          },
          description: {
            text: "Facial recognition startup that, after its Series C, will become the world's most valuable AI startup (per the article)",
            quote: VALUATION,
          },
          founded: { iso: "2014", precision: "year", quote: "Founded in 2014, Sense-Time" },
          ceo: "xu-li",
          focus: {
            text: "Computer vision and deep learning technologies",
            quote:
              "Sense-Time focuses on innovative computer vision and deep learning technologies",
          },
          partnerCount: { count: 400, bound: "atLeast", quote: FOUNDED },
          partners: [
            { text: "Qualcomm Inc", quote: PARTNERS },
            { text: "Nvidia Corp", quote: PARTNERS },
            { text: "China UnionPay", quote: PARTNERS },
            { text: "Xiaomi Corp", quote: PARTNERS },
            { text: "Huawei Technologies Co Ltd", quote: PARTNERS },
            { text: "Oppo Electronics Corp", quote: PARTNERS },
            { text: "Vivo Mobile Communication Technology", quote: PARTNERS },
            { text: "Honda Motor Co Ltd (autonomous driving systems)", quote: HONDA },
          ],
          sectors: {
            items: [
              "security",
              "fintech",
              "automobile",
              "retail",
              "smartphone",
              "mobile internet",
              "robotics",
              "smart city development",
            ],
            quote: FOUNDED,
          },
          notes: [
            {
              text: "Its Series C set a record for venture capital funding in the AI sector",
              quote:
                "setting a record for venture capital funding in the artificial intelligence sector",
            },
          ],
        },
        {
          id: "megvii",
          name: "Megvii",
          legalName: "Megvii Technology Inc",
          aliases: ["Face++", "Megvii Technology", "旷视", "旷视科技", "曠視", "曠視科技"],
          country: { text: "China", quote: "another Chinese AI unicorn, Megvii Technology Inc" },
          description: {
            text: "Chinese AI unicorn, more commonly known as Face++",
            quote: MEGVII_ROUND,
          },
          focus: {
            text: 'Facial recognition technology, used by Alipay\'s "Smile to Pay"',
            quote:
              'Face++ provides facial recognition technology to Alipay\'s "Smile to Pay" function, which allows users to pay using a facial scan on their smartphones.',
          },
          notes: [],
        },
      ],
      investors: [
        {
          id: "alibaba",
          name: "Alibaba",
          legalName: "Alibaba Group Holding Ltd",
          aliases: ["Alibaba Group", "阿里巴巴"],
          description: {
            text: "E-commerce giant",
            quote: "e-commerce giant Alibaba Group Holding Ltd",
          },
        },
        {
          id: "ant-financial",
          name: "Ant Financial",
          legalName: "Ant Financial Services Group",
          aliases: ["Ant Financial Services", "蚂蚁金服"],
          description: {
            text: "Alibaba's financial arm",
            quote: "Alibaba's financial arm Ant Financial Services Group",
          },
          affiliateOf: {
            investor: "alibaba",
            relation: "financial arm",
            quote: "Alibaba's financial arm Ant Financial Services Group",
          },
        },
        {
          id: "temasek",
          name: "Temasek",
          legalName: "Temasek Holdings",
          aliases: [],
        },
        {
          id: "suning",
          name: "Suning Commerce",
          legalName: "Suning Commerce Group Co Ltd",
          aliases: ["Suning"],
        },
        {
          id: "cdh-investments",
          name: "CDH Investments",
          legalName: "CDH Investments",
          aliases: ["CDH"],
        },
        {
          id: "sailing-capital",
          name: "Sailing Capital",
          legalName: "Sailing Capital",
          aliases: ["Sailing"],
        },
      ],
      rounds: [
        {
          id: "sensetime-2017-07",
          company: "sensetime",
          amount: { amount: 410e6, currency: "USD", bound: "exact", quote: JULY_ROUND },
          announced: {
            iso: "2017-07",
            precision: "month",
            quote: JULY_ROUND,
            inferred: `The article names July without a year; ${ARTICLE_DATE} and the round came before the April 2018 Series C, so July 2017.`,
          },
          // "led by" names the leads; the article names no other investor of this round.
          leads: {
            investors: ["cdh-investments", "sailing-capital"],
            complete: true,
            quote: JULY_ROUND,
          },
          notes: [
            {
              text: "SenseTime called it the largest private financing round ever closed by an AI startup at that time",
              quote:
                "SenseTime claimed it to be the world's largest private financing round ever closed by an AI startup at that time.",
            },
          ],
        },
        {
          id: "sensetime-c",
          company: "sensetime",
          series: { letter: "C", quote: MONDAY },
          amount: { amount: 600e6, currency: "USD", bound: "exact", quote: MONDAY },
          announced: {
            iso: "2018-04-09",
            precision: "day",
            quote: MONDAY,
            inferred: `"Announced on Monday": ${ARTICLE_DATE} (a Tuesday), so Monday 2018-04-09.`,
          },
          leads: { investors: ["alibaba"], complete: true, quote: MONDAY },
          others: { investors: ["temasek", "suning"], complete: false, quote: OTHER_INVESTORS },
          postMoneyValuation: {
            amount: 4.5e9,
            currency: "USD",
            bound: "atLeast",
            quote: VALUATION,
          },
          usesOfProceeds: [
            ...[
              "Build out its AI platform",
              "Technological innovation",
              "New business opportunities",
            ].map((text) => ({ text, quote: PROCEEDS_PLATFORM })),
            ...[
              "Investments in autonomous driving",
              "Investments in security and surveillance",
              "Investments in intelligent retail",
              "Investments in finance",
              "Investments in education",
            ].map((text) => ({ text, quote: PROCEEDS_INVESTMENTS })),
            { text: "Expand its presence overseas", quote: XU_LI },
          ],
          notes: [
            {
              text: "A record for venture capital funding in the AI sector",
              quote:
                "setting a record for venture capital funding in the artificial intelligence sector",
            },
            { text: "Xu Li: the capital will expand its presence overseas", quote: XU_LI },
          ],
        },
        {
          id: "megvii-c",
          company: "megvii",
          series: { letter: "C", quote: MEGVII_ROUND },
          amount: { amount: 460e6, currency: "USD", bound: "exact", quote: MEGVII_ROUND },
          announced: {
            iso: "2017-10",
            precision: "month",
            quote: MEGVII_ROUND,
            inferred: `The article names October without a year; ${ARTICLE_DATE} and calls it "in recent months", so October 2017.`,
          },
          others: { investors: ["ant-financial"], complete: false, quote: MEGVII_ROUND },
          notes: [
            {
              text: "Alibaba's second major investment in a top Chinese AI company in recent months",
              quote:
                "This is Alibaba's second major investment in a top Chinese AI company in recent months.",
            },
          ],
        },
      ],
      people: [
        {
          id: "xu-li",
          name: "Xu Li",
          roles: [
            {
              title: "Co-founder and chief executive officer",
              organization: "sensetime",
              quote: XU_LI,
            },
          ],
          statements: [
            {
              text: "The funding will help us widen the scope for more industrial application of AI, thus increasing the value of Sense-Time's global ecosystem.",
              quote:
                '"The funding will help us widen the scope for more industrial application of AI, thus increasing the value of Sense-Time\'s global ecosystem."',
            },
          ],
        },
        {
          id: "joe-tsai",
          name: "Joe Tsai",
          roles: [
            {
              title: "Executive vice-chairman",
              organization: "alibaba",
              quote: "said Joe Tsai, Alibaba's executive vice-chairman.",
            },
          ],
          statements: [
            {
              text: "SenseTime is doing pioneering work in AI. We are especially impressed by their R&D capabilities in deep learning and visual computing.",
              quote:
                '"SenseTime is doing pioneering work in AI. We are especially impressed by their R&D capabilities in deep learning and visual computing. Our business at Alibaba is already seeing tangible benefits from our investments in AI and we are committed to further investment," said Joe Tsai',
            },
          ],
        },
      ],
      macro: [
        {
          id: "china-ai-2030",
          country: "China",
          year: 2030,
          metric: "AI industry size target",
          values: [
            {
              amount: 1e12,
              currency: "CNY",
              bound: "exact",
              quote:
                "The government has laid out plans to become the world leader in AI by 2030, with an aim of making the industry worth 1 trillion yuan ($158.4 billion).",
            },
            {
              amount: 158.4e9,
              currency: "USD",
              bound: "exact",
              quote:
                "The government has laid out plans to become the world leader in AI by 2030, with an aim of making the industry worth 1 trillion yuan ($158.4 billion).",
            },
          ],
        },
      ],
    },
  ],
};
