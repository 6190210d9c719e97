"""Language detection from the text alone.

The texts below were written for these tests, in every language detection must
tell from a supported one: Ukrainian, Bulgarian, Kazakh, Belarusian and Serbian
(Russian's neighbours), Lithuanian, Latgalian and Estonian (Latvian's), German,
French and Dutch (English's), and a few more (``other``). A supported language's
text must be detected as it; any other must be ``und``, never a supported one.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path
from typing import Final

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from infobox.article import detect
from infobox.article.detect import SAMPLE, detect_language
from infobox.article.languages import LANGUAGES, OTHER_LANGUAGES, Language, letters_outside

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

#: One or two sentences per language, hand-written for these tests.
SHORT: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        "Riga is the capital of Latvia.",
        "Ventspils is a port town on the Baltic coast.",
        "The town had 12,410 residents at the 2000 census.",
        "Founded in 1201, Riga grew into a trading city of the Hanseatic League.",
        "Plano is a city in Collin County. It lies north of Dallas.",
        "Liepāja is the third largest city in Latvia and has an ice-free port.",
        "Daugavpils is the second largest city in Latvia.",
        "The village has a church, a school and two shops.",
        "It was granted town rights in 1917.",
        "Sigulda is known for its castles and the Gauja valley.",
        "Most of the residents work in Riga.",
        "The population of the town was 7,503 in 2020.",
    ),
    "lv": (
        "Rīga ir Latvijas galvaspilsēta.",
        "Iedzīvotāju skaits - 23 119 (2021. g.).",
        "Pilsēta atrodas Daugavas krastā, 40 km no Rīgas.",
        "Jelgava ir valstspilsēta Zemgalē.",
        "Vidējā gaisa temperatūra visu gadu ir apmēram +8 grādi.",
        "Ventspilī dzīvo apmēram 33 tūkstoši cilvēku.",
        "Pilsētu nodibināja bīskaps Alberts 1201. gadā. Tā ir lielākā Baltijā.",
        "Daugavpils ir otrā lielākā pilsēta Latvijā.",
        "Ciemā ir baznīca, skola un divi veikali.",
        "Pilsētas tiesības tā ieguva 1917. gadā.",
        "Sigulda ir pazīstama ar savām pilīm un Gaujas ieleju.",
        "Lielākā daļa iedzīvotāju strādā Rīgā.",
        "Cēsis ir viena no vecākajām pilsētām Latvijā.",
    ),
    "ru": (
        "Рига — столица Латвии. Население — 605 273 человека.",
        "Даугавпилс — второй по величине город Латвии.",
        "Город основан в 1201 году.",
        "Население: 18 212 человек (перепись 2021 г.).",
        "Юрмала расположена на берегу Рижского залива.",
        "Город — центр Озёрского района, но в его состав не входит.",
        "Вентспилс является крупным портом. Здесь живёт около 33 тысяч человек.",
        "Даугавпилс — второй по численности населения город Латвии.",
        "В посёлке есть церковь, школа и два магазина.",
        "Статус города получил в 1917 году.",
        "Большинство жителей работает в Риге.",
        "Численность населения города составляет 7503 человека.",
    ),
    "uk": (
        "Рига — столиця Латвії.",
        "Київ — найбільше місто України.",
        "Населення — 605 273 особи.",
        "Місто засноване у 1241 році.",
        "Чернівці розташовані на річці Прут.",
        "Рига — столиця Латвії. Населення — 605 273 особи.",
        "Даугавпілс — друге за величиною місто Латвії.",
        "У селі є церква, школа та дві крамниці.",
        "Статус міста отримало в 1917 році.",
        "Більшість мешканців працює в Ризі.",
    ),
    "bg": (
        "Рига е столицата на Латвия.",
        "Варна е третият по големина град в България.",
        "Населението на града е 605 273 души.",
        "Градът е основан през 1201 година.",
        "Пловдив се намира на река Марица.",
        "София е столица на България. Населението ѝ е около 1,2 милиона души.",
        "Население — 605 273 души.",
        "Даугавпилс е вторият по големина град в Латвия.",
        "В селото има църква, училище и два магазина.",
        "Получава статут на град през 1917 година.",
        "Повечето жители работят в Рига.",
    ),
    "kk": (
        "Жезқазған — Ұлытау облысының орталығы.",
        "Алматы — Қазақстанның ең ірі қаласы.",
        "Қала 1938 жылы құрылған.",
        "Халқы — 90 мың адам.",
        "Рига — Латвияның астанасы.",
        "Астана — ел астанасы.",
        "Даугавпилс — Латвиядағы екінші ірі қала.",
        "Ауылда шіркеу, мектеп және екі дүкен бар.",
        "Қала мәртебесін 1917 жылы алды.",
        "Тұрғындардың көбі Ригада жұмыс істейді.",
    ),
    "be": (
        "Рыга — сталіца Латвіі.",
        "Мінск — найбуйнейшы горад Беларусі.",
        "Горад заснаваны ў 1067 годзе.",
        "Насельніцтва горада складае 2 000 чалавек.",
        "Гомель знаходзіцца на рацэ Сож.",
        "Брэст размешчаны на мяжы з Польшчай.",
        "Даўгаўпілс — другі па велічыні горад Латвіі.",
        "У вёсцы ёсць царква, школа і дзве крамы.",
        "Статус горада атрымаў у 1917 годзе.",
        "Большасць жыхароў працуе ў Рызе.",
    ),
    "sr": (
        "Рига је главни град Летоније.",
        "Београд је главни и највећи град Србије.",
        "Нови Сад лежи на обали Дунава.",
        "Град има око 1 200 000 становника.",
        "Ниш је основан у античко доба.",
        "Према попису из 2011. године, град је имао 1 166 763 становника.",
        "Даугавпилс је други по величини град у Летонији.",
        "У селу постоје црква, школа и две продавнице.",
        "Статус града добио је 1917. године.",
        "Већина становника ради у Риги.",
    ),
    "lt": (
        "Ryga yra Latvijos sostinė.",
        "Vilnius yra Lietuvos sostinė ir didžiausias miestas.",
        "Klaipėda įsikūrusi prie Baltijos jūros.",
        "Miestas įkurtas 1323 metais.",
        "Kaune gyvena apie 300 tūkstančių žmonių.",
        "Šiauliai – ketvirtas pagal dydį Lietuvos miestas.",
        "Daugpilis yra antras pagal dydį Latvijos miestas.",
        "Kaime yra bažnyčia, mokykla ir dvi parduotuvės.",
        "Miesto teises gavo 1917 metais.",
        "Dauguma gyventojų dirba Rygoje.",
    ),
    "ltg": (
        "Reiga ir Latvejis golvysmīsts.",
        "Daugpiļs ir ūtrais lelōkais Latvejis mīsts.",
        "Mīsts ir pi Daugovys.",
        "Rēzne ir Latgolys centrs.",
        "Bolvūs dzeivoj kaidi 7000 ļaužu.",
        "Reiga ir lels mīsts.",
        "Daugpiļs ir ūtrais pa lelumam Latvejis mīsts.",
        "Solā ir bazneica, škola i divi būdis.",
        "Mīsta tīsības jis dabuoja 1917. godā.",
        "Vairums dzeivuotuoju strōdoj Reigā.",
    ),
    "et": (
        "Riia on Läti pealinn.",
        "Tallinn on Eesti pealinn ja suurim linn.",
        "Tartu asub Emajõe kaldal.",
        "Linnas elab umbes 90 000 inimest.",
        "Pärnu on tuntud kui suvepealinn.",
        "Narva linn asutati 13. sajandil.",
        "Daugavpils on Läti suuruselt teine linn.",
        "Külas on kirik, kool ja kaks poodi.",
        "Linnaõigused sai see 1917. aastal.",
        "Enamik elanikke töötab Riias.",
    ),
    "de": (
        "Riga ist die Hauptstadt Lettlands.",
        "Die Stadt wurde 1201 gegründet.",
        "Berlin hat rund 3,7 Millionen Einwohner.",
        "Hamburg liegt an der Elbe.",
        "Berlin ist in 12 Bezirke gegliedert.",
        "Bonn war bis 1990 Hauptstadt der Bundesrepublik.",
        "Daugavpils ist die zweitgrößte Stadt Lettlands.",
        "Im Dorf gibt es eine Kirche, eine Schule und zwei Läden.",
        "Die Stadtrechte erhielt sie 1917.",
        "Die meisten Einwohner arbeiten in Riga.",
    ),
    "fr": (
        "Riga est la capitale de la Lettonie.",
        "Lyon est la troisième ville de France.",
        "La ville compte 513 000 habitants.",
        "Nice se trouve sur la Côte d'Azur.",
        "La commune a été fondée en 1201.",
        "Le village a une église et une école.",
        "Daugavpils est la deuxième ville de Lettonie.",
        "Le village possède une église, une école et deux magasins.",
        "Elle a obtenu le statut de ville en 1917.",
        "La plupart des habitants travaillent à Riga.",
    ),
    "nl": (
        "Riga is de hoofdstad van Letland.",
        "Amsterdam is de hoofdstad van Nederland.",
        "De stad heeft ongeveer 870.000 inwoners.",
        "Utrecht ligt in het midden van het land.",
        "De stad was in 1944 een frontstad.",
        "Rotterdam is een havenstad aan de Maas.",
        "Daugavpils is de op een na grootste stad van Letland.",
        "In het dorp staan een kerk, een school en twee winkels.",
        "De plaats kreeg in 1917 stadsrechten.",
        "De meeste inwoners werken in Riga.",
    ),
    "other": (
        "Madrid es la capital de España y su ciudad más poblada.",
        "Il comune è situato in una valle a 300 m sul livello del mare.",
        "Lisboa é a capital e a maior cidade de Portugal.",
        "Warszawa jest stolicą i największym miastem Polski.",
        "Скопје е главен град на Северна Македонија.",
        "Stockholm är Sveriges huvudstad.",
    ),
}

#: A paragraph per language, hand-written for these tests.
LONG: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        (
            "Ventspils is a city in the Courland region of Latvia, at the mouth of the Venta "
            "river. It is one of the largest ports on the eastern coast of the Baltic Sea, "
            "and its harbour stays free of ice through the winter. The town was first "
            "mentioned in 1290 and later became a member of the Hanseatic League. During the "
            "Soviet period an oil pipeline was built to the port, which made it one of the "
            "busiest in the Soviet Union. As of 2023 the city had a population of about "
            "33,000. The beaches to the west of the centre have held the Blue Flag since "
            "1999."
        ),
        (
            "Plano is a city in Collin and Denton counties in the U.S. state of Texas. "
            "Located about 20 miles north of downtown Dallas, it is part of the Dallas–Fort "
            "Worth metroplex. The population was 285,494 at the 2020 census, making it the "
            "ninth most populous city in the state. Plano was incorporated in 1873 after the "
            "Houston and Texas Central Railway reached the area. Several large companies have "
            "their headquarters in the city, and its schools are among the best rated in the "
            "region."
        ),
        (
            "Cēsis is a town in the Vidzeme region of Latvia, about 90 km north-east of Riga. "
            "It is one of the oldest towns in the country and grew around a castle built by "
            "the Livonian Order in the thirteenth century. The ruins of the castle, a "
            "medieval church and the old town attract many visitors every summer. In 2021 the "
            "town had about 15,000 inhabitants, and it is the centre of a municipality of the "
            "same name."
        ),
    ),
    "lv": (
        (
            "Ventspils ir valstspilsēta Latvijas rietumos, Ventas upes grīvā pie Baltijas "
            "jūras. Tā ir viena no lielākajām ostām Baltijas jūras austrumu krastā, un osta "
            "ziemā neaizsalst. Pilsēta pirmo reizi minēta 1290. gadā, vēlāk tā bija Hanzas "
            "savienības locekle. Padomju laikā uz ostu tika izbūvēts naftas vads, kas "
            "padarīja to par vienu no nozīmīgākajām ostām PSRS. 2023. gadā pilsētā dzīvoja "
            "apmēram 33 tūkstoši iedzīvotāju. Pilsētas pludmale kopš 1999. gada ir saņēmusi "
            "Zilo karogu."
        ),
        (
            "Jelgava ir pilsēta Zemgalē, Lielupes krastā, 42 km uz dienvidrietumiem no Rīgas. "
            "Agrāk tā bija Kurzemes un Zemgales hercogistes galvaspilsēta, un tur joprojām "
            "atrodas Rastrelli celtā pils. Mūsdienās pilī darbojas Latvijas Biozinātņu un "
            "tehnoloģiju universitāte. Pilsētā ir vairākas vidusskolas, teātris un sporta "
            "centrs. Otrā pasaules kara laikā Jelgava tika gandrīz pilnībā nopostīta."
        ),
        (
            "Cēsis ir pilsēta Vidzemē, apmēram 90 km uz ziemeļaustrumiem no Rīgas. Tā ir "
            "viena no vecākajām pilsētām Latvijā un izauga ap pili, ko 13. gadsimtā uzcēla "
            "Livonijas ordenis. Pils drupas, viduslaiku baznīca un vecpilsēta katru vasaru "
            "piesaista daudz apmeklētāju. 2021. gadā pilsētā bija apmēram 15 tūkstoši "
            "iedzīvotāju, un tā ir tāda paša nosaukuma novada centrs."
        ),
    ),
    "ru": (
        (
            "Вентспилс — город на западе Латвии, в устье реки Венты на берегу Балтийского "
            "моря. Это один из крупнейших портов на восточном побережье Балтики, и его гавань "
            "не замерзает зимой. Впервые город упоминается в 1290 году, позднее он входил в "
            "Ганзейский союз. В советское время к порту был проложен нефтепровод, что сделало "
            "его одним из важнейших портов СССР. По данным на 2023 год, в городе проживало "
            "около 33 тысяч человек. Пляж города с 1999 года отмечен Голубым флагом."
        ),
        (
            "Казань — столица Республики Татарстан, крупный порт на левом берегу Волги. "
            "Население Казани (по оценке 2023 года) составляет 1 318 604 человека. Город был "
            "основан более тысячи лет назад и является одним из крупнейших культурных центров "
            "России. В Казани расположены кремль, многочисленные музеи и университет, где "
            "учился Лев Толстой."
        ),
        (
            "Цесис — город в Видземе, примерно в 90 км к северо-востоку от Риги. Это один из "
            "старейших городов страны; он вырос вокруг замка, построенного Ливонским орденом "
            "в XIII веке. Руины замка, средневековая церковь и старый город каждое лето "
            "привлекают множество туристов. В 2021 году в городе проживало около 15 тысяч "
            "человек, он является центром одноимённого края."
        ),
    ),
    "uk": (
        (
            "Чернівці — місто на заході України, обласний центр Чернівецької області. Місто "
            "розташоване на берегах річки Прут, у передгір'ях Карпат. Перша письмова згадка "
            "про Чернівці датується 1408 роком. У XIX столітті місто було столицею герцогства "
            "Буковина у складі Австрійської імперії. Тут діє один з найстаріших університетів "
            "країни, будівля якого внесена до списку Світової спадщини ЮНЕСКО. Населення "
            "міста становить близько 265 тисяч осіб."
        ),
        (
            "Цесіс — місто у Відземе, приблизно за 90 км на північний схід від Риги. Це одне "
            "з найстаріших міст країни, яке виросло навколо замку, збудованого Лівонським "
            "орденом у XIII столітті. Руїни замку, середньовічна церква та старе місто щоліта "
            "приваблюють багато відвідувачів. У 2021 році в місті мешкало близько 15 тисяч "
            "осіб."
        ),
    ),
    "bg": (
        (
            "Пловдив е вторият по големина град в България и административен център на "
            "едноименната област. Градът е разположен на двата бряга на река Марица, в "
            "Горнотракийската низина. Той е един от най-старите непрекъснато обитавани "
            "градове в Европа, а неговата история започва преди повече от шест хиляди години. "
            "През античността е бил известен под името Филипопол. Днес в Пловдив живеят около "
            "340 000 души. Старият град с възрожденските си къщи е сред най-посещаваните "
            "места в страната."
        ),
        (
            "Варна е третият по население град в страната и най-голямото пристанище на Черно "
            "море. Градът е известен като морската столица на България. Тук се намират "
            "Морската градина, катедралата и Археологическият музей, в който се пазят "
            "най-старите златни предмети в света. През лятото в града пристигат много "
            "туристи."
        ),
        (
            "Цесис е град във Видземе, на около 90 км североизточно от Рига. Това е един от "
            "най-старите градове в страната, който е израснал около замък, построен от "
            "Ливонския орден през XIII век. Руините на замъка, средновековната църква и "
            "старият град привличат много посетители всяко лято. През 2021 година в града "
            "живеят около 15 хиляди души."
        ),
    ),
    "kk": (
        (
            "Жезқазған — Қазақстанның орталығындағы қала, Ұлытау облысының әкімшілік "
            "орталығы. Қала 1938 жылы мыс кен орнының жанында салынған. Мұнда ірі мыс қорыту "
            "зауыты жұмыс істейді. Қала халқы шамамен 90 мың адамды құрайды. Жезқазғанның "
            "маңында Кеңгір су қоймасы орналасқан. Қалада әуежай мен теміржол вокзалы бар."
        ),
    ),
    "be": (
        (
            "Гродна — горад на захадзе Беларусі, адміністрацыйны цэнтр Гродзенскай вобласці. "
            "Горад размешчаны на беразе ракі Нёман, недалёка ад мяжы з Польшчай і Літвой. "
            "Упершыню Гродна згадваецца ў летапісе пад 1128 годам. У горадзе захаваліся Стары "
            "і Новы замкі, а таксама шмат старых касцёлаў і цэркваў. Насельніцтва горада "
            "складае каля 360 тысяч чалавек."
        ),
    ),
    "sr": (
        (
            "Нови Сад је град у Србији и административни центар Аутономне Покрајине "
            "Војводине. Налази се на левој обали Дунава, наспрам Петроварадинске тврђаве. "
            "Према попису из 2022. године, град има око 260 хиљада становника. Нови Сад је "
            "основан крајем седамнаестог века и дуго је био средиште културе српског народа. "
            "Сваког лета у тврђави се одржава музички фестивал Егзит."
        ),
    ),
    "lt": (
        (
            "Klaipėda yra trečias pagal dydį Lietuvos miestas ir vienintelis šalies jūrų "
            "uostas. Miestas įsikūręs ten, kur Kuršių marios susijungia su Baltijos jūra. "
            "Pirmą kartą jis paminėtas 1252 metais, kai Livonijos ordinas pastatė pilį. Ilgą "
            "laiką miestas priklausė Prūsijai ir buvo vadinamas Memeliu. Šiandien Klaipėdoje "
            "gyvena apie 160 tūkstančių žmonių, čia veikia universitetas ir keli teatrai."
        ),
        (
            "Cėsis yra miestas Vidžemėje, apie 90 km į šiaurės rytus nuo Rygos. Tai vienas "
            "seniausių šalies miestų, išaugęs aplink pilį, kurią XIII amžiuje pastatė "
            "Livonijos ordinas. Pilies griuvėsiai, viduramžių bažnyčia ir senamiestis kasmet "
            "pritraukia daug lankytojų. 2021 metais mieste gyveno apie 15 tūkstančių žmonių."
        ),
    ),
    "ltg": (
        (
            "Daugpiļs ir ūtrais lelōkais Latvejis mīsts, kurs stōv pi Daugovys. Mīstā dzeivoj "
            "vairōk nakai 80 tyukstūšu ļaužu, i daudzi nu jūs runoj krīviski. Daugpilī ir "
            "cītūkšņs, kuru pastateja 19. godu symtā. Mīstā ir universitets, teatris i vaira "
            "muzeju. Latgolys kulturai Daugpiļs ir svareigs centrs."
        ),
    ),
    "et": (
        (
            "Tartu on Eesti suuruselt teine linn, mis asub Emajõe kaldal. Linnas asub riigi "
            "vanim ülikool, mis asutati 1632. aastal. Tartut nimetatakse sageli Eesti "
            "vaimseks pealinnaks. Linnas elab umbes 95 000 inimest. Vanalinna keskel on "
            "raekoda ja kivisild, mis hävis Teises maailmasõjas."
        ),
    ),
    "de": (
        (
            "Lübeck ist eine Hansestadt im Norden Deutschlands und liegt an der Trave, nahe "
            "der Ostsee. Die Altstadt wurde 1987 als erstes Flächendenkmal Nordeuropas in die "
            "Liste des Welterbes aufgenommen. Im Mittelalter war Lübeck das Haupt der Hanse "
            "und eine der reichsten Städte Europas. Heute hat die Stadt rund 217 000 "
            "Einwohner. Bekannt ist sie auch für ihr Marzipan und das Holstentor."
        ),
        (
            "Cēsis ist eine Stadt in Livland, etwa 90 km nordöstlich von Riga. Sie gehört zu "
            "den ältesten Städten des Landes und wuchs um eine Burg, die der Livländische "
            "Orden im 13. Jahrhundert errichtete. Die Ruinen der Burg, eine mittelalterliche "
            "Kirche und die Altstadt ziehen jeden Sommer viele Besucher an. Im Jahr 2021 "
            "hatte die Stadt etwa 15.000 Einwohner."
        ),
    ),
    "fr": (
        (
            "Lyon est une commune française située au confluent du Rhône et de la Saône. "
            "C'est la troisième ville de France par sa population, après Paris et Marseille. "
            "Fondée par les Romains en 43 av. J.-C. sous le nom de Lugdunum, elle fut la "
            "capitale des Gaules. Son centre historique est inscrit au patrimoine mondial de "
            "l'UNESCO depuis 1998. La ville compte environ 520 000 habitants, et son aire "
            "urbaine plus de deux millions."
        ),
    ),
    "nl": (
        (
            "Utrecht is een stad in het midden van Nederland en de hoofdstad van de "
            "gelijknamige provincie. De stad ligt aan de Kromme Rijn en de Vecht en heeft een "
            "van de oudste universiteiten van het land. De Domtoren, die in de veertiende "
            "eeuw werd gebouwd, is het hoogste kerkgebouw van Nederland. In 2023 woonden er "
            "ongeveer 370.000 mensen. Het station Utrecht Centraal is het drukste van het "
            "land."
        ),
        (
            "Cēsis is een stad in Vidzeme, ongeveer 90 km ten noordoosten van Riga. Het is "
            "een van de oudste steden van het land en groeide rond een burcht die de "
            "Lijflandse Orde in de dertiende eeuw bouwde. De ruïnes van de burcht, een "
            "middeleeuwse kerk en de oude stad trekken elke zomer veel bezoekers. In 2021 "
            "telde de stad ongeveer 15.000 inwoners."
        ),
    ),
}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The city was founded in 1938 and is the centre of the region.", "en"),
        ("Pilsētu izveidoja 1938. gadā, un tā ir apgabala centrs.", "lv"),
        ("Город был основан в 1938 году и является центром области.", "ru"),
        ("Жезқазған — Қазақстандағы қала, Ұлытау облысының орталығы және ол үлкен.", "und"),
        ("Київ — столиця України і найбільше місто країни, він є на річці.", "und"),
        ("Die Stadt wurde 1938 gegründet und ist das Zentrum der Region.", "und"),
        ("", "und"),
        ("12 345 678 — 90", "und"),
        ("Berlin", "und"),
    ],
)
def test_detects_supported_languages_and_nothing_else(text: str, code: str) -> None:
    """en, lv and ru are told apart; Kazakh, Ukrainian, German and noise are `und`."""
    assert detect_language(text) == code


@pytest.mark.parametrize(
    ("name", "code"), [("lv.txt", "lv"), ("en-old.txt", "en"), ("en.wiki", "en")]
)
def test_zhezkazgan_seeds(name: str, code: str) -> None:
    """The seeds are detected as their languages, Cyrillic names notwithstanding."""
    text = (FIXTURES / "zhezkazgan" / name).read_text(encoding="utf-8")
    assert detect_language(text) == code


def test_only_the_sample_is_read() -> None:
    """Text after the first SAMPLE characters does not change the answer."""
    english = "The city is in the north of the country and it has a port. " * 400
    assert len(english) > SAMPLE
    assert detect_language(english + " и в на " * SAMPLE) == "en"


def test_latgalian_is_not_latvian() -> None:
    """Latgalian shares Latvian's letters and many words but writes `y`: not Latvian."""
    latgalian = (
        "Reiga ir Latvejis golvysmīsts i lelōkais mīsts. Jō ir lels ūsts pi Baltejis jiurys, "
        "kas ir svareigs par tierdzeibu. Reigā dzeivoj vairōk nakai 600 000 ļaužu, i ir "
        "daudzi muzeji ar vacom bazneicom."
    )
    assert detect_language(latgalian) == "und"


