   <tr:country tld=".gm"
               cca2="GM"
               ccn3="270"
               cca3="GMB"
               cioc="GAM"
               un-member="1"
               idd-root="+2"
               idd-suffixes="20">
      <tr:names>
         <tr:common>Gambia</tr:common>
         <tr:official>Republic of the Gambia</tr:official>
         <tr:native>
            <tr:official lang="en">Republic of the Gambia</tr:official>
            <tr:common lang="en">Gambia</tr:common>
         </tr:native>
      </tr:names>
      <tr:trans-names>
         <tr:official lang="cs">Gambijská republika</tr:official>
         <tr:common lang="cs">Gambie</tr:common>
         <tr:official lang="de">Republik Gambia</tr:official>
         <tr:common lang="de">Gambia</tr:common>
         <tr:official lang="et">Gambia Vabariik</tr:official>
         <tr:common lang="et">Gambia</tr:common>
         <tr:official lang="fi">Gambian tasavalta</tr:official>
         <tr:common lang="fi">Gambia</tr:common>
         <tr:official lang="fr">République de Gambie</tr:official>
         <tr:common lang="fr">Gambie</tr:common>
         <tr:official lang="hr">Republika Gambija</tr:official>
         <tr:common lang="hr">Gambija</tr:common>
         <tr:official lang="hu">Gambiai Köztársaság</tr:official>
         <tr:common lang="hu">Gambia</tr:common>
         <tr:official lang="it">Repubblica del Gambia</tr:official>
         <tr:common lang="it">Gambia</tr:common>
         <tr:official lang="ja">ガンビア共和国</tr:official>
         <tr:common lang="ja">ガンビア</tr:common>
         <tr:official lang="ko">감비아 공화국</tr:official>
         <tr:common lang="ko">감비아</tr:common>
         <tr:official lang="nl">Republiek Gambia</tr:official>
         <tr:common lang="nl">Gambia</tr:common>
         <tr:official lang="fa">جمهوری گامبیا</tr:official>
         <tr:common lang="fa">گامبیا</tr:common>
         <tr:official lang="pl">Republika Gambii</tr:official>
         <tr:common lang="pl">Gambia</tr:common>
         <tr:official lang="pt">República da Gâmbia</tr:official>
         <tr:common lang="pt">Gâmbia</tr:common>
         <tr:official lang="ru">Республика Гамбия</tr:official>
         <tr:common lang="ru">Гамбия</tr:common>
         <tr:official lang="sk">Gambijská republika</tr:official>
         <tr:common lang="sk">Gambia</tr:common>
         <tr:official lang="es">República de Gambia</tr:official>
         <tr:common lang="es">Gambia</tr:common>
         <tr:official lang="sv">Republiken Gambia</tr:official>
         <tr:common lang="sv">Gambia</tr:common>
         <tr:official lang="ur">جمہوریہ گیمبیا</tr:official>
         <tr:common lang="ur">گیمبیا</tr:common>
         <tr:official lang="zh">冈比亚共和国</tr:official>
         <tr:common lang="zh">冈比亚</tr:common>
      </tr:trans-names>
      <tr:langs>
         <tr:lang lang="en">English</tr:lang>
      </tr:langs>
      <tr:flag>🇬🇲</tr:flag>
      <tr:capital>Banjul</tr:capital>
      <tr:location lat-lng="13.46666666,-16.56666666">
         <tr:region>Africa</tr:region>
         <tr:subregion>Western Africa</tr:subregion>
      </tr:location>
      <tr:currency>
         <tr:name>GMD</tr:name>
         <tr:symbol>D</tr:symbol>
      </tr:currency>
      <tr:call-codes>
         <tr:call-code>+220</tr:call-code>
      </tr:call-codes>
   </tr:country>
