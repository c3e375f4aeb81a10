   <tr:country tld=".gn"
               cca2="GN"
               ccn3="324"
               cca3="GIN"
               cioc="GUI"
               un-member="1"
               idd-root="+2"
               idd-suffixes="24">
      <tr:names>
         <tr:common>Guinea</tr:common>
         <tr:official>Republic of Guinea</tr:official>
         <tr:native>
            <tr:official lang="fr">République de Guinée</tr:official>
            <tr:common lang="fr">Guinée</tr:common>
         </tr:native>
      </tr:names>
      <tr:trans-names>
         <tr:official lang="cs">Guinejská republika</tr:official>
         <tr:common lang="cs">Guinea</tr:common>
         <tr:official lang="de">Republik Guinea</tr:official>
         <tr:common lang="de">Guinea</tr:common>
         <tr:official lang="et">Guinea Vabariik</tr:official>
         <tr:common lang="et">Guinea</tr:common>
         <tr:official lang="fi">Guinean tasavalta</tr:official>
         <tr:common lang="fi">Guinea</tr:common>
         <tr:official lang="fr">République de Guinée</tr:official>
         <tr:common lang="fr">Guinée</tr:common>
         <tr:official lang="hr">Republika Gvineja</tr:official>
         <tr:common lang="hr">Gvineja</tr:common>
         <tr:official lang="hu">Guineai Köztársaság</tr:official>
         <tr:common lang="hu">Guinea</tr:common>
         <tr:official lang="it">Repubblica di Guinea</tr:official>
         <tr:common lang="it">Guinea</tr:common>
         <tr:official lang="ja">ギニア共和国</tr:official>
         <tr:common lang="ja">ギニア</tr:common>
         <tr:official lang="ko">기니 공화국</tr:official>
         <tr:common lang="ko">기니</tr:common>
         <tr:official lang="nl">Republiek Guinee</tr:official>
         <tr:common lang="nl">Guinee</tr:common>
         <tr:official lang="fa">مملکت مستقل پاپوآ گینه نو</tr:official>
         <tr:common lang="fa">پاپوآ گینه نو</tr:common>
         <tr:official lang="pl">Republika Gwinei</tr:official>
         <tr:common lang="pl">Gwinea</tr:common>
         <tr:official lang="pt">República da Guiné</tr:official>
         <tr:common lang="pt">Guiné</tr:common>
         <tr:official lang="ru">Республика Гвинея</tr:official>
         <tr:common lang="ru">Гвинея</tr:common>
         <tr:official lang="sk">Guinejská republika</tr:official>
         <tr:common lang="sk">Guinea</tr:common>
         <tr:official lang="es">República de Guinea</tr:official>
         <tr:common lang="es">Guinea</tr:common>
         <tr:official lang="sv">Republiken Guinea</tr:official>
         <tr:common lang="sv">Guinea</tr:common>
         <tr:official lang="ur">جمہوریہ گنی</tr:official>
         <tr:common lang="ur">گنی</tr:common>
         <tr:official lang="zh">几内亚共和国</tr:official>
         <tr:common lang="zh">几内亚</tr:common>
      </tr:trans-names>
      <tr:langs>
         <tr:lang lang="fr">French</tr:lang>
      </tr:langs>
      <tr:flag>🇬🇳</tr:flag>
      <tr:capital>Conakry</tr:capital>
      <tr:location lat-lng="11,-10">
         <tr:region>Africa</tr:region>
         <tr:subregion>Western Africa</tr:subregion>
      </tr:location>
      <tr:currency>
         <tr:name>GNF</tr:name>
         <tr:symbol>Fr</tr:symbol>
      </tr:currency>
      <tr:call-codes>
         <tr:call-code>+224</tr:call-code>
      </tr:call-codes>
   </tr:country>