def _cases(table: dict[str, tuple[str, ...]], size: str) -> list[object]:
    return [
        pytest.param(code, text, id=f"{code}-{size}-{i}")
        for code, texts in table.items()
        for i, text in enumerate(texts)
    ]


@pytest.mark.parametrize(("code", "text"), _cases(SHORT, "short") + _cases(LONG, "long"))
def test_each_text_is_its_language_or_und(code: str, text: str) -> None:
    """A supported language's text is detected as it, any other language's as `und`."""
    expected = code if code in LANGUAGES else "und"
    assert expected == detect_language(text)


def test_every_confusable_language_has_texts() -> None:
    """The texts cover each language a supported one is confused with, short and long."""
    confusable = {"uk", "bg", "kk", "be", "sr", "lt", "ltg", "et", "de", "fr", "nl"}
    assert confusable | set(LANGUAGES) <= set(SHORT)
    assert confusable | set(LANGUAGES) <= set(LONG)


def test_the_issue_s_short_russian_text() -> None:
    """Two short sentences with one word only Russian writes (`человека`) are Russian."""
    assert "ru" == detect_language("Рига — столица Латвии. Население — 605 273 человека.")


@pytest.mark.parametrize(
    "text",
    [
        "Население — 605 273 души.",  # Bulgarian: every word is Russian too
        "Населення — 605 273 особи.",  # Ukrainian without і, ї or є
        "Нови Сад лежи на обали Дунава.",  # Serbian without ј, љ or њ
        "Астана — ел астанасы.",  # Kazakh without қ, ә or ү
        "Reiga ir lels mīsts.",  # Latgalian without y or ō
        "De stad was in 1944 een frontstad.",  # Dutch: "was" and "in" are English too
        "Berlin ist in 12 Bezirke gegliedert.",
        "Сигулда известна своими замками и долиной Гауи.",  # Russian, but only "и"
        "Population: 48,200 (2022).",  # English, but one word only
    ],
)
def test_too_little_to_tell_is_und(text: str) -> None:
    """A short text whose frequent words another language writes too is `und`."""
    assert "und" == detect_language(text)


