  "lookup_citation": {
    "en": "### Look Up Your Citation",
    "es": "### Busque su citación",
    "zh-s": "### 查看您的罚单",
    "zh-t": "### 查看您的罰單"
  },

  "what_county": {
    "en": "What California county did you get the citation in?",
    "es": "¿En qué condado de California recibió la citación?",
    "zh-s": "您在加州哪个县得到罚单？",
    "zh-t": "您在加州哪個縣得到罰單？"
  },

  "what_citation_number": {
    "en": "What's the citation number?",
    "es": "¿Cuál es el número de citación?",
    "zh-s": "罚单号码是多少？",
    "zh-t": "罰單號碼是多少？"
  },

  "dont_have_citation_number": {
    "en": "I don't have my citation number",
    "es": "No tengo mi número de citación",
    "zh-s": "我没有罚单号码",
    "zh-t": "我沒有罰單號碼"
  },

  "what_first_name": {
    "en": "What is your first name?",
    "es": "¿Cuál es su nombre?",
    "zh-s": "您的名字是什么？",
    "zh-t": "您的名字是什麼？"
  },

  "what_last_name": {
    "en": "What is your last name?",
    "es": "¿Cuál es su apellido?",
    "zh-s": "您的姓是什么？",
    "zh-t": "您的姓是什麼？"
  },

  "what_dob": {
    "en": "What's your date of birth?",
    "es": "¿Cuál es su fecha de nacimiento?",
    "zh-s": "您的出生日期是哪天？",
    "zh-t": "您的出生日期是哪天？"
  },

  "what_license_number": {
    "en": "What is your Driver's License Number?",
    "es": "¿Cuál es el número de su licencia de manejar?",
    "zh-s": "您的驾照号码是多少？",
    "zh-t": "您的駕照號碼是多少？"
  },

  "name": {
    "en": "Name",
    "es": "Nombre",
    "zh-s": "姓名",
    "zh-t": "姓名"
  },

  "citation_number": {
    "en": "Citation Number",
    "es": "Número de citación",
    "zh-s": "罚单号码",
    "zh-t": "罰單號碼"
  },

  "county": {
    "en": "County",
    "es": "Condado",
    "zh-s": "县",
    "zh-t": "縣"
  },

  "violation_date": {
    "en": "Violation Date",
    "es": "Fecha de la infracción",
    "zh-s": "违规日期",
    "zh-t": "違規日期"
  },

  "total_due": {
    "en": "Total Due",
    "es": "Monto que se debe",
    "zh-s": "应付总额",
    "zh-t": "應付總額"
  },

  "yes": {
    "en": "Yes",
    "es": "Sí",
    "zh-s": "是",
    "zh-t": "是"
  },

  "no": {
    "en": "No",
    "es": "No",
    "zh-s": "没有",
    "zh-t": "否"
  },

  "your_citations": {
    "en": "### Your Citations",
    "es": "### Sus citaciones",
    "zh-s": "",
    "zh-t": ""
  },

  "need_more_info": {
    "en": "We need some more information to find your citation: ",
    "es": "Necesitamos más información para encontrar su citación:",
    "zh-s": "",
    "zh-t": ""
  },

  "found_multiple_citations": {
    "en": "We found your citation.",
    "es": "Encontramos su citación.",
    "zh-s": "",
    "zh-t": ""
  },

  "select_citation": {
    "en": "We also looked for other citations in your name in {county} County. Select each of the citations for which you want to request a reduction. You can request fine reductions for all the citations listed below.",
    "es": "También buscamos otras citaciones bajo su nombre en el condado de {county}. Puede solicitar una reducción en las multas para todas las citaciones que aparecen abajo. Seleccione las citaciones para las que desea solicitar una reducción.",
    "zh-s": "",
    "zh-t": ""
  },

