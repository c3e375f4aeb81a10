    {
      "english": "paperwork; credentials; papers; certificates",
      "pinyinNumbered": "zheng4jian4",
      "pinyin": "zhèngjiàn",
      "simplified": "证件",
      "traditional": "證件"
    },
    {
      "english": "evidence; proof; testimony",
      "pinyinNumbered": "zheng4ju4",
      "pinyin": "zhèngjù",
      "simplified": "证据",
      "traditional": "證據"
    },
    {
      "english": "government",
      "pinyinNumbered": "zheng4fu3",
      "pinyin": "zhèngfǔ",
      "simplified": "政府",
      "traditional": "政府"
    },
    {
      "english": "politics",
      "pinyinNumbered": "zheng4zhi4",
      "pinyin": "zhèngzhì",
      "simplified": "政治",
      "traditional": "政治"
    },
    {
      "english": "to earn | to struggle",
      "pinyinNumbered": "zheng4, zheng1",
      "pinyin": "zhèng, zhēng",
      "simplified": "挣",
      "traditional": "掙"
    },
    {
      "english": "branch; support; put up; (mw for long; narrow objects) (Kangxi radical 65)",
      "pinyinNumbered": "zhi1",
      "pinyin": "zhī",
      "simplified": "支",
      "traditional": "支"
    },
    {
      "english": "(bank) check",
      "pinyinNumbered": "zhi1piao4",
      "pinyin": "zhīpiào",
      "simplified": "支票",
      "traditional": "支票"
    },
    {
      "english": "a license; a permit",
      "pinyinNumbered": "zhi2zhao4",
      "pinyin": "zhízhào",
      "simplified": "执照",
      "traditional": "執照"
    },
    {
      "english": "straight; vertical; frank; directly; continuously",
      "pinyinNumbered": "zhi2",
      "pinyin": "zhí",
      "simplified": "直",
      "traditional": "直"
    },
    {
      "english": "to guide; give directions",
      "pinyinNumbered": "zhi3dao3",
      "pinyin": "zhǐdǎo",
      "simplified": "指导",
      "traditional": "指導"
    },
    {
      "english": "to command; to conduct; commander",
      "pinyinNumbered": "zhi3hui1",
      "pinyin": "zhǐhuī",
      "simplified": "指挥",
      "traditional": "指揮"
    },
    {
      "english": "up to now; so far",
      "pinyinNumbered": "zhi4 jin1",
      "pinyin": "zhì jīn",
      "simplified": "至今",
      "traditional": "至今"
    },
    {
      "english": "as for; go so far as to",
      "pinyinNumbered": "zhi4yu2",
      "pinyin": "zhìyú",
      "simplified": "至于",
      "traditional": "至于"
    },
    {
      "english": "volunteer",
      "pinyinNumbered": "zhi4yuan4zhe3",
      "pinyin": "zhìyuànzhě",
      "simplified": "志愿者",
      "traditional": "志願者"
    },
    {
      "english": "formulate; lay down (a plan or policy); to draft",
      "pinyinNumbered": "zhi4ding4",
      "pinyin": "zhìdìng",
      "simplified": "制定",
      "traditional": "制定"
    },
    {
      "english": "system; institution",
      "pinyinNumbered": "zhi4du4",
      "pinyin": "zhìdù",
      "simplified": "制度",
      "traditional": "制度"
    },
    {
      "english": "manufacture; make",
      "pinyinNumbered": "zhi4zao4",
      "pinyin": "zhìzào",
      "simplified": "制造",
      "traditional": "制造"
    },
    {
      "english": "make; manufacture",
      "pinyinNumbered": "zhi4zuo4",
      "pinyin": "zhìzuò",
      "simplified": "制作",
      "traditional": "制作"
    },
    {
      "english": "to treat; to cure; medical treatment",
      "pinyinNumbered": "zhi4liao2",
      "pinyin": "zhìliáo",
      "simplified": "治疗",
      "traditional": "治療"
    },
    {
      "english": "order; sequence",
      "pinyinNumbered": "zhi4xu4",
      "pinyin": "zhìxù",
      "simplified": "秩序",
      "traditional": "秩序"
    },
    {
      "english": "wisdom; knowledge",
      "pinyinNumbered": "zhi4hui4",
      "pinyin": "zhìhuì",
      "simplified": "智慧",
      "traditional": "智慧"
    },
    {
      "english": "agent; act as an intermediary",
      "pinyinNumbered": "zhong1jie4",
      "pinyin": "zhōngjiè",
      "simplified": "中介",
      "traditional": "中介"
    },
    {
      "english": "center; heart; core",
      "pinyinNumbered": "zhong1xin1",
      "pinyin": "zhōngxīn",
      "simplified": "中心",
      "traditional": "中心"
    },
    {
      "english": "middle third of a month",
      "pinyinNumbered": "zhong1xun2",
      "pinyin": "zhōngxún",
      "simplified": "中旬",
      "traditional": "中旬"
    },
    {
      "english": "kind; category; class",
      "pinyinNumbered": "zhong3lei4",
      "pinyin": "zhǒnglèi",
      "simplified": "种类",
      "traditional": "種類"
    },
    {
      "english": "great; important; major",
      "pinyinNumbered": "zhong4da4",
      "pinyin": "zhòngdà",
      "simplified": "重大",
      "traditional": "重大"
    },
    {
      "english": "weight",
      "pinyinNumbered": "zhong4liang4",
      "pinyin": "zhòngliàng",
      "simplified": "重量",
      "traditional": "重量"
    },
    {
      "english": "thoughtful; considerate; thorough",
      "pinyinNumbered": "zhou1dao4",
      "pinyin": "zhōudào",
      "simplified": "周到",
      "traditional": "周到"
    },
    {
      "english": "pig",
      "pinyinNumbered": "zhu1",
      "pinyin": "zhū",
      "simplified": "猪",
      "traditional": "豬"
    },
    {
      "english": "bamboo",
      "pinyinNumbered": "zhu2zi5",
      "pinyin": "zhúzi",
      "simplified": "竹子",
      "traditional": "竹子"
    },
    {
      "english": "step by step; gradually",
      "pinyinNumbered": "zhu2bu4",
      "pinyin": "zhúbù",
      "simplified": "逐步",
      "traditional": "逐步"
    },
    {
      "english": "gradually; by degrees",
      "pinyinNumbered": "zhu2jian4",
      "pinyin": "zhújiàn",
      "simplified": "逐渐",
      "traditional": "逐漸"
    },
    {
      "english": "preside over; manage; to direct",
      "pinyinNumbered": "zhu3chi2",
      "pinyin": "zhǔchí",
      "simplified": "主持",
      "traditional": "主持"
    },
    {
      "english": "to take initiative; voluntary",
      "pinyinNumbered": "zhu3dong4",
      "pinyin": "zhǔdòng",
      "simplified": "主动",
      "traditional": "主動"
    },
    {
      "english": "subjective",
      "pinyinNumbered": "zhu3guan1",
      "pinyin": "zhǔguān",
      "simplified": "主观",
      "traditional": "主觀"
    },
    {
      "english": "master; host; owner",
      "pinyinNumbered": "zhu3ren2",
      "pinyin": "zhǔrén",
      "simplified": "主人",
      "traditional": "主人"
    },
    {
      "english": "director; head; chief",
      "pinyinNumbered": "zhu3ren4",
      "pinyin": "zhǔrèn",
      "simplified": "主任",
      "traditional": "主任"
    },
    {
      "english": "theme; subject; topic",
      "pinyinNumbered": "zhu3ti2",
      "pinyin": "zhǔtí",
      "simplified": "主题",
      "traditional": "主題"
    },
    {
      "english": "chairperson; president",
      "pinyinNumbered": "zhu3xi2",
      "pinyin": "zhǔxí",
      "simplified": "主席",
      "traditional": "主席"
    },
    {
      "english": "to advocate; viewpoint; position",
      "pinyinNumbered": "zhu3zhang1",
      "pinyin": "zhǔzhāng",
      "simplified": "主张",
      "traditional": "主張"
    },