def test_stress_marks_do_not_split_words() -> None:
    """Russian Wikipedia's stress marks (`Ри́га`, `столи́ца`) are read through."""
    assert "ru" == detect_language("Ри́га — столи́ца Ла́твии. Населе́ние — 605 273 челове́ка.")


def test_a_foreign_letter_rules_a_short_text_out() -> None:
    """One letter Russian never writes (`ї`, `ј`, `ў`, `қ`) rules Russian out of a sentence."""
    for letter in "їјўқ":
        assert "und" == detect_language(f"Город основан в 1201 году, это {letter} человека.")


def test_russian_and_latvian_foreign_letters_are_whole_alphabets() -> None:
    """Russian's foreign letters are every Cyrillic letter but its 33, Latvian's every Latin."""
    russian, latvian = LANGUAGES["ru"], LANGUAGES["lv"]
    assert {"і", "ї", "є", "ґ", "ў", "ј", "љ", "њ", "ђ", "ћ", "џ", "ѝ", "қ", "ә"} <= set(
        russian.foreign_letters
    )
    assert not set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя") & russian.foreign_letters
    assert {"y", "q", "w", "x", "ō", "ą", "ę", "ė", "į", "ų", "õ", "ä", "ö", "ü"} <= set(
        latvian.foreign_letters
    )
    assert not set("aābcčdeēfgģhiījkķlļmnņoprsštuūvzž") & latvian.foreign_letters


