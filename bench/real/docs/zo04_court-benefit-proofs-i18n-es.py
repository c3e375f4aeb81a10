  "proof_of_ssp": {
    "en":"### Proof of State Supplemental Payment",
    "es":"### Comprobante de Pagos suplementarios del estado"
    ,"zh-s":"###州补助金  的证明"
    ,"zh-t":""
  },

  "upload_ssp": {
    "en":"*You said you receive State Supplemental Payment (SSP). Can you please upload any document that proves you are currently receiving this benefit?*",
    "es":"*Usted dijo que recibe pagos suplementarios del estado. ¿Puede cargar un documento que demuestre que está recibiendo actualmente este beneficio, como por ejemplo una tarjeta de pagos suplementarios del estado?*"
    ,"zh-s":""
    ,"zh-t":""
  },

  "proof_of_ssp_abbrev": {
    "en":"Proof of SSP",
    "es":"Comprobante de SSP"
    ,"zh-s":"州补助金  的证明"
    ,"zh-t":""
  },

  "proof_of_gacr": {
    "en":"### Proof of General Assistance/County Relief",
    "es":"### Comprobante de ayuda general/ayuda del condado"
    ,"zh-s":"###普通救助/ 县救济  的证明"
    ,"zh-t":""
  },

  "upload_gacr": {
    "en":"*You said you receive General Assistance/County Relief. Can you please upload any document that proves you are currently receiving this benefit?*",
    "es":"*Usted dijo que recibe ayuda general/ayuda del condado. ¿Puede cargar un documento que demuestre que está recibiendo actualmente este beneficio, como por ejemplo una tarjeta de ayuda general/ayuda del condado?*"
    ,"zh-s":"普通救助/ 县救济"
    ,"zh-t":""
  },

  "proof_of_gacr_abbrev": {
    "en":"Proof of GA/CR",
    "es":"Comprobante de ayuda general/ayuda del condado"
    ,"zh-s":"普通救助/ 县救济  的证明"
    ,"zh-t":""
  },

  "proof_of_ihss": {
    "en":"### Proof of In Home Supportive Services",
    "es":"### Comprobante de servicios de apoyo en el hogar"
    ,"zh-s":"###居家支持服务  的证明"
    ,"zh-t":""
  },

  "upload_ihss": {
    "en":"*You said you receive In Home Supportive Services (IHSS). Can you please upload any document that proves you are currently receiving this benefit?*",
    "es":"*Usted dijo que recibe servicios de apoyo en el hogar. ¿Puede cargar un documento que demuestre que está recibiendo actualmente este beneficio, como por ejemplo una tarjeta de servicios de apoyo en el hogar?*"
    ,"zh-s":"居家支持服务"
    ,"zh-t":""
  },

  "proof_of_ihss_abbrev": {
    "en":"Proof of IHSS",
    "es":"Comprobante de IHSS"
    ,"zh-s":"居家支持服务  的证明"
    ,"zh-t":""
  },

  "proof_of_tanf": {
    "en":"### Proof of TANF",
    "es":"### Comprobante de TANF"
    ,"zh-s":"###穷困家庭临时救助  的证明"
    ,"zh-t":""
  },

  "upload_tanf": {
    "en":"*You said you receive Temporary Assistance for Needy Families. Can you please upload any document that proves you are currently receiving this benefit?*",
    "es":"*Usted dijo que recibe ayuda temporal para familias necesitadas. ¿Puede cargar un documento que demuestre que está recibiendo actualmente este beneficio, como por ejemplo una tarjeta de ayuda temporal para familias necesitadas?*"
    ,"zh-s":"穷困家庭临时救助"
    ,"zh-t":""
  },

  "proof_of_tanf_abbrev": {
    "en":"Proof of TANF",
    "es":"Comprobante de TANF"
    ,"zh-s":"穷困家庭临时救助  的证明"
    ,"zh-t":""
  },

  "proof_of_wic": {
    "en":"### Proof of WIC",
    "es":"### Comprobante de WIC"
    ,"zh-s":"###WIC  的证明"
    ,"zh-t":""
  },

  "upload_wic": {
    "en":"*You said you are enrolled in WIC. Can you please upload any document that proves you are currently receiving this benefit?*",
    "es":"*Usted dijo que recibe nutrición suplementaria especial para mujeres, bebés y niños. ¿Puede cargar un documento que demuestre que está recibiendo actualmente este beneficio, como por ejemplo una tarjeta de nutrición suplementaria especial para mujeres, bebés y niños?*"
    ,"zh-s":"妇女、婴儿及儿童特殊营养补助"
    ,"zh-t":""
  },

  "proof_of_wic_abbrev": {
    "en":"Proof of WIC",
    "es":"Comprobante de WIC"
    ,"zh-s":"妇女、婴儿及儿童特殊营养补助  的证明"
    ,"zh-t":""
  },

  "proof_of_calworks": {
    "en":"### Proof of CalWORKS",
    "es":"### Comprobante de CalWORKS"
    ,"zh-s":"###《加州工作机会及对孩子责任法案》  的证明"
    ,"zh-t":""
  },

  "upload_calworks": {
    "en":"*You said you are enrolled in CalWORKS. Can you please upload any document that proves you are currently receiving this benefit?*",
    "es":"*Usted dijo que recibe oportunidades de trabajo y responsabilidades hacia los niños de California. ¿Puede cargar un documento que demuestre que está recibiendo actualmente este beneficio, como por ejemplo una tarjeta de oportunidades de trabajo y responsabilidades hacia los niños de California?*"
    ,"zh-s":"《加州工作机会及对孩子责任法案》"
    ,"zh-t":""
  },

  "proof_of_calworks_abbrev": {
    "en":"Proof of CalWORKS",
    "es":"Comprobante de CalWORKS"
    ,"zh-s":"《加州工作机会及对孩子责任法案》  的证明"
    ,"zh-t":""
  },

  "proof_of_capi": {
    "en":"### Proof of CAPI",
    "es":"### Comprobante de CAPI"
    ,"zh-s":"###老人、盲人或残障合法移民现金救助计划  的证明"
    ,"zh-t":""
  },

  "upload_capi": {
    "en":"*You said you are enrolled in the Cash Assistance Program for Aged, Blind, or Disabled Legal Immigrants (CAPI). Can you please upload any document that proves you are currently receiving this benefit?*",
    "es":"*Usted dijo que recibe programa de ayuda en efectivo para inmigrantes legales ancianos, no videntes o discapacitados. ¿Puede cargar un documento que demuestre que está recibiendo actualmente este beneficio, como por ejemplo una tarjeta de programa de ayuda en efectivo para inmigrantes legales ancianos, no videntes o discapacitados?*"
    ,"zh-s":"老人、盲人或残障合法移民现金救助计划"
    ,"zh-t":""
  },

  "proof_of_capi_abbrev": {
    "en":"Proof of CAPI",
    "es":"Comprobante de CAPI"
    ,"zh-s":"老人、盲人或残障合法移民现金救助计划  的证明"
    ,"zh-t":""
  },