"submitted_citation": {
  "en": "Already Submitted.",
  "es": "Seleccione .",
  "zh-s": "",
  "zh-t": ""
},


  "none_of_these_are_right": {
    "en": "None of these are right",
    "es": "Ninguna de estas es mía",
    "zh-s": "",
    "zh-t": ""
  },

  "how_this_works": {
    "en": "### How this works",
    "es": "### Cómo funciona este servicio",
    "zh-s": "### 如何运作",
    "zh-t": "### 如何運作"
  },

  "dont_have_citation_number": {
    "en": "I don't have my citation number",
    "es": "No tengo mi número de citación",
    "zh-s": "我没有罚单号码",
    "zh-t": ""
  },

  "how_works_instructions": {
    "en": """
*We will walk you through a few questions to help the Court better understand your need for a reduction.*

Be prepared to share information about your income, monthly expenses and any public benefits you currently receive. A court official will still review your answers as they would if you came to court in person.
    """,
    "es": """
*Le haremos algunas preguntas para que la corte pueda comprender mejor su necesidad de reducir la multa.*

Esté preparado para compartir información sobre sus ingresos, gastos mensuales y cualquier beneficio público que recibe actualmente. Sus respuestas serán revisadas por un funcionario judicial como si fuera a la corte en persona.
    """,
    "zh-s": """
*我们将通过几个问题帮助法院更好地了解您要减少罚款的需求。*

请准备好分享您的收入、每月开支及目前领取的公共福利。法院官员仍然会像您亲自来法院一样审查您的答案。
    """,
    "zh-t": """
*我們將透過幾個問題幫助法院更瞭解您要減少罰款的需求。*

請準備好分享您的收入、每月開支及目前領取的公共福利。法院官員仍然會像您親自來法院一樣審查您的答案。
    """
  },

  "public_benefits": {
    "en": "### Public Benefits",
    "es": "### Beneficios públicos",
    "zh-s": "### 公共福利",
    "zh-t": "### 公共福利"
  },

  "receiving_benefits": {
    "en": "Are you currently receiving any benefits? If you don''t see the public benefit you are currently enrolled in, click \"Other\".",
    "es": "¿Está recibiendo beneficios actualmente? Si no ve el beneficio público que está recibiendo actualmente, haga clic en \"Otro\".",
    "zh-s": "您目前是否在领取任何福利？如果您没有看到您目前登记的公共福利，点击“其他”",
    "zh-t": "您目前是否領取任何福利？如果您沒有看到您目前登記的公共福利，請點選「其他」"
  },

  "cal_fresh": {
    "en": "CalFresh (Food Stamps)",
    "es": "CalFresh (cupones de alimentos)",
    "zh-s": "CalFresh（食品券）",
    "zh-t": "CalFresh（糧食券）"
  },

  "medi_cal": {
    "en": "Medi-Cal",
    "es": "Medi-Cal",
    "zh-s": "Medi-Cal",
    "zh-t": "Medi-Cal"
  },

  "cr_ga": {
    "en": "General Assistance / County Relief",
    "es": "Ayuda general/Ayuda del condado",
    "zh-s": "普通救助/ 县救济",
    "zh-t": "普通救助/ 縣救濟"
  },

  "ssi": {
    "en": "SSI: Supplemental Security Income",
    "es": "SSI: Seguridad de ingreso suplementario",
    "zh-s": "SSI：社会安全补助金",
    "zh-t": "SSI：社會安全補助金"
  },

  "wic": {
    "en": "WIC: Special Supplemental Nutrition for Women, Infants and Children",
    "es": "WIC: Programa de Nutrición y Alimentos para Mujeres, Bebés y Niños",
    "zh-s": "",
    "zh-t": ""
  },

  "ssp": {
    "en": "SSP: State Supplemental Payment",
    "es": "SSP: Pagos suplementarios del estado",
    "zh-s": "SSP：州补助金",
    "zh-t": "SSP：州補助金"
  },

  "ihss": {
    "en": "IHSS: In Home Supportive Services",
    "es": "IHSS: Servicios de apoyo en el hogar",
    "zh-s": "IHSS：居家支持服务",
    "zh-t": "IHSS：居家支援服務"
  },

  "cal_works": {
    "en": "CalWORKS: California Work Opportunity and Responsibility to Kids Act",
    "es": "CalWORKs: Oportunidades de trabajo y responsabilidades hacia los niños de California",
    "zh-s": "CalWORKS：《加州工作机会及对孩子责任法案》",
    "zh-t": "CalWORKS：《加州工作機會及對孩子責任法案》"
  },

  "tanf": {
    "en": "TANF: Temporary Assistance for Needy Families",
    "es": "TANF: Ayuda temporal para familias necesitadas",
    "zh-s": "TANF：穷困家庭临时救助",
    "zh-t": "TANF：窮困家庭臨時救助"
  },

  "capi": {
    "en": "CAPI: Cash Assistance Program for Aged, Blind or Disabled Legal Immigrants",
    "es": "CAPI: Programa de ayuda en efectivo para inmigrantes legales ancianos, no videntes o discapacitados",
    "zh-s": "CAPI：老人、盲人或残障合法移民现金救助计划",
    "zh-t": "CAPI：老人、盲人或殘障合法移民現金救助計畫"
  },

  "other": {
    "en": "Other",
    "es": "Otro",
    "zh-s": "其他",
    "zh-t": "其他"
  },