def test_letters_outside_an_alphabet() -> None:
    """`letters_outside` lists the script's lower-case letters an alphabet lacks."""
    assert {"ы", "э", "ъ", "ё"} <= letters_outside("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя", "Cyrillic")
    assert "a" not in letters_outside("a", "Latin")


def test_other_languages_have_no_fact_rules() -> None:
    """Languages detection only tells apart never share a code with a supported one."""
    assert not set(OTHER_LANGUAGES) & set(LANGUAGES)
    assert all(lang.script in {"Latin", "Cyrillic"} for lang in OTHER_LANGUAGES.values())


def test_a_text_that_is_mostly_another_language_is_und() -> None:
    """A Latvian sentence inside a long Lithuanian text does not make it Latvian."""
    lithuanian = " ".join(LONG["lt"])
    assert "und" == detect_language(lithuanian + " Rīga ir Latvijas galvaspilsēta.")


def test_case_folding_words_in_one_piece_folds_each_word() -> None:
    """The detector folds its words joined by newlines: folding is letter by letter."""
    everything = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    assert everything.casefold() == "".join(char.casefold() for char in everything)
    assert all("\n" not in char.casefold() for char in everything if char != "\n")


def _script_letter_by_letter(letter: str) -> str | None:
    """The script of one letter as detection told it before it counted by removal."""
    if (
        "a" <= letter.lower() <= "z"
        or "\u00c0" <= letter <= "\u024f"
        or "\u1e00" <= letter <= "\u1eff"
    ):
        return "Latin"
    if "\u0400" <= letter <= "\u052f":
        return "Cyrillic"
    return None


