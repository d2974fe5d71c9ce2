/** The dataset's only source (article-2018-04-10.txt beside this file), from its headline on, verbatim. */
export const ARTICLE_2018_04_10 = `New financing lifts valuation of facial recognition startup to $4.5 billion

Chinese facial recognition startup SenseTime Group Ltd announced on Monday it has acquired $600 million in its Series C round of fundraising led by e-commerce giant Alibaba Group Holding Ltd, setting a record for venture capital funding in the artificial intelligence sector.

SenseTime will become the world's most valuable artificial intelligence startup, with its valuation exceeding $4.5 billion after the fundraising. Other investors include Temasek Holdings and Suning Commerce Group Co Ltd.

The company said the capital injection will provide important impetus to the buildout of its AI platform, advancing the company's technological innovation and opening up new business opportunities.

The latest financing will also bankroll investments in the fields such as autonomous driving, security and surveillance, intelligent retail, finance and education.

The move came after the AI startup completed a $410 million financing led by CDH Investments and Sailing Capital in July. SenseTime claimed it to be the world's largest private financing round ever closed by an AI startup at that time.

Xu Li, co-founder and chief executive officer of Sense-Time, said the company plans to use the capital to expand its presence overseas. "The funding will help us widen the scope for more industrial application of AI, thus increasing the value of Sense-Time's global ecosystem."

"SenseTime is doing pioneering work in AI. We are especially impressed by their R&D capabilities in deep learning and visual computing. Our business at Alibaba is already seeing tangible benefits from our investments in AI and we are committed to further investment," said Joe Tsai, Alibaba's executive vice-chairman.

This is Alibaba's second major investment in a top Chinese AI company in recent months. In October, Alibaba's financial arm Ant Financial Services Group joined a $460 million Series C financing round in another Chinese AI unicorn, Megvii Technology Inc, more commonly known as Face++.

Face++ provides facial recognition technology to Alipay's "Smile to Pay" function, which allows users to pay using a facial scan on their smartphones.

Founded in 2014, Sense-Time focuses on innovative computer vision and deep learning technologies, and has established partnerships with more than 400 leading domestic and overseas enterprises across security, fintech, automobile, retail, smartphone, mobile internet, robotics and smart city development.

Its partners include global chip giants Qualcomm Inc and Nvidia Corp, China UnionPay, smartphone maker Xiaomi Corp, Huawei Technologies Co Ltd, Oppo Electronics Corp and Vivo Mobile Communication Technology. It has also partnered with Honda Motor Co Ltd to develop autonomous driving systems.

China has placed great emphasis on tech development, with AI a key area.

The government has laid out plans to become the world leader in AI by 2030, with an aim of making the industry worth 1 trillion yuan ($158.4 billion).`;