def test_the_script_classes_hold_the_letters_of_each_script() -> None:
    """_LATIN and _CYRILLIC match exactly the letters a letter-by-letter test gives each script."""
    for i in range(0x110000):
        char = chr(i)
        expected = _script_letter_by_letter(char)
        assert (detect._LATIN.fullmatch(char) is not None) == (expected == "Latin"), hex(i)
        assert (detect._CYRILLIC.fullmatch(char) is not None) == (expected == "Cyrillic"), hex(i)


def _detect_by_counting_letters(text: str) -> str:
    """detect_language as it was with a Counter of every letter: the oracle of the quick one."""
    sample = detect._MARKS.sub("", unicodedata.normalize("NFC", text[:SAMPLE]))
    words = [word.casefold() for word in detect._WORDS.findall(sample)]
    if not words:
        return "und"
    letters = Counter("".join(words))
    scripts: Counter[str] = Counter()
    for letter, count in letters.items():
        script = _script_letter_by_letter(letter)
        if script is not None:
            scripts[script] += count
    if not scripts:
        return "und"
    script, _ = scripts.most_common(1)[0]
    total_letters = sum(letters.values())
    counted = Counter(words)
    allowed = [
        language
        for language in (*LANGUAGES.values(), *OTHER_LANGUAGES.values())
        if language.script == script
        and sum(letters[ch] for ch in language.foreign_letters & letters.keys())
        <= 0.01 * total_letters
    ]

    def hits(words: frozenset[str]) -> int:
        return sum(counted[word] for word in words & counted.keys())

    def frequent(language: Language) -> frozenset[str]:
        return language.stopwords | language.detection_words

    supported = [language for language in allowed if language.code in LANGUAGES]
    if not supported:
        return "und"
    best = max(supported, key=lambda language: hits(frequent(language)))
    found = hits(frequent(best))
    if found < 2 or found < 0.05 * len(words):
        return "und"
    for other in allowed:
        if other is not best and hits(frequent(best) - frequent(other)) <= hits(
            frequent(other) - frequent(best)
        ):
            return "und"
    return best.code


_MIXED = st.lists(
    st.one_of(
        st.sampled_from([text for texts in SHORT.values() for text in texts]),
        st.sampled_from(["Kelvin \u212a", "Ри́га", "ққ", "ј", "ė", "y", "ß", "İ", "ﬁ", "1 2"]),
        st.sampled_from(["aб", "бa", "q", "w", "ÿ", "ё", "ў", "і", "ї", "ệ", " ", "\n"]),
        st.text(max_size=8),
    ),
    max_size=12,
).map(" ".join)


@given(_MIXED)
@example("ab бв")
@example("бв ab")
# As many Latin letters as Cyrillic ones: the script met first is the text's.
@example("Рига — столица Латвии. Население — 605 273 человека. " + "z" * 34)
# Exactly 1 % of the letters foreign to Latvian (one y in 100): still Latvian.
@example(
    "Rīga ir Latvijas galvaspilsēta. Pilsētu nodibināja bīskaps Alberts 1201. gadā. "
    "Lielākā daļa iedzīvotāju strādā Rīgā. aaaaay"
)
@example("Рига — столица Латвии. Население — 605 273 человека. www yyy")
def test_detection_counts_letters_as_a_counter_of_every_letter_did(text: str) -> None:
    """The scripts and foreign letters counted by search give the Counter's answer."""
    assert detect_language(text) == _detect_by_counting_letters(text)


def test_detection_of_every_fixture_is_the_counters() -> None:
    """On every fixture page and its sample, detection gives the Counter's answer."""
    for path in sorted(FIXTURES.rglob("*.wiki")) + sorted(FIXTURES.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for start in range(0, len(text), 7_000):
            piece = text[start : start + SAMPLE + 100]
            assert detect_language(piece) == _detect_by_counting_letters(piece), path


@given(
    st.text(st.sampled_from("aZж_1٣²Ⅻ½ ́\u00a0\u2028\n\t.,()«»-—'’/%é漢字"), max_size=40)
    | st.text(max_size=20)
)
@example("Jezkazgan (Kazakh: Жезқазған) in_1938, ²x Ⅻ «ab», (Жа).")
def test_words_are_the_regex_s_words(text: str) -> None:
    """The quick word finder gives the words the word regex finds, in order."""
    assert detect._words_of(text) == detect._WORDS.findall(text)
